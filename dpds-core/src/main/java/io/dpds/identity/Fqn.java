package io.dpds.identity;

import io.dpds.model.PortKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A DPDS fully qualified name (spec notes, section 3.1): a URN that names a data product's major version, one of its
 * components, or a Standard Definition. Immutable.
 *
 * <pre>
 * urn:dpds:{namespace}:dataproducts:{product}:{major}
 * urn:dpds:{namespace}:dataproducts:{product}:{major}:{inputports|outputports|...|applications|infrastructure}:{name}
 * urn:dpds:{namespace}:{entityType}s:{name}:{version}          (Standard Definition)
 * </pre>
 *
 * Parsing accepts the relaxed character set (any character but {@code :} in a segment), because the spec's own
 * examples use {@code -} in namespaces; the strict {@code fqn} format is a validation rule.
 */
public final class Fqn {

  /** What an FQN names. */
  public enum Kind {
    /** {@code urn:dpds:{namespace}:dataproducts:{name}:{major}}. */
    DATA_PRODUCT,
    /** A port of a product, e.g. {@code ...:tripExecution:1:outputports:tripStatus}. */
    PORT,
    /** An application component of a product. */
    APPLICATION,
    /** An infrastructural component of a product. */
    INFRASTRUCTURE,
    /** A Standard Definition, e.g. {@code urn:dpds:{namespace}:apis:{name}:{version}}. */
    STANDARD_DEFINITION
  }

  private static final String PREFIX = "urn:dpds:";
  private static final int MAX_SEGMENTS = 6; // a component's: namespace, dataproducts, product, major, kind, name

  private final Kind kind;
  private final String namespace;
  private final String product; // product name, or the Standard Definition's entity type
  private final String version; // product major, or the Standard Definition's version
  private final PortKind portKind;
  private final String name; // component name, null for a product
  private final String text; // the URN: what equality, hash code and toString use

  private Fqn(Kind kind, String namespace, String product, String version, PortKind portKind, String name) {
    this(kind, namespace, product, version, portKind, name, null);
  }

  /** {@code text}, when given, is the URN of the other arguments as {@link #parse} read it. */
  private Fqn(Kind kind, String namespace, String product, String version, PortKind portKind, String name,
      @Nullable String text) {
    this.kind = kind;
    this.namespace = requireSegment(namespace, "namespace");
    this.product = requireSegment(product, "name");
    this.version = requireSegment(version, "version");
    this.portKind = portKind;
    this.name = name == null ? null : requireSegment(name, "component name");
    this.text = text != null ? text : urn();
  }

  /**
   * {@return whether {@code value} can be a segment of an FQN (a namespace, a name, a version): not empty, no ':'}
   *
   * @param value the would-be segment
   */
  public static boolean isSegment(String value) {
    return !value.isEmpty() && value.indexOf(':') < 0;
  }

  /**
   * {@return whether an FQN made with {@code value} as a segment can be well formed: {@code value} is ASCII letters,
   * digits, {@code .}, {@code -} and {@code _}, the characters the {@code fqn} format accepts (the spec's own, without
   * {@code -} and {@code _}, is a validation rule)} A name with a space or a character beyond ASCII is a segment
   * ({@link #isSegment}) but makes no well-formed FQN: no FQN is derived from it.
   *
   * @param value the would-be segment
   */
  public static boolean isWellFormedSegment(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private static String requireSegment(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!isSegment(value)) {
      throw new IllegalArgumentException(what + " must be non-empty and free of ':': '" + value + "'");
    }
    return value;
  }

  /**
   * {@return {@code urn:dpds:{namespace}:dataproducts:{name}:{major}}}
   *
   * @param namespace the mesh namespace, e.g. {@code com.acme}
   * @param name the product's name
   * @param major the product's major version
   */
  public static Fqn product(String namespace, String name, long major) {
    if (major < 0) {
      throw new IllegalArgumentException("major must not be negative: " + major);
    }
    return new Fqn(Kind.DATA_PRODUCT, namespace, name, Long.toString(major), null, null);
  }

  /**
   * {@return {@code urn:dpds:{namespace}:{entityType}s:{name}:{version}}}
   *
   * @param namespace the mesh namespace
   * @param entityType the Standard Definition's entity type, e.g. {@code api}
   * @param name the definition's name
   * @param version the definition's version
   */
  public static Fqn standardDefinition(String namespace, String entityType, String name, String version) {
    return new Fqn(Kind.STANDARD_DEFINITION, namespace, entityType, version, null, name);
  }

  /**
   * {@return the FQN of this product's port of {@code kind} named {@code name}}
   *
   * @param kind the port's kind
   * @param name the port's name
   */
  public Fqn port(PortKind kind, String name) {
    return new Fqn(Kind.PORT, namespace, requireProductName(), version, Objects.requireNonNull(kind, "kind"), name);
  }

  /**
   * {@return the FQN of this product's application component {@code name}}
   *
   * @param name the component's name
   */
  public Fqn application(String name) {
    return new Fqn(Kind.APPLICATION, namespace, requireProductName(), version, null, name);
  }

  /**
   * {@return the FQN of this product's infrastructural component {@code name}}
   *
   * @param name the component's name
   */
  public Fqn infrastructure(String name) {
    return new Fqn(Kind.INFRASTRUCTURE, namespace, requireProductName(), version, null, name);
  }

  /**
   * Parses any FQN form; empty when {@code text} is none of them.
   *
   * @param text the text to parse
   * @return the FQN, if {@code text} is one
   */
  public static Optional<Fqn> parse(String text) {
    String[] segments = text == null || !text.startsWith(PREFIX) ? null : segments(text);
    if (segments == null) {
      return Optional.empty();
    }
    String namespace = segments[0];
    if (segments.length >= 4 && segments[1].equals("dataproducts")) {
      return product(segments, text);
    }
    String type = segments.length == 4 ? segments[1] : "";
    return type.length() > 1 && type.endsWith("s")
        ? Optional.of(new Fqn(Kind.STANDARD_DEFINITION, namespace, type.substring(0, type.length() - 1), segments[3],
            null, segments[2], text))
        : Optional.empty();
  }

  /**
   * {@return the {@code :}-separated segments of {@code text} after {@link #PREFIX}; null when one is empty or when
   * there are more than any FQN has}
   */
  private static String @Nullable [] segments(String text) {
    String[] segments = new String[MAX_SEGMENTS];
    int count = 0;
    for (int from = PREFIX.length(); ; ) {
      int colon = text.indexOf(':', from);
      int end = colon < 0 ? text.length() : colon;
      if (end == from || count == MAX_SEGMENTS) {
        return null;
      }
      segments[count++] = text.substring(from, end);
      if (colon < 0) {
        return count == MAX_SEGMENTS ? segments : Arrays.copyOf(segments, count);
      }
      from = colon + 1;
    }
  }

  /** A product's FQN or its component's, {@code {namespace}:dataproducts:{name}:{major}[:{segment}:{name}]}. */
  private static Optional<Fqn> product(String[] segments, String text) {
    String major = segments[3];
    if (!isMajor(major) || segments.length != 4 && segments.length != 6) {
      return Optional.empty();
    }
    if (segments.length == 4) {
      return Optional.of(new Fqn(Kind.DATA_PRODUCT, segments[0], segments[2], major, null, null, text));
    }
    Kind kind = switch (segments[4]) {
      case "applications" -> Kind.APPLICATION;
      case "infrastructure" -> Kind.INFRASTRUCTURE;
      default -> Kind.PORT;
    };
    PortKind portKind = kind == Kind.PORT ? portKindOf(segments[4]) : null;
    if (kind == Kind.PORT && portKind == null) {
      return Optional.empty();
    }
    return Optional.of(new Fqn(kind, segments[0], segments[2], major, portKind, segments[5], text));
  }

  /** {@code 0|[1-9][0-9]*}. */
  private static boolean isMajor(String s) {
    if (s.charAt(0) == '0') {
      return s.length() == 1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable PortKind portKindOf(String segment) {
    for (PortKind kind : PortKind.values()) {
      if (kind.fqnSegment().equals(segment)) {
        return kind;
      }
    }
    return null;
  }

  /** {@return what the FQN names} */
  public Kind kind() {
    return kind;
  }

  /** {@return the mesh namespace, e.g. {@code com.acme}} */
  public String namespace() {
    return namespace;
  }

  /** {@return the product's name; for a Standard Definition, empty} */
  public Optional<String> productName() {
    return kind == Kind.STANDARD_DEFINITION ? Optional.empty() : Optional.of(product);
  }

  /** {@return the product's major version; for a Standard Definition, empty} */
  public Optional<String> productMajor() {
    return kind == Kind.STANDARD_DEFINITION ? Optional.empty() : Optional.of(version);
  }

  /** {@return the port kind of a port FQN} */
  public Optional<PortKind> portKind() {
    return Optional.ofNullable(portKind);
  }

  /** {@return the component's (or Standard Definition's) name; empty for a product} */
  public Optional<String> componentName() {
    return Optional.ofNullable(name);
  }

  /** {@return the Standard Definition's entity type (the FQN segment without its {@code s})} */
  public Optional<String> entityType() {
    return kind == Kind.STANDARD_DEFINITION ? Optional.of(product) : Optional.empty();
  }

  /** {@return the product FQN this component belongs to (itself for a product)} */
  public Optional<Fqn> productFqn() {
    if (kind == Kind.STANDARD_DEFINITION) {
      return Optional.empty();
    }
    return Optional.of(new Fqn(Kind.DATA_PRODUCT, namespace, product, version, null, null));
  }

  private String requireProductName() {
    if (kind != Kind.DATA_PRODUCT) {
      throw new IllegalStateException("components belong to a product FQN, not to " + this);
    }
    return product;
  }

  @Override
  public String toString() {
    return text;
  }

  private String urn() {
    return switch (kind) {
      case DATA_PRODUCT -> productPrefix();
      case PORT -> productPrefix() + ":" + portKind.fqnSegment() + ":" + name;
      case APPLICATION -> productPrefix() + ":applications:" + name;
      case INFRASTRUCTURE -> productPrefix() + ":infrastructure:" + name;
      case STANDARD_DEFINITION -> PREFIX + namespace + ":" + product + "s:" + name + ":" + version;
    };
  }

  private String productPrefix() {
    return PREFIX + namespace + ":dataproducts:" + product + ":" + version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fqn f && text.equals(f.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
