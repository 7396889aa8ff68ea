package io.dpds.validation;

import io.dpds.identity.EntityTypes;
import io.dpds.identity.Fqn;
import io.dpds.identity.IdStrategy;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.Info;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Port;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Identity rules (D17 to D22): the product FQN against info.name and the major of info.version; each component's FQN
 * against the product's and its position; Standard Definition FQNs; entityType constants; ids against the id
 * strategy. Components in the Components Object are checked where they are used, not in the map.
 */
final class IdentityCheck implements ObjectCheck {

  private final IdStrategy ids;

  IdentityCheck(IdStrategy ids) {
    this.ids = ids;
  }

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.FQN_PRODUCT, ValidationRules.FQN_COMPONENT, ValidationRules.FQN_DEFINITION,
        ValidationRules.ENTITY_TYPE, ValidationRules.ID_MISMATCH, ValidationRules.READ_ONLY);
  }

  @Override
  public Pass start(CheckContext context) {
    Optional<Fqn> product = context.descriptor().info().flatMap(info -> product(context, info));
    return (objects, from, to) -> {
      for (int i = from; i < to; i++) {
        object(context, objects.get(i), product);
      }
    };
  }

  private void object(CheckContext context, ObjectSite site, Optional<Fqn> product) {
    if (site.inComponents() || site.role() == Role.REFERENCE) {
      return;
    }
    if (site.object() instanceof Port port) {
      component(context, site, port, Fqn.Kind.PORT, product, (p, name) -> p.port(port.kind(), name));
    } else if (site.object() instanceof ApplicationComponent app) {
      component(context, site, app, Fqn.Kind.APPLICATION, product, Fqn::application);
    } else if (site.object() instanceof InfrastructuralComponent infra) {
      component(context, site, infra, Fqn.Kind.INFRASTRUCTURE, product, Fqn::infrastructure);
    } else if (site.object() instanceof StandardDefinition definition) {
      definition(context, site, definition, product);
    }
  }

  /** Checks info and returns the product FQN when info declares a well-formed one. */
  private Optional<Fqn> product(CheckContext context, Info info) {
    info.entityType()
        .filter(type -> !type.equals(EntityTypes.DATA_PRODUCT))
        .ifPresent(type -> entityType(context, "/info/entityType", type, EntityTypes.DATA_PRODUCT));
    Optional<String> declared = info.fullyQualifiedName();
    declared.ifPresent(fqn -> id(context, "/info", info.id(), fqn));
    Optional<Fqn> parsed = declared.flatMap(Fqn::parse).filter(f -> f.kind() == Fqn.Kind.DATA_PRODUCT);
    if (declared.isPresent() && parsed.isEmpty()) {
      context.report(ValidationRules.FQN_PRODUCT, "/info/fullyQualifiedName", "'" + declared.get()
          + "' is not urn:dpds:{namespace}:dataproducts:{name}:{major}");
      return Optional.empty();
    }
    if (parsed.isEmpty() || info.name().isEmpty() || info.version().isEmpty()) {
      return parsed;
    }
    if (!Fqn.isWellFormedSegment(info.name().get())) {
      if (!parsed.get().productName().equals(info.name())) {
        context.report(ValidationRules.FQN_PRODUCT, "/info/fullyQualifiedName", "'" + declared.get()
            + "' is not the FQN of this data product" + unfit(info.name().get()));
      }
      return parsed;
    }
    long major = Formats.major(info.version().get());
    Fqn expected = major < 0 ? null : Fqn.product(parsed.get().namespace(), info.name().get(), major);
    if (expected != null && !expected.equals(parsed.get())) {
      context.report(ValidationRules.FQN_PRODUCT, "/info/fullyQualifiedName", "'" + declared.get()
          + "' does not match info.name and the major of info.version; expected '" + expected + "'");
      return Optional.of(expected);
    }
    return parsed;
  }

  /**
   * Checks a component's entity type, id and FQN; {@code fqnIn} makes the FQN it should have in the product from its
   * name, only when it declares one.
   */
  private void component(CheckContext context, ObjectSite site, Component component, Fqn.Kind kind,
      Optional<Fqn> product, BiFunction<Fqn, String, Fqn> fqnIn) {
    String entityType = component instanceof Port port ? EntityTypes.of(port.kind())
        : kind == Fqn.Kind.APPLICATION ? EntityTypes.APPLICATION : EntityTypes.INFRASTRUCTURE;
    component.entityType()
        .filter(type -> !type.equals(entityType))
        .ifPresent(type -> entityType(context, site.child("entityType"), type, entityType));
    Optional<String> declared = component.fullyQualifiedName();
    if (declared.isEmpty()) {
      return;
    }
    id(context, site.pointer(), component.id(), declared.get());
    Optional<String> name = component.name();
    Optional<Fqn> expected = product.flatMap(p -> name.filter(Fqn::isWellFormedSegment).map(n -> fqnIn.apply(p, n)));
    Optional<Fqn> parsed = Fqn.parse(declared.get()).filter(f -> f.kind() == kind);
    if (expected.isPresent() && !expected.get().toString().equals(declared.get())) {
      context.report(ValidationRules.FQN_COMPONENT, site.child("fullyQualifiedName"), "'" + declared.get()
          + "' is not the FQN of this " + site.title() + "; expected '" + expected.get() + "'");
    } else if (expected.isEmpty() && parsed.isEmpty()) {
      context.report(ValidationRules.FQN_COMPONENT, site.child("fullyQualifiedName"), "'" + declared.get()
          + "' is not urn:dpds:{namespace}:dataproducts:{product}:{major}:{kind}:{name}, the FQN form of "
          + withArticle(site.title()));
    } else if (expected.isEmpty() && product.isPresent() && name.isPresent()
        && !parsed.flatMap(Fqn::componentName).equals(name)) {
      context.report(ValidationRules.FQN_COMPONENT, site.child("fullyQualifiedName"), "'" + declared.get()
          + "' is not the FQN of this " + site.title() + unfit(name.get()));
    }
  }

  /** Why no FQN is expected of an object named {@code name}, which no well-formed FQN can hold. */
  private static String unfit(String name) {
    return ", whose name '" + name + "' can stand in no well-formed FQN; give it a valid name first (format.name), and"
        + " the FQN follows";
  }

  /** {@return {@code title} after its indefinite article: {@code an Output Port Component}} */
  private static String withArticle(String title) {
    return ("AEIOU".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
  }

  private void definition(
      CheckContext context, ObjectSite site, StandardDefinition definition, Optional<Fqn> product) {
    Optional<String> declared = definition.fullyQualifiedName();
    if (declared.isEmpty()) {
      return;
    }
    id(context, site.pointer(), definition.id(), declared.get());
    Optional<Fqn> parsed = Fqn.parse(declared.get()).filter(f -> f.kind() == Fqn.Kind.STANDARD_DEFINITION);
    if (parsed.isEmpty()) {
      context.report(ValidationRules.FQN_DEFINITION, site.child("fullyQualifiedName"),
          "'" + declared.get() + "' is not urn:dpds:{namespace}:{entityType}s:{name}:{version}");
      return;
    }
    Fqn fqn = parsed.get();
    StringBuilder wrong = new StringBuilder();
    product.filter(p -> !p.namespace().equals(fqn.namespace()))
        .ifPresent(p -> wrong.append("; the namespace is not the product's '").append(p.namespace()).append("'"));
    definition.entityType().filter(type -> !fqn.entityType().orElse("").equals(type))
        .ifPresent(type -> wrong.append("; the type segment is not entityType '").append(type).append("s'"));
    definition.name().filter(name -> !fqn.componentName().orElse("").equals(name))
        .ifPresent(name -> wrong.append("; the name segment is not '").append(name).append("'"));
    definition.version().filter(version -> !versionMatches(fqn, version))
        .ifPresent(version -> wrong.append("; the version segment is neither '").append(version)
            .append("' nor its major"));
    if (!wrong.isEmpty()) {
      context.report(ValidationRules.FQN_DEFINITION, site.child("fullyQualifiedName"),
          "'" + declared.get() + "':" + wrong.substring(1));
    }
  }

  /** The template says {version}; the spec's example uses the major: both are accepted. */
  private static boolean versionMatches(Fqn fqn, String version) {
    String segment = fqn.toString().substring(fqn.toString().lastIndexOf(':') + 1);
    return segment.equals(version) || segment.equals(Long.toString(Formats.major(version)));
  }

  private void id(CheckContext context, String owner, Optional<String> id, String fqn) {
    if (id.isEmpty()) {
      return;
    }
    String expected = ids.idFor(fqn).toString();
    if (expected.equalsIgnoreCase(id.get())) {
      context.report(ValidationRules.READ_ONLY, owner + "/id", "id is READONLY; it matches the derived value");
    } else if (Formats.UUID.matcher(id.get()).matches()) {
      context.report(ValidationRules.ID_MISMATCH, owner + "/id", "id '" + id.get() + "' is not the id of '" + fqn
          + "'; expected '" + expected + "'" + otherStrategy(id.get(), fqn));
    }
  }

  /**
   * {@return why a wrong id may have been written, when it is the id the other known strategy derives: the ODM
   * platform's (UUID version 3) where the validator derives the spec's (version 5), or the other way round}
   */
  private String otherStrategy(String id, String fqn) {
    if (ids != IdStrategy.ODM_PLATFORM && IdStrategy.ODM_PLATFORM.idFor(fqn).toString().equalsIgnoreCase(id)) {
      return " (the id given is the one the ODM platform derives, a UUID version 3 of the FQN; DPDS 1.0.0 derives a"
          + " version 5)";
    }
    if (ids == IdStrategy.ODM_PLATFORM && IdStrategy.UUID_V5.idFor(fqn).toString().equalsIgnoreCase(id)) {
      return " (the id given is the one DPDS 1.0.0 derives, a UUID version 5 of the FQN; this validator derives the"
          + " ODM platform's version 3)";
    }
    return "";
  }

  private static void entityType(CheckContext context, String pointer, String actual, String expected) {
    context.report(ValidationRules.ENTITY_TYPE, pointer,
        "entityType '" + actual + "' should be '" + expected + "' at this position");
  }
}
