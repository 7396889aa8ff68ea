package io.dpds.validation;

import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import io.dpds.report.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * Properties the spec does not define (rules A3, A4): misspellings with a suggestion, DRAFT-era fields with their
 * migration, the prose's {@code depreceationPolicy} spelling, and anything on a closed object.
 */
final class PropertyCheck implements DescriptorCheck {

  /** DRAFT-era fields and where DPDS 1.0.0 moved what they held. */
  private static final Map<String, String> DRAFT_FIELDS =
      Map.of(
          "contracts", "'contracts' is the 1.0.0-DRAFT name of 'obligations'",
          "buildInfo", "'buildInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes builds as tasks in"
              + " internalComponents.lifecycleInfo",
          "deployInfo", "'deployInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes deployments as tasks in"
              + " internalComponents.lifecycleInfo",
          "provisionInfo", "'provisionInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes provisioning as tasks in"
              + " internalComponents.lifecycleInfo");

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.PROPERTY_UNKNOWN, ValidationRules.PROPERTY_IGNORED, ValidationRules.PROPERTY_ALIAS,
        ValidationRules.SPEC_DRAFT);
  }

  @Override
  public void check(CheckContext context) {
    for (ObjectSite site : context.objects()) {
      if (site.role() == Role.REFERENCE) {
        continue; // a Reference Object's siblings are the reference check's
      }
      for (String name : site.object().unknownProperties().keySet()) {
        property(context, site, name);
      }
      if (site.object() instanceof StandardDefinition definition && draftShaped(definition)) {
        context.report(ValidationRules.SPEC_DRAFT, site.pointer(), "A Standard Definition without name whose"
            + " 'version' looks like the external spec's version is 1.0.0-DRAFT-shaped");
      }
    }
  }

  private static void property(CheckContext context, ObjectSite site, String name) {
    String pointer = site.child(name);
    if (isDraftField(site.role(), name)) {
      context.report(ValidationRules.SPEC_DRAFT, pointer, DRAFT_FIELDS.get(name) + "; DPDS 1.0.0 ignores it");
    } else if (name.equals("depreceationPolicy") && site.role() == Role.PROMISES) {
      context.report(ValidationRules.PROPERTY_ALIAS, pointer,
          "'depreceationPolicy' (the prose's spelling) is read as 'deprecationPolicy'");
    } else if (!site.object().isExtensible()) {
      context.report(ValidationRules.PROPERTY_IGNORED, pointer, "'" + name + "' is ignored: the " + site.title()
          + " takes no other fields" + suggestion(name, site));
    } else {
      context.report(ValidationRules.PROPERTY_UNKNOWN, pointer, "'" + name + "' is not a field of the "
          + site.title() + suggestion(name, site));
    }
  }

  private static boolean isDraftField(Role role, String name) {
    return switch (role) {
      case PORT -> name.equals("contracts");
      case APPLICATION -> name.equals("buildInfo") || name.equals("deployInfo");
      case INFRASTRUCTURE -> name.equals("provisionInfo");
      default -> false;
    };
  }

  private static String suggestion(String name, ObjectSite site) {
    return Suggestions.closest(name, site.object().fixedFields())
        .map(field -> "; did you mean '" + field + "'?")
        .orElse("");
  }

  /** DRAFT Standard Definitions had no name and used version for the external spec's version. */
  private static boolean draftShaped(StandardDefinition definition) {
    return definition.name().isEmpty()
        && definition.specificationVersion().isEmpty()
        && definition.version().isPresent();
  }
}
