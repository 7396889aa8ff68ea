package io.dpds.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.Api;
import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.ExternalResource;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Info;
import io.dpds.model.InternalComponents;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.model.Promises;
import io.dpds.model.StandardDefinition;
import io.dpds.report.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A data product's page in Markdown: the product (owner, version, domain, description, contacts, tags, documentation),
 * a Mermaid diagram of its ports around it with their flow, each port (kind, version, display name, group, tags,
 * documentation, services type, platform, API: channels or paths with their operations and direction, payload fields
 * as tables, SLO, deprecation policy, expectations and obligations), the components with their dependsOn graph, and
 * each stage's deployment plan as a table and a Mermaid flowchart. GitHub and GitLab render the Mermaid blocks.
 */
final class ProductPage {

  private final ResolvedDescriptor resolved;
  private final StringBuilder out = new StringBuilder();

  private ProductPage(ResolvedDescriptor resolved) {
    this.resolved = resolved;
  }

  static String markdown(ResolvedDescriptor resolved) {
    ProductPage page = new ProductPage(resolved);
    page.write();
    return page.out.toString();
  }

  private void write() {
    DataProductDescriptor d = resolved.descriptor();
    Info info = d.info().orElseThrow(() -> new IllegalArgumentException("the descriptor has no info"));
    String name = info.name().orElse("?");
    out.append("# ").append(plain(info.displayName().orElse(name))).append(" ")
        .append(span(info.version().orElse("?"))).append("\n\n");
    info.description().ifPresent(description -> out.append(text(description.strip())).append("\n\n"));
    out.append("| | |\n|---|---|\n");
    row("Name", code(name));
    row("Fully qualified name", info.fullyQualifiedName().map(ProductPage::code).orElse(""));
    row("Domain", info.domain().map(ProductPage::plain).orElse(""));
    row("Owner", info.owner().map(o -> plain(o.id().orElse("")) + o.name().map(n -> " (" + plain(n) + ")")
        .orElse("")).orElse(""));
    info.contactPoints().forEach(c -> {
      String contact = String.join(" ", Stream.of(c.name().map(ProductPage::plain), c.channel().map(ProductPage::plain),
          c.address().map(ProductPage::code)).flatMap(Optional::stream).toList());
      if (!contact.isEmpty()) {
        row("Contact", contact);
      }
    });
    if (!d.tags().isEmpty()) {
      row("Tags", pipes(tags(d.tags())));
    }
    d.externalDocs().flatMap(ProductPage::documentation).ifPresent(docs -> row("Documentation", pipes(docs)));
    out.append('\n');
    ports(name, d);
    d.internalComponents().ifPresent(this::components);
    d.internalComponents().ifPresent(this::plans);
  }

  private void ports(String product, DataProductDescriptor d) {
    out.append("## Ports\n\n```mermaid\nflowchart LR\n  product((\"").append(Diagrams.mermaidText(product))
        .append("\"))\n");
    int n = 0;
    for (PortKind kind : PortKind.values()) {
      for (Port port : d.interfaceComponents().map(i -> i.ports(kind)).orElse(List.of())) {
        String id = "p" + ++n;
        String label = Diagrams.mermaidText(kind.entityType() + ": " + port.name().orElse("?"));
        out.append("  ").append(id).append("[\"").append(label).append("\"]\n");
        out.append("  ").append(kind == PortKind.INPUT ? id + " --> product" : kind == PortKind.OUTPUT
            ? "product --> " + id : "product -.- " + id).append('\n');
      }
    }
    out.append("```\n");
    for (PortKind kind : PortKind.values()) {
      List<Port> ports = d.interfaceComponents().map(i -> i.ports(kind)).orElse(List.of());
      for (int i = 0; i < ports.size(); i++) {
        port(kind, ports.get(i), "/interfaceComponents/" + kind.field() + "/" + i);
      }
    }
  }

  private void port(PortKind kind, Port port, String pointer) {
    out.append("\n### ").append(kind.title()).append(" ").append(span(port.name().orElse("?"))).append(" ")
        .append(plain(port.version().orElse(""))).append("\n\n");
    port.description().ifPresent(description -> out.append(text(description.strip())).append("\n\n"));
    port.displayName().ifPresent(n -> out.append("- Display name: ").append(plain(n)).append('\n'));
    port.componentGroup().ifPresent(g -> out.append("- Group: ").append(span(g)).append('\n'));
    if (!port.tags().isEmpty()) {
      out.append("- Tags: ").append(tags(port.tags())).append('\n');
    }
    port.externalDocs().flatMap(ProductPage::documentation)
        .ifPresent(docs -> out.append("- Documentation: ").append(docs).append('\n'));
    Optional<Promises> promises = port.promises();
    promises.flatMap(Promises::servicesType).ifPresent(t -> out.append("- Services: ").append(span(t)).append('\n'));
    promises.flatMap(Promises::platform).ifPresent(p -> out.append("- Platform: ").append(span(p)).append('\n'));
    promises.flatMap(Promises::api).ifPresent(api -> out.append("- API: ").append(definition(api)).append('\n'));
    promises.flatMap(Promises::slo).ifPresent(slo -> out.append("- SLO: ").append(definition(slo)).append('\n'));
    promises.flatMap(Promises::deprecationPolicy)
        .ifPresent(p -> out.append("- Deprecation policy: ").append(definition(p)).append('\n'));
    port.expectations().ifPresent(e -> {
      e.audience().ifPresent(a -> out.append("- Expected audience: ").append(definition(a)).append('\n'));
      e.usage().ifPresent(u -> out.append("- Expected usage: ").append(definition(u)).append('\n'));
    });
    port.obligations().ifPresent(o -> {
      o.termsAndConditions().ifPresent(t -> out.append("- Terms and conditions: ").append(definition(t)).append('\n'));
      o.billingPolicy().ifPresent(b -> out.append("- Billing policy: ").append(definition(b)).append('\n'));
      o.sla().ifPresent(s -> out.append("- SLA: ").append(definition(s)).append('\n'));
    });
    Api.of(resolved, pointer).ifPresent(this::api);
  }

  private void api(Api api) {
    JsonNode root = api.definition().node();
    List<String> operations = new ArrayList<>();
    if (root.has("asyncapi")) {
      boolean v3 = root.path("asyncapi").asText().startsWith("3");
      if (v3) {
        root.path("operations").fields().forEachRemaining(op -> operations.add(span(op.getKey()) + ": "
            + ("send".equals(op.getValue().path("action").asText()) ? "the product sends to " : "the product receives"
                + " from ") + span(op.getValue().path("channel").path("$ref").asText("?").replaceAll(".*/", ""))));
      } else {
        root.path("channels").fields().forEachRemaining(channel -> {
          if (channel.getValue().has("subscribe")) {
            operations.add(span(channel.getKey()) + ": consumers subscribe (the product publishes)");
          }
          if (channel.getValue().has("publish")) {
            operations.add(span(channel.getKey()) + ": consumers publish (the product receives)");
          }
        });
      }
    } else if (root.has("openapi") || root.has("swagger")) {
      root.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
        if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
          operations.add(span(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
      }));
    }
    if (!operations.isEmpty()) {
      out.append("\nOperations:\n\n");
      operations.forEach(op -> out.append("- ").append(op).append('\n'));
    }
    for (Api.Payload payload : api.payloads()) {
      out.append("\nPayload of ").append(span(payload.owner())).append(" (").append(span(payload.format()))
          .append("):\n\n| Field | Type | Description |\n|---|---|---|\n");
      JsonNode schema = payload.schema().node();
      if (schema.path("fields").isArray()) { // Avro record
        schema.get("fields").forEach(f -> out.append("| ").append(code(f.path("name").asText())).append(" | ")
            .append(code(avroType(f.path("type")))).append(" | ").append(cell(f.path("doc").asText("")))
            .append(" |\n"));
      } else {
        schema.path("properties").fields().forEachRemaining(p -> out.append("| ").append(code(p.getKey()))
            .append(" | ").append(code(p.getValue().path("type").asText(p.getValue().has("$ref") ? "$ref" : "?")))
            .append(" | ").append(cell(p.getValue().path("description").asText(""))).append(" |\n"));
      }
    }
    for (Api.Payload payload : api.unreadablePayloads()) {
      out.append("\nPayload of ").append(span(payload.owner())).append(" (").append(span(payload.format()))
          .append("): ").append(span(payload.schema().node().path("$ref").asText()))
          .append(", which cannot be read.\n");
    }
  }

  private static String avroType(JsonNode type) {
    if (type.isTextual()) {
      return type.textValue();
    }
    if (type.isArray()) {
      List<String> union = new ArrayList<>();
      type.forEach(t -> union.add(avroType(t)));
      return String.join(" | ", union);
    }
    String base = type.path("logicalType").asText(type.path("type").asText("?"));
    return switch (type.path("type").asText()) {
      case "array" -> "array<" + avroType(type.path("items")) + ">";
      case "map" -> "map<" + avroType(type.path("values")) + ">";
      case "record", "enum", "fixed" -> type.path("name").asText(base);
      default -> base;
    };
  }

  private void components(InternalComponents internal) {
    List<ApplicationComponent> apps = internal.applicationComponents();
    List<InfrastructuralComponent> infra = internal.infrastructuralComponents();
    if (apps.isEmpty() && infra.isEmpty()) {
      return;
    }
    out.append("\n## Components\n\n| Kind | Name | Version | Platform | Type | Description |\n")
        .append("|---|---|---|---|---|---|\n");
    apps.forEach(a -> component("application", a, a.platform(), a.applicationType()));
    infra.forEach(i -> component("infrastructure", i, i.platform(), i.infrastructureType()));
    List<String> edges = new ArrayList<>();
    apps.forEach(a -> a.dependsOn().forEach(target -> edges.add(edge(a, target))));
    infra.forEach(i -> i.dependsOn().forEach(target -> edges.add(edge(i, target))));
    if (!edges.isEmpty()) {
      out.append("\n```mermaid\nflowchart LR\n");
      edges.forEach(e -> out.append("  ").append(e).append('\n'));
      out.append("```\n");
    }
  }

  private void component(String kind, Component c, Optional<String> platform, Optional<String> type) {
    out.append("| ").append(kind).append(" | ").append(code(c.name().orElse("?"))).append(" | ")
        .append(plain(c.version().orElse(""))).append(" | ").append(platform.map(ProductPage::code).orElse(""))
        .append(" | ")
        .append(type.map(ProductPage::plain).orElse("")).append(" | ")
        .append(c.description().map(ProductPage::cell).orElse("")).append(" |\n");
  }

  /** {@code a["app"] --> b["store"]}: dependsOn names an FQN; its last segment names the component. */
  private static String edge(Component from, String target) {
    String name = from.name().orElse("?");
    String to = target.substring(target.lastIndexOf(':') + 1);
    return id(name) + "[\"" + Diagrams.mermaidText(name) + "\"] -->|depends on| " + id(to) + "[\""
        + Diagrams.mermaidText(to) + "\"]";
  }

  private static String id(String name) {
    return "c_" + name.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private void plans(InternalComponents internal) {
    for (String stage : internal.lifecycleInfo().keySet()) {
      DeploymentPlan.Result result = DeploymentPlan.of(resolved, stage);
      if (result.plan().isEmpty()) {
        continue;
      }
      DeploymentPlan plan = result.plan().get();
      out.append("\n## Deployment to ").append(span(stage)).append("\n\n| Step | After |\n|---|---|\n");
      plan.steps().forEach(step -> out.append("| ").append(code(step.id())).append(" | ")
          .append(String.join(", ", step.dependsOn().stream().map(ProductPage::code).toList())).append(" |\n"));
      out.append("\n```mermaid\n").append(Diagrams.mermaid(plan)).append("```\n");
    }
  }

  private String definition(StandardDefinition d) {
    String named = span(d.name().orElse("?") + " " + d.version().orElse(""));
    String spec = d.specification().map(s -> s + d.specificationVersion().map(v -> " " + v).orElse("")).orElse("");
    String content = d.definition().flatMap(def -> def.asObject().map(JsonNode::toString).or(def::asText))
        .filter(c -> c.length() <= 120 && !d.specification().map(s -> s.matches("(?i)asyncapi|openapi")).orElse(false))
        .map(c -> ": " + span(c)).orElse("");
    return named + (spec.isEmpty() ? "" : " (" + plain(spec) + ")") + content;
  }

  private static String tags(List<String> tags) {
    return String.join(", ", tags.stream().map(ProductPage::span).toList());
  }

  /** {@return the link of external documentation, with its description when it has one, on one line} */
  private static Optional<String> documentation(ExternalResource docs) {
    return docs.href().map(href -> span(href) + docs.description().map(d -> " (" + oneLine(text(d)) + ")")
        .orElse(""));
  }

  private void row(String label, String value) {
    out.append("| ").append(label).append(" | ").append(value).append(" |\n");
  }

  /** {@return {@code text} as a code span in a table cell} */
  private static String code(String text) {
    return pipes(span(text));
  }

  /**
   * {@return {@code text} as a code span, anywhere but in a table: printable ({@link VisibleText}, which also keeps it
   * on one line), and no backquote to end it}
   */
  private static String span(String text) {
    return "`" + VisibleText.of(text).replace("`", "'") + "`";
  }

  /** {@return {@code markdown} fit for a table cell: each pipe escaped, in code spans too, as GFM tables ask} */
  private static String pipes(String markdown) {
    return markdown.replace("|", "\\|");
  }

  /**
   * {@return {@code text}, a plain value (a name, a version, a type), as Markdown that reads as it is written: on one
   * line, printable, in a table cell too, with each character Markdown would read as markup escaped} A description is
   * CommonMark and kept as written ({@link #cell}).
   */
  private static String plain(String text) {
    String visible = oneLine(VisibleText.of(text));
    StringBuilder out = new StringBuilder(visible.length() + 8);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|' -> out.append("\\|");
        default -> {
          if (MARKUP.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** The characters that may start or end inline markup, or a heading's closing sequence. */
  private static final String MARKUP = "\\`*_[]~&#!";

  /** {@return {@code text} as a table cell: on one line, printable} */
  private static String cell(String text) {
    return pipes(oneLine(text(text)));
  }

  /** {@return {@code text} with each line break a space: a multi-line description in a cell} */
  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace("\n", " ");
  }

  /**
   * {@return {@code text} as Markdown text: no HTML, and printable line by line ({@link VisibleText}), so that a
   * description keeps its lines}
   */
  private static String text(String text) {
    return VisibleText.ofLines(text).replace("<", "&lt;").replace(">", "&gt;");
  }
}
