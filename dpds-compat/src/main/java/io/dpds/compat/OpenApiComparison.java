package io.dpds.compat;

import static io.dpds.load.Pointers.escape;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.api.ApiNode;
import io.dpds.compat.CompatibilityMode.Flow;
import io.dpds.compat.ChangeJudge.Verdict;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Judges two versions of a port's OpenAPI definition (3.0 or 3.1) by table b4, for its clients: what they send
 * (parameters, request bodies) is data the product accepts and may only widen; what they receive (responses, their
 * headers) is data it emits and may only narrow. Webhooks and callbacks turn this around: the product sends the
 * request. Paths are matched by template, operations by method, parameters by location and name, responses by status,
 * content by media type; schemas go to the JSON Schema engine.
 */
final class OpenApiComparison extends ApiComparison {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");
  private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components",
      "security", "tags", "externalDocs", "webhooks", "jsonSchemaDialect");
  private static final String SCHEMA = "application/schema+json";
  /**
   * What an operation has that is judged as in force, not as written: its security requirements (its own, else the
   * API's) and its parameters (its path's and its own).
   */
  private static final List<String> IN_FORCE = List.of("security", "parameters");

  private OpenApiComparison(PortId port, CompatibilityMode mode, PayloadEngines engines, String portPointer,
      ApiNode oldRoot, ApiNode newRoot) {
    super(port, mode, engines, portPointer, oldRoot, newRoot);
  }

  /** The verdicts on every change between two OpenAPI definitions of {@code port}. */
  static List<Verdict> compare(PortId port, CompatibilityMode mode, PayloadEngines engines, String portPointer,
      ApiNode old, ApiNode now) {
    OpenApiComparison comparison = new OpenApiComparison(port, mode, engines, portPointer, old, now);
    comparison.run();
    return comparison.verdicts();
  }

  @Override
  void run() {
    int before = found();
    servers("the API", oldRoot, newRoot);
    paths("path ", oldRoot.at("/paths"), newRoot.at("/paths"), false);
    paths("webhook ", oldRoot.at("/webhooks"), newRoot.at("/webhooks"), true);
    security(OpenApiRules.SECURITY, "the API", oldRoot, newRoot);
    securitySchemes(OpenApiRules.SECURITY);
    Set<String> keys = keys(oldRoot.node(), newRoot.node());
    for (String key : keys) {
      if (!TOP_LEVEL.contains(key) && !key.startsWith("x-")
          && !Objects.equals(oldRoot.node().get(key), newRoot.node().get(key))) {
        report(OpenApiRules.UNKNOWN, WARNING, WARNING, null, key + " changed", oldRoot.at("/" + escape(key)),
            newRoot.at("/" + escape(key)));
      }
    }
    if (found() == before && !oldRoot.node().equals(newRoot.node())) {
      report(OpenApiRules.DOCUMENTATION, INFO, INFO, null, "the definition changed only in documentation,"
          + " extensions or unused components", oldRoot, newRoot);
    }
  }

  private void servers(String owner, ApiNode a, ApiNode b) {
    List<String> inA = urls(a.node().path("servers"));
    List<String> urlsB = urls(b.node().path("servers"));
    Set<String> urlsA = new LinkedHashSet<>();
    for (int i = 0; i < inA.size(); i++) {
      String url = inA.get(i);
      if (!urlsA.add(url)) {
        continue; // a server written twice is judged once
      }
      if (!urlsB.contains(url)) {
        report(OpenApiRules.SERVER, ERROR, ERROR, null, owner + " no longer has server " + url, a.at("/servers"),
            b.node().has("servers") ? b.at("/servers") : null);
      } else {
        variables(OpenApiRules.SERVER, owner + " server " + url, a.at("/servers/" + i),
            b.at("/servers/" + urlsB.indexOf(url)));
      }
    }
    for (String url : new LinkedHashSet<>(urlsB)) {
      if (!urlsA.contains(url)) {
        report(OpenApiRules.SERVER, INFO, INFO, null, owner + " gained server " + url, null, b.at("/servers"));
      }
    }
  }

  /** {@return the URLs of {@code servers}, in their order} */
  private static List<String> urls(JsonNode servers) {
    List<String> urls = new ArrayList<>(servers.size());
    servers.forEach(server -> urls.add(server.path("url").asText()));
    return urls;
  }

  /** Paths (or webhooks, or a callback's expressions) and their operations; {@code reversed}: the product calls. */
  private void paths(String kind, ApiNode a, ApiNode b, boolean reversed) {
    for (String path : keys(a.node(), b.node())) {
      ApiNode pa = a.at("/" + escape(path)).dereferenced();
      ApiNode pb = b.at("/" + escape(path)).dereferenced();
      String what = kind + path;
      Flow none = null;
      if (pb.isMissing()) {
        report(reversed ? OpenApiRules.CALLBACK : OpenApiRules.OPERATION, ERROR, ERROR, none, what + " removed", pa,
            null);
        continue;
      }
      if (pa.isMissing()) {
        report(reversed ? OpenApiRules.CALLBACK : OpenApiRules.OPERATION, INFO, INFO, none, what + " added", null,
            pb);
        continue;
      }
      for (String method : METHODS) {
        ApiNode oa = pa.at("/" + method);
        ApiNode ob = pb.at("/" + method);
        String operation = method.toUpperCase(java.util.Locale.ROOT) + " " + what;
        if (oa.isMissing() && !ob.isMissing()) {
          report(OpenApiRules.OPERATION, INFO, INFO, none, operation + " added", null, ob);
        } else if (!oa.isMissing() && ob.isMissing()) {
          report(OpenApiRules.OPERATION, ERROR, ERROR, none, operation + " removed", oa, null);
        } else if (!oa.isMissing()) {
          operation(operation, pa, pb, oa, ob, reversed);
        }
      }
      servers(what, pa, pb);
    }
  }

  private void operation(String what, ApiNode pathA, ApiNode pathB, ApiNode a, ApiNode b, boolean reversed) {
    int before = found();
    Flow request = reversed ? Flow.EMITTED : Flow.ACCEPTED;
    Flow response = reversed ? Flow.ACCEPTED : Flow.EMITTED;
    if (!a.node().path("deprecated").asBoolean(false) && b.node().path("deprecated").asBoolean(false)) {
      report(OpenApiRules.OPERATION, INFO, INFO, null, what + " marked deprecated", a, b.at("/deprecated"));
    }
    if (!Objects.equals(a.node().get("operationId"), b.node().get("operationId"))) {
      report(OpenApiRules.OPERATION_ID, WARNING, WARNING, null, what + " operationId changed from "
          + text(a.node().get("operationId")) + " to " + text(b.node().get("operationId")), a.at("/operationId"),
          b.at("/operationId"));
    }
    Map<String, ApiNode> parametersA = parameters(pathA, a);
    Map<String, ApiNode> parametersB = parameters(pathB, b);
    parameters(what, parametersA, parametersB, request);
    requestBody(what, a.at("/requestBody").dereferenced(), b.at("/requestBody").dereferenced(), request);
    responses(what, a.at("/responses"), b.at("/responses"), response);
    if (a.node().has("security") || b.node().has("security")) { // else both follow the API's, judged once
      security(OpenApiRules.SECURITY, what, a.node().has("security") ? a.node().get("security")
          : oldRoot.node().path("security"), b.node().has("security") ? b.node().get("security")
          : newRoot.node().path("security"), a.at("/security"), b.at("/security"));
    }
    servers(what, a, b);
    JsonNode callbacksA = a.node().path("callbacks");
    JsonNode callbacksB = b.node().path("callbacks");
    for (String name : keys(callbacksA, callbacksB)) {
      paths(what + " callback " + name + " ", a.at("/callbacks/" + escape(name)).dereferenced(),
          b.at("/callbacks/" + escape(name)).dereferenced(), !reversed);
    }
    if (found() == before && !inForce(a, parametersA).equals(inForce(b, parametersB))) {
      unjudgedChange(what, null, a, b, OpenApiRules.DOCUMENTATION, OpenApiRules.UNKNOWN);
    }
  }

  /**
   * {@return an operation as it is in force: its parameters those of its path and its own, by location and name, and
   * without its own security requirements (judged as in force)} Written at the path or again at the operation, a
   * parameter is the same parameter.
   */
  private static JsonNode inForce(ApiNode operation, Map<String, ApiNode> parameters) {
    JsonNode node = without(operation.node(), IN_FORCE);
    if (node instanceof ObjectNode object) {
      ObjectNode byKey = object.putObject("parameters");
      parameters.forEach((key, parameter) -> byKey.set(key, parameter.node()));
    }
    return node;
  }

  /** The parameters of an operation with those of its path, by location and name (the operation's win). */
  private static Map<String, ApiNode> parameters(ApiNode path, ApiNode operation) {
    Map<String, ApiNode> parameters = new LinkedHashMap<>();
    for (ApiNode owner : List.of(path, operation)) {
      JsonNode list = owner.node().path("parameters");
      for (int i = 0; i < list.size(); i++) {
        ApiNode parameter = owner.at("/parameters/" + i).dereferenced();
        parameters.put(parameter.node().path("in").asText() + " " + parameter.node().path("name").asText(),
            parameter);
      }
    }
    return parameters;
  }

  private void parameters(String what, Map<String, ApiNode> a, Map<String, ApiNode> b, Flow flow) {
    a.forEach((key, pa) -> {
      ApiNode pb = b.get(key);
      String name = what + " " + key.replace(" ", " parameter ");
      if (pb == null) {
        String moved = movedTo(key, a, b);
        if (moved != null) { // a client still sends it where it was, and the server no longer reads it there
          ApiNode now = b.get(moved);
          report(OpenApiRules.PARAMETER, ERROR, ERROR, flow, name + " moved to " + now.node().path("in").asText(),
              pa.at("/in"), now.at("/in"));
        } else {
          report(OpenApiRules.PARAMETER, WARNING, WARNING, flow, name + " removed", pa, null);
        }
        return;
      }
      boolean requiredA = pa.node().path("required").asBoolean(false);
      boolean requiredB = pb.node().path("required").asBoolean(false);
      if (requiredA != requiredB) {
        Severity s = requiredB ? ERROR : INFO;
        report(OpenApiRules.PARAMETER, s, s, flow, name + (requiredB ? " became required" : " became optional"),
            pa.at("/required"), pb.at("/required"));
      }
      for (String field : List.of("style", "explode")) {
        if (!Objects.equals(pa.node().get(field), pb.node().get(field))) {
          report(OpenApiRules.PARAMETER, ERROR, ERROR, flow, name + " " + field + " changed", pa.at("/" + field),
              pb.at("/" + field));
        }
      }
      if (pa.node().path("allowEmptyValue").asBoolean(false) && !pb.node().path("allowEmptyValue").asBoolean(false)) {
        report(OpenApiRules.PARAMETER, ERROR, ERROR, flow, name + " no longer allows empty values",
            pa.at("/allowEmptyValue"), pb);
      }
      payload(name + " schema", flow, pa.at("/schema").withFormat(SCHEMA), pb.at("/schema").withFormat(SCHEMA),
          OpenApiRules.SCHEMA_UNJUDGED, OpenApiRules.DOCUMENTATION);
      content(name, pa.at("/content"), pb.at("/content"), flow, OpenApiRules.PARAMETER);
    });
    b.forEach((key, pb) -> {
      if (!a.containsKey(key) && movedTo(key, b, a) == null) {
        boolean required = pb.node().path("required").asBoolean(false);
        Severity s = required ? ERROR : INFO;
        report(OpenApiRules.PARAMETER, s, s, flow, what + " " + key.replace(" ", " parameter ") + " added"
            + (required ? " as required" : ""), null, pb);
      }
    });
  }

  /**
   * {@return the key in {@code to} of the parameter that the one keyed {@code key} in {@code from} moved to: the
   * only one of its name in {@code to}, at another location, while it is the only one of its name in {@code from};
   * else null}
   */
  private static @Nullable String movedTo(String key, Map<String, ApiNode> from, Map<String, ApiNode> to) {
    String there = onlyOfName(key, to);
    return there != null && !there.equals(key) && key.equals(onlyOfName(key, from)) ? there : null;
  }

  /** {@return the key of {@code parameters} naming the same parameter as {@code key} when it is the only one} */
  private static @Nullable String onlyOfName(String key, Map<String, ApiNode> parameters) {
    String name = key.substring(key.indexOf(' '));
    String found = null;
    for (String other : parameters.keySet()) {
      if (other.endsWith(name) && other.indexOf(' ') == other.length() - name.length()) {
        if (found != null) {
          return null;
        }
        found = other;
      }
    }
    return found;
  }

  private void requestBody(String what, ApiNode a, ApiNode b, Flow flow) {
    String name = what + " request body";
    if (a.isMissing() && b.isMissing()) {
      return;
    }
    if (a.isMissing()) {
      Severity s = b.node().path("required").asBoolean(false) ? ERROR : INFO;
      report(OpenApiRules.REQUEST_BODY, s, s, flow, name + " added", null, b);
      return;
    }
    if (b.isMissing()) {
      report(OpenApiRules.REQUEST_BODY, WARNING, WARNING, flow, name + " removed", a, null);
      return;
    }
    if (!a.node().path("required").asBoolean(false) && b.node().path("required").asBoolean(false)) {
      report(OpenApiRules.REQUEST_BODY, ERROR, ERROR, flow, name + " became required", a, b.at("/required"));
    }
    content(name, a.at("/content"), b.at("/content"), flow, OpenApiRules.REQUEST_BODY);
  }

  /** Media types: one removed breaks, one added is info; schemas of those in both go to the engine. */
  private void content(String what, ApiNode a, ApiNode b, Flow flow, Rule rule) {
    for (String type : keys(a.node(), b.node())) {
      ApiNode ma = a.at("/" + escape(type));
      ApiNode mb = b.at("/" + escape(type));
      if (mb.isMissing()) {
        report(rule, ERROR, ERROR, flow, what + " no longer accepts or returns " + type, ma, null);
      } else if (ma.isMissing()) {
        report(rule, INFO, INFO, flow, what + " also accepts or returns " + type, null, mb);
      } else {
        optionalPayload(what + " " + type, flow, ma.at("/schema").withFormat(SCHEMA),
            mb.at("/schema").withFormat(SCHEMA), OpenApiRules.SCHEMA_UNJUDGED, OpenApiRules.DOCUMENTATION);
      }
    }
  }

  private void responses(String what, ApiNode a, ApiNode b, Flow flow) {
    for (String status : keys(a.node(), b.node())) {
      ApiNode ra = a.at("/" + escape(status)).dereferenced();
      ApiNode rb = b.at("/" + escape(status)).dereferenced();
      String name = what + " response " + status;
      if (rb.isMissing()) {
        boolean success = status.startsWith("2") || status.equals("default");
        Severity s = success ? ERROR : WARNING;
        report(OpenApiRules.RESPONSE, s, s, flow, name + " removed", ra, null);
      } else if (ra.isMissing()) {
        report(OpenApiRules.RESPONSE, WARNING, WARNING, flow, name + " added: clients may not handle it", null, rb);
      } else {
        content(name, ra.at("/content"), rb.at("/content"), flow, OpenApiRules.RESPONSE);
        headers(name, ra.at("/headers"), rb.at("/headers"), flow);
      }
    }
  }

  private void headers(String what, ApiNode a, ApiNode b, Flow flow) {
    for (String header : keys(a.node(), b.node())) {
      ApiNode ha = a.at("/" + escape(header)).dereferenced();
      ApiNode hb = b.at("/" + escape(header)).dereferenced();
      String name = what + " header " + header;
      if (hb.isMissing()) {
        report(OpenApiRules.HEADER, ERROR, ERROR, flow, name + " removed", ha, null);
      } else if (ha.isMissing()) {
        report(OpenApiRules.HEADER, INFO, INFO, flow, name + " added", null, hb);
      } else {
        if (ha.node().path("required").asBoolean(false) && !hb.node().path("required").asBoolean(false)) {
          report(OpenApiRules.HEADER, ERROR, ERROR, flow, name + " became optional", ha.at("/required"), hb);
        }
        payload(name + " schema", flow, ha.at("/schema").withFormat(SCHEMA), hb.at("/schema").withFormat(SCHEMA),
            OpenApiRules.SCHEMA_UNJUDGED, OpenApiRules.DOCUMENTATION);
      }
    }
  }
}
