package io.dpds.identity;

import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.Info;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.InternalComponents;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the read-only fields ({@code fullyQualifiedName}, {@code id}, {@code entityType}) of the product, its
 * ports, and its application and infrastructural components, as the platform does at publication (spec notes,
 * section 3). Returns a new descriptor and never modifies its input. Where the author wrote a value that differs
 * from the derived one, the derived value is used and an {@code identity.conflict} warning says so.
 *
 * <p>The namespace comes from the builder or, failing that, from {@code info.fullyQualifiedName}. Components that are
 * unresolved references, or have no name or one no well-formed FQN can hold ({@link Fqn#isWellFormedSegment}), keep
 * what they have. Standard Definitions are left as written (their FQN form is ambiguous in the spec). Immutable and
 * thread-safe.
 */
public final class Enricher {

  private static final Pattern MAJOR = Pattern.compile("(0|[1-9][0-9]{0,17})\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*).*");

  private final String namespace;
  private final IdStrategy ids;

  private Enricher(String namespace, IdStrategy ids) {
    this.namespace = namespace;
    this.ids = ids;
  }

  /** {@return an enricher that takes the namespace from each descriptor's FQN and uses {@link IdStrategy#UUID_V5}} */
  public static Enricher defaults() {
    return new Enricher(null, IdStrategy.UUID_V5);
  }

  /**
   * Uses {@code namespace} (e.g. {@code com.acme}) for every descriptor.
   *
   * @param namespace the namespace
   * @return a copy of this enricher with that namespace
   */
  public Enricher withNamespace(String namespace) {
    return new Enricher(Objects.requireNonNull(namespace, "namespace"), ids);
  }

  /**
   * Uses {@code ids} to derive the {@code id} of every entity (default UUID v5 of the FQN).
   *
   * @param ids the strategy
   * @return a copy of this enricher with that strategy
   */
  public Enricher withIdStrategy(IdStrategy ids) {
    return new Enricher(namespace, Objects.requireNonNull(ids, "ids"));
  }

  /**
   * What {@link #enrich} produced.
   *
   * @param descriptor the enriched descriptor, a new one
   * @param diagnostics the conflicts and underivable fields found, in document order
   */
  public record Result(DataProductDescriptor descriptor, List<Diagnostic> diagnostics) {
    /**
     * Creates a {@code Result}; see the class comment for each component.
     *
     * @param descriptor the enriched descriptor, a new one
     * @param diagnostics the conflicts and underivable fields found, in document order
     */
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Enriches a loaded descriptor; diagnostics carry source locations.
   *
   * @param resolved the loaded descriptor
   * @return the enriched descriptor and the findings, located where the fields were written
   */
  public Result enrich(ResolvedDescriptor resolved) {
    Result result = enrich(resolved.descriptor());
    List<Diagnostic> located = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      located.add(d.toBuilder().location(resolved.locate(d.pointer()).orElse(null)).build());
    }
    return new Result(result.descriptor(), located);
  }

  /**
   * Enriches a descriptor; the diagnostics carry pointers but no source locations.
   *
   * @param descriptor the descriptor
   * @return the enriched descriptor and the findings
   */
  public Result enrich(DataProductDescriptor descriptor) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Info info = descriptor.info().orElse(null);
    Optional<Fqn> product = info == null ? Optional.empty() : productFqn(info, diagnostics);
    if (info == null || product.isEmpty()) {
      return new Result(descriptor, diagnostics);
    }
    Fqn fqn = product.get();
    Info.Builder newInfo = info.toBuilder();
    derive("/info", "fullyQualifiedName", info.fullyQualifiedName(), fqn.toString(), newInfo::fullyQualifiedName,
        diagnostics);
    derive("/info", "id", info.id(), ids.idFor(fqn.toString()).toString(), newInfo::id, diagnostics);
    derive("/info", "entityType", info.entityType(), EntityTypes.DATA_PRODUCT, newInfo::entityType, diagnostics);
    DataProductDescriptor.Builder out = descriptor.toBuilder().info(newInfo.build());

    descriptor.interfaceComponents().ifPresent(ports -> {
      InterfaceComponents.Builder b = ports.toBuilder();
      for (PortKind kind : PortKind.values()) {
        if (ports.has(kind.field())) {
          String base = "/interfaceComponents/" + kind.field() + "/";
          b.ports(kind, each(ports.ports(kind), base, port -> fqn.port(kind, port),
              kind.entityType(), p -> p.toBuilder(), diagnostics));
        }
      }
      out.interfaceComponents(b.build());
    });
    descriptor.internalComponents().ifPresent(internal -> {
      InternalComponents.Builder b = internal.toBuilder();
      if (internal.has("applicationComponents")) {
        b.applicationComponents(each(internal.applicationComponents(), "/internalComponents/applicationComponents/",
            fqn::application, EntityTypes.APPLICATION, ApplicationComponent::toBuilder, diagnostics));
      }
      if (internal.has("infrastructuralComponents")) {
        b.infrastructuralComponents(each(internal.infrastructuralComponents(),
            "/internalComponents/infrastructuralComponents/", fqn::infrastructure, EntityTypes.INFRASTRUCTURE,
            InfrastructuralComponent::toBuilder, diagnostics));
      }
      out.internalComponents(b.build());
    });
    return new Result(out.build(), diagnostics);
  }

  private <T extends Component, B extends Component.Builder<T, B>> List<T> each(
      List<T> components,
      String base,
      Function<String, Fqn> fqnOf,
      String entityType,
      Function<T, B> toBuilder,
      List<Diagnostic> diagnostics) {
    List<T> out = new ArrayList<>(components.size());
    for (int i = 0; i < components.size(); i++) {
      T component = components.get(i);
      if (component.reference().isPresent() || component.name().filter(Fqn::isWellFormedSegment).isEmpty()) {
        out.add(component);
        continue;
      }
      String fqn = fqnOf.apply(component.name().get()).toString();
      B b = toBuilder.apply(component);
      derive(base + i, "fullyQualifiedName", component.fullyQualifiedName(), fqn, b::fullyQualifiedName, diagnostics);
      derive(base + i, "id", component.id(), ids.idFor(fqn).toString(), b::id, diagnostics);
      derive(base + i, "entityType", component.entityType(), entityType, b::entityType, diagnostics);
      out.add(b.build());
    }
    return out;
  }

  private Optional<Fqn> productFqn(Info info, List<Diagnostic> diagnostics) {
    String ns = namespace != null
        ? namespace
        : info.fullyQualifiedName().flatMap(Fqn::parse).map(Fqn::namespace).orElse(null);
    Matcher version = MAJOR.matcher(info.version().orElse(""));
    String name = info.name().orElse("");
    if (ns == null || !version.matches() || !Fqn.isWellFormedSegment(name)) {
      diagnostics.add(
          IdentityRules.UNDERIVABLE.at("/info")
              .message("Cannot derive the product's fully qualified name: "
                  + (ns == null ? "no namespace (give info.fullyQualifiedName, or one to the enricher)"
                      : !Fqn.isWellFormedSegment(name) ? "info.name is missing or invalid"
                          : "info.version is not a SemVer version"))
              .build());
      return Optional.empty();
    }
    try {
      return Optional.of(Fqn.product(ns, name, Long.parseLong(version.group(1))));
    } catch (IllegalArgumentException e) {
      diagnostics.add(IdentityRules.UNDERIVABLE.at("/info").message(e.getMessage()).build());
      return Optional.empty();
    }
  }

  private static void derive(
      String pointer,
      String field,
      Optional<String> declared,
      String derived,
      Function<String, ?> set,
      List<Diagnostic> diagnostics) {
    if (declared.isPresent() && !declared.get().equals(derived)) {
      diagnostics.add(
          IdentityRules.CONFLICT.at(pointer + "/" + field)
              .message(field + " is '" + declared.get() + "' but derives to '" + derived
                  + "'; the derived value is used")
              .build());
    }
    set.apply(derived);
  }

}
