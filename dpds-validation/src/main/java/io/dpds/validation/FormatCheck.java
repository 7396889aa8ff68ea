package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.ReferenceSite;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.ExternalResource;
import io.dpds.model.Info;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Promises;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import io.dpds.report.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The format rules the schema cannot express: the fqn character set of the profile (C12), absolute {@code $href}
 * (C14), media types (C15) and the services types the spec names.
 */
final class FormatCheck implements ObjectCheck {

  @Override
  public List<Rule> rules() {
    return List.of(ValidationRules.FQN_CHARSET, ValidationRules.HREF_NOT_ABSOLUTE, ValidationRules.MEDIA_TYPE,
        ValidationRules.SERVICES_TYPE);
  }

  @Override
  public Pass start(CheckContext context) {
    return new Pass() {
      @Override
      public void visit(List<ObjectSite> objects, int from, int to) {
        for (int i = from; i < to; i++) {
          object(context, objects.get(i), i);
        }
      }

      @Override
      public void finish() {
        references(context);
      }
    };
  }

  private static void object(CheckContext context, ObjectSite site, int index) {
    if (site.object() instanceof Info info) {
      fqn(context, site, "fullyQualifiedName", -1, info.fullyQualifiedName().orElse(null));
    } else if (site.object() instanceof Component component && site.role() != Role.REFERENCE) {
      fqn(context, site, "fullyQualifiedName", -1, component.fullyQualifiedName().orElse(null));
      if (component instanceof ApplicationComponent app) {
        fqns(context, site, "consumesFrom", app.consumesFrom());
        fqns(context, site, "providesTo", app.providesTo());
        fqns(context, site, "dependsOn", app.dependsOn());
      } else if (component instanceof InfrastructuralComponent infra) {
        fqns(context, site, "dependsOn", infra.dependsOn());
      } else if (component instanceof StandardDefinition) {
        linkedDefinition(context, site, context.node(index).path("definition"));
      }
    } else if (site.object() instanceof Promises promises) {
      promises.servicesType().ifPresent(type -> servicesType(context, site, type));
    } else if (site.object() instanceof ExternalResource resource) {
      resource.href().ifPresent(href -> href(context, site.child("$href"), href));
      resource.mediaType().ifPresent(type -> mediaType(context, site.child("mediaType"), type));
    }
  }

  /**
   * A definition written as an External Resource Object ({@code {$href, mediaType}}), as the examples do; its pointer
   * is made only then.
   */
  private static void linkedDefinition(CheckContext context, ObjectSite site, JsonNode definition) {
    JsonNode href = definition.path("$href");
    if (href.isTextual()) {
      String pointer = site.child("definition");
      href(context, pointer + "/$href", href.textValue());
      JsonNode mediaType = definition.path("mediaType");
      if (mediaType.isTextual()) {
        mediaType(context, pointer + "/mediaType", mediaType.textValue());
      }
    }
  }

  private static void references(CheckContext context) {
    for (ReferenceSite reference : context.resolved().references()) {
      var mediaType = reference.reference().path("mediaType");
      if (mediaType.isTextual() && !Formats.isMediaType(mediaType.textValue())) {
        context.report(ValidationRules.MEDIA_TYPE, reference.pointer(), mediaTypeMessage(mediaType.textValue())
            + " (on the reference to " + reference.ref() + ")", reference.location());
      }
    }
  }

  private static void fqns(CheckContext context, ObjectSite site, String field, List<String> fqns) {
    for (int i = 0; i < fqns.size(); i++) {
      fqn(context, site, field, i, fqns.get(i));
    }
  }

  /** Checks the FQN at the site's {@code field}, or at entry {@code entry} of it when not negative; null: none. */
  private static void fqn(CheckContext context, ObjectSite site, String field, int entry, @Nullable String fqn) {
    if (fqn != null && Formats.isFqn(fqn) && !Formats.isStrictFqn(fqn)) {
      context.report(ValidationRules.FQN_CHARSET, entry < 0 ? site.child(field) : site.child(field) + "/" + entry,
          "'" + fqn + "' uses '-' or '_', which the spec's fqn format does not allow");
    }
  }

  private static void servicesType(CheckContext context, ObjectSite site, String type) {
    if (Promises.SERVICES_TYPES.contains(type)) {
      return;
    }
    String nearest = Suggestions.closest(type, Promises.SERVICES_TYPES)
        .or(() -> sameFirstWord(type))
        .map(known -> "; did you mean '" + known + "'?")
        .orElse("; the known values are " + String.join(", ", Promises.SERVICES_TYPES));
    context.report(ValidationRules.SERVICES_TYPE, site.child("servicesType"),
        "'" + type + "' is not a services type the spec names" + nearest);
  }

  /** The known type sharing the value's first word ({@code streaming} for {@code streaming-services}). */
  private static Optional<String> sameFirstWord(String type) {
    String word = type.split("[-_ ]", 2)[0];
    return Promises.SERVICES_TYPES.stream().filter(known -> known.split("-", 2)[0].equalsIgnoreCase(word)).findFirst();
  }

  private static void href(CheckContext context, String pointer, String href) {
    if (href.isEmpty() || Formats.isPlainAbsoluteUri(href)) {
      return; // reference.required reports an empty one; a plain absolute URI needs no parsing
    }
    String problem;
    try {
      problem = new URI(href).isAbsolute() ? null : "a relative URI, which has no defined base in DPDS 1.0.0";
    } catch (URISyntaxException e) {
      problem = "not a URI (" + e.getReason() + ")";
    }
    if (problem != null) {
      context.report(ValidationRules.HREF_NOT_ABSOLUTE, pointer, "$href '" + href + "' is " + problem);
    }
  }

  private static void mediaType(CheckContext context, String pointer, String type) {
    if (!Formats.isMediaType(type)) {
      context.report(ValidationRules.MEDIA_TYPE, pointer, mediaTypeMessage(type));
    }
  }

  private static String mediaTypeMessage(String type) {
    return "mediaType '" + type + "' is not of the form type/subtype";
  }
}
