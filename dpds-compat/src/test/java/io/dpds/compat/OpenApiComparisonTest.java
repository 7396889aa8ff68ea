package io.dpds.compat;

import static io.dpds.compat.CompatibilityFixture.array;
import static io.dpds.compat.CompatibilityFixture.object;
import static io.dpds.compat.CompatibilityFixture.remove;
import static io.dpds.compat.CompatibilityFixture.set;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row of table b4 (OpenAPI), on an output port whose 3.0 API serves trips and an input port whose 3.1
 * API takes orders pushed by producers: both are judged for their clients (requests widen, responses narrow).
 */
class OpenApiComparisonTest {

  private static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info: {fullyQualifiedName: 'urn:dpds:org.example:dataproducts:fleet:1', name: fleet, version: 1.0.0,
             domain: logistics, owner: {id: owner@example.org}}
      interfaceComponents:
        inputPorts:
          - name: orders
            version: 1.0.0
            promises:
              api:
                name: ordersApi
                version: 1.0.0
                specification: openapi
                specificationVersion: 3.1.0
                definition:
                  openapi: 3.1.0
                  info: {title: Orders, version: 1.0.0}
                  paths:
                    /orders:
                      post:
                        operationId: pushOrder
                        requestBody:
                          required: true
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Order'}
                        responses:
                          '202': {description: accepted}
                          '400': {description: invalid}
                  webhooks:
                    orderShipped:
                      post:
                        requestBody:
                          content:
                            application/json:
                              schema: {type: object, properties: {id: {type: string}}}
                        responses:
                          '200': {description: ok}
                  components:
                    schemas:
                      Order: {type: object, properties: {id: {type: string}, qty: {type: integer}}, required: [id]}
        outputPorts:
          - name: trips
            version: 1.0.0
            promises:
              api:
                name: tripsApi
                version: 1.0.0
                specification: openapi
                specificationVersion: 3.0.3
                definition:
                  openapi: 3.0.3
                  info: {title: Trips, version: 1.0.0}
                  servers: [{url: 'https://api.example.org/v1'}]
                  security: [{oauth: [read]}]
                  paths:
                    /trips/{id}:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      get:
                        operationId: getTrip
                        parameters:
                          - {name: fields, in: query, schema: {type: string}}
                        responses:
                          '200':
                            description: the trip
                            headers:
                              ETag: {required: true, schema: {type: string}}
                            content:
                              application/json:
                                schema:
                                  type: object
                                  properties: {id: {type: string}, status: {type: string, enum: [open, closed]}}
                                  required: [id, status]
                          '404': {description: not found}
                  components:
                    securitySchemes:
                      oauth:
                        type: oauth2
                        flows: {clientCredentials: {tokenUrl: 'https://auth.example.org/token', scopes: {read: r}}}
      """;
  private static final String IN = "/interfaceComponents/inputPorts/0/promises/api/definition";
  private static final String OUT = "/interfaceComponents/outputPorts/0/promises/api/definition";
  private static final String GET = OUT + "/paths/~1trips~1{id}/get";
  private static final String POST = IN + "/paths/~1orders/post";

  @TempDir Path dir;
  CompatibilityFixture fixture;
  CompatibilityChecker checker;

  @BeforeEach
  void setUp() {
    fixture = new CompatibilityFixture(dir);
    checker = CompatibilityChecker.builder().clock(ChangeJudgeTest.JUNE).build();
  }

  private CompatibilityReport diff(Consumer<ObjectNode> edit) {
    return diff(d -> { }, edit);
  }

  private CompatibilityReport diff(Consumer<ObjectNode> before, Consumer<ObjectNode> edit) {
    CompatibilityReport report = checker.check(fixture.version(DESCRIPTOR, before),
        fixture.version(DESCRIPTOR, before.andThen(edit)));
    assertThat(report.comparable()).as("%s", report.inputProblems()).isTrue();
    return report;
  }

  private static Diagnostic only(CompatibilityReport report, String rule, Severity severity) {
    List<Diagnostic> found = report.findings().stream().map(CompatibilityFinding::diagnostic)
        .filter(d -> d.ruleId().equals(rule)).toList();
    assertThat(found).as("%s in %s", rule, report.findings()).hasSize(1);
    assertThat(found.get(0).severity()).as(found.get(0).toString()).isEqualTo(severity);
    assertThat(found.get(0).location()).as("location of %s", found.get(0)).isPresent();
    return found.get(0);
  }

  @Test
  void anUnchangedDefinitionHasNoFinding() {
    assertThat(diff(d -> { }).findings()).isEmpty();
  }

  @Test
  void aSwaggerTwoDefinitionIsNotComparedAndSaysSo() {
    Consumer<ObjectNode> swagger = d -> {
      object(d, OUT).remove("openapi");
      object(d, OUT).put("swagger", "2.0");
    };

    Diagnostic warning = only(diff(swagger, d -> remove(d, GET)), "compat.api.definition", WARNING);

    assertThat(warning.message()).contains("OpenAPI 2.0 is not compared path by path", "3.0 and 3.1");
    assertThat(diff(swagger, d -> remove(d, GET)).findings()).extracting(f -> f.diagnostic().ruleId())
        .doesNotContain("compat.openapi.operation");
  }

  @Test
  void pathsOrOperationsRemovedBreakAddedOrDeprecatedAreInfo() {
    only(diff(d -> remove(d, OUT + "/paths/~1trips~1{id}")), "compat.openapi.operation", ERROR);
    only(diff(d -> remove(d, GET)), "compat.openapi.operation", ERROR);
    only(diff(d -> set(d, OUT + "/paths/~1trips", "{get: {responses: {'200': {description: all}}}}")),
        "compat.openapi.operation", INFO);
    assertThat(only(diff(d -> object(d, GET).put("deprecated", true)), "compat.openapi.operation", INFO).message())
        .contains("marked deprecated");
  }

  @Test
  void serverVariablesThatLoseValuesOrMoveTheirDefaultBreak() {
    Consumer<ObjectNode> templated = d -> set(d, OUT + "/servers", "[{url: 'https://{env}.example.org/v1',"
        + " variables: {env: {enum: [prod, staging], default: prod}}}]");
    String env = OUT + "/servers/0/variables/env";

    Diagnostic lost = only(diff(templated, d -> set(d, env + "/enum", "[prod]")), "compat.openapi.server", ERROR);
    only(diff(templated, d -> object(d, env).put("default", "staging")), "compat.openapi.server", ERROR);
    Diagnostic gained = only(diff(templated, d -> set(d, env + "/enum", "[prod, staging, dev]")),
        "compat.openapi.server", INFO);

    assertThat(lost.message()).isEqualTo("outputport:trips the API server https://{env}.example.org/v1 variable env"
        + " lost values [staging]");
    assertThat(gained.message()).endsWith("variable env gained values [dev]");
  }

  @Test
  void serverUrlChangedBreaksAddedIsInfo() {
    CompatibilityReport moved = diff(d -> set(d, OUT + "/servers", "[{url: 'https://api.example.org/v2'}]"));
    CompatibilityReport added = diff(d -> set(d, OUT + "/servers",
        "[{url: 'https://api.example.org/v1'}, {url: 'https://eu.example.org/v1'}]"));

    assertThat(moved.findings()).extracting(f -> f.diagnostic().ruleId() + " " + f.diagnostic().severity())
        .containsExactlyInAnyOrder("compat.openapi.server ERROR", "compat.openapi.server INFO");
    only(added, "compat.openapi.server", INFO);
  }

  @Test
  void parametersAddedRequiredBreakOptionalAreInfoRemovedWarn() {
    only(diff(d -> set(d, GET + "/parameters", "[{name: fields, in: query, schema: {type: string}},"
        + " {name: tenant, in: header, required: true, schema: {type: string}}]")), "compat.openapi.parameter", ERROR);
    only(diff(d -> set(d, GET + "/parameters", "[{name: fields, in: query, schema: {type: string}},"
        + " {name: page, in: query, schema: {type: integer}}]")), "compat.openapi.parameter", INFO);
    only(diff(d -> set(d, GET + "/parameters", "[]")), "compat.openapi.parameter", WARNING);
  }

  @Test
  void parametersMadeRequiredBreakMadeOptionalAreInfo() {
    only(diff(d -> object(d, GET + "/parameters/0").put("required", true)), "compat.openapi.parameter", ERROR);
    only(diff(d -> object(d, GET + "/parameters/0").put("required", true), d -> object(d, GET + "/parameters/0")
        .put("required", false)), "compat.openapi.parameter", INFO);
  }

  @Test
  void parameterSchemasMayOnlyWidenAndTheirSerialisationMayNotChange() {
    only(diff(d -> set(d, GET + "/parameters/0/schema", "{type: string, maxLength: 10}")),
        "compat.jsonschema.bounds", ERROR);
    only(diff(d -> set(d, GET + "/parameters/0/schema", "{type: [string, 'null']}")), "compat.jsonschema.type",
        INFO);
    only(diff(d -> object(d, GET + "/parameters/0").put("style", "pipeDelimited")), "compat.openapi.parameter",
        ERROR);
    only(diff(d -> object(d, GET + "/parameters/0").put("allowEmptyValue", true),
        d -> object(d, GET + "/parameters/0").remove("allowEmptyValue")), "compat.openapi.parameter", ERROR);
  }

  @Test
  void aParameterMovingLocationBreaksItsClients() {
    CompatibilityReport report = diff(d -> object(d, GET + "/parameters/0").put("in", "header"));
    Diagnostic moved = only(report, "compat.openapi.parameter", ERROR);

    assertThat(moved.message())
        .isEqualTo("outputport:trips GET path /trips/{id} query parameter fields moved to header");
    assertThat(moved.pointer()).isEqualTo(GET + "/parameters/0/in");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void aParameterOfTheSameNameAddedElsewhereIsNoMove() {
    CompatibilityReport report = diff(d -> set(d, GET + "/parameters",
        "[{name: fields, in: query, schema: {type: string}}, {name: fields, in: header, schema: {type: string}}]"));

    assertThat(report.findings()).extracting(f -> f.diagnostic().message(), f -> f.diagnostic().severity())
        .containsExactly(tuple("outputport:trips GET path /trips/{id} header parameter fields added", INFO));
  }

  @Test
  void requestBodiesMadeRequiredBreakAndTheirSchemasMayOnlyWiden() {
    only(diff(d -> object(d, POST + "/requestBody").put("required", false), d -> object(d, POST + "/requestBody")
        .put("required", true)), "compat.openapi.request-body", ERROR);
    Diagnostic narrowed = only(diff(d -> set(d, IN + "/components/schemas/Order/required", "[id, qty]")),
        "compat.jsonschema.required", ERROR);
    assertThat(narrowed.message()).contains("POST path /orders request body application/json: property qty became"
        + " required");
    Diagnostic widened = only(diff(d -> set(d, IN + "/components/schemas/Order/properties/qty", "{type: number}")),
        "compat.jsonschema.type", INFO);
    assertThat(widened.pointer()).as("the node that changed, behind the body's $ref")
        .isEqualTo(IN + "/components/schemas/Order/properties/qty/type");
  }

  @Test
  void aChangeInASchemaFileABodyRefersToIsLocatedInThatFile() throws IOException {
    String schema = "{\"type\": \"object\",\n \"properties\": {\"qty\": {\"type\": \"integer\", \"maximum\": %d}}}\n";
    Consumer<ObjectNode> external = d -> set(d, POST + "/requestBody/content/application~1json/schema",
        "{$ref: 'order.json'}");
    Path old = Files.createDirectories(dir.resolve("old"));
    Path now = Files.createDirectories(dir.resolve("new"));
    Files.writeString(old.resolve("order.json"), schema.formatted(10));
    Files.writeString(now.resolve("order.json"), schema.formatted(5));

    Diagnostic narrowed = only(checker.check(new CompatibilityFixture(old).version(DESCRIPTOR, external),
        new CompatibilityFixture(now).version(DESCRIPTOR, external)), "compat.jsonschema.bounds", ERROR);

    assertThat(narrowed.pointer()).isEqualTo(POST + "/requestBody/content/application~1json/schema");
    assertThat(narrowed.location()).get().satisfies(l -> {
      assertThat(l.uri().getPath()).endsWith("/order.json");
      assertThat(l.line()).isEqualTo(2);
    });
  }

  @Test
  void requestMediaTypesRemovedBreakAddedAreInfo() {
    only(diff(d -> set(d, POST + "/requestBody/content/application~1xml", "{schema: {type: string}}")),
        "compat.openapi.request-body", INFO);
    CompatibilityReport replaced = diff(d -> set(d, POST + "/requestBody/content",
        "{application/xml: {schema: {type: string}}}"));
    assertThat(replaced.findings()).extracting(f -> f.diagnostic().severity() + " " + f.diagnostic().message())
        .containsExactly("ERROR inputport:orders POST path /orders request body no longer accepts or returns"
            + " application/json", "INFO inputport:orders POST path /orders request body also accepts or returns"
            + " application/xml");
  }

  @Test
  void responseStatusesRemovedBreakOrWarnAndNewOnesWarn() {
    only(diff(d -> remove(d, GET + "/responses/200")), "compat.openapi.response", ERROR);
    only(diff(d -> remove(d, GET + "/responses/404")), "compat.openapi.response", WARNING);
    only(diff(d -> set(d, GET + "/responses/429", "{description: slow down}")), "compat.openapi.response",
        WARNING);
  }

  @Test
  void responseMediaTypesRemovedBreakAddedAreInfo() {
    only(diff(d -> set(d, GET + "/responses/200/content/text~1csv", "{schema: {type: string}}")),
        "compat.openapi.response", INFO);
    only(diff(d -> remove(d, GET + "/responses/200/content/application~1json")), "compat.openapi.response", ERROR);
  }

  @Test
  void responseSchemasMayOnlyNarrow() {
    String schema = GET + "/responses/200/content/application~1json/schema";

    only(diff(d -> set(d, schema + "/properties/status/enum", "[open, closed, cancelled]")),
        "compat.jsonschema.enum", ERROR);
    only(diff(d -> set(d, schema + "/required", "[id]")), "compat.jsonschema.required", ERROR);
    only(diff(d -> set(d, schema + "/properties/status/enum", "[open]")), "compat.jsonschema.enum", INFO);
  }

  @Test
  void aMediaTypeSchemaAddedOrRemovedIsJudgedAgainstTheAnyContentItsAbsenceAllowed() {
    String response = GET + "/responses/200/content/application~1json/schema";
    String request = POST + "/requestBody/content/application~1json/schema";

    Diagnostic anyResponse = only(diff(d -> remove(d, response)), "compat.jsonschema.type", ERROR);
    Diagnostic checkedRequest = only(diff(d -> remove(d, request), d -> set(d, request, "{type: object}")),
        "compat.jsonschema.type", ERROR);

    assertThat(anyResponse.message()).isEqualTo("outputport:trips GET path /trips/{id} response 200"
        + " application/json (no schema now): the schema type changed from [object] to any");
    assertThat(checkedRequest.message())
        .contains("application/json (no schema before): the schema type changed from any to");
    assertThat(diff(d -> remove(d, request)).findings()).extracting(f -> f.diagnostic().severity())
        .doesNotContain(ERROR, WARNING);
  }

  @Test
  void responseHeadersRemovedOrMadeOptionalBreakAddedAreInfo() {
    only(diff(d -> remove(d, GET + "/responses/200/headers/ETag")), "compat.openapi.header", ERROR);
    only(diff(d -> object(d, GET + "/responses/200/headers/ETag").put("required", false)), "compat.openapi.header",
        ERROR);
    only(diff(d -> set(d, GET + "/responses/200/headers/X-Rate", "{schema: {type: integer}}")),
        "compat.openapi.header", INFO);
  }

  @Test
  void securityAddedOrWidenedBreaksRemovedIsInfoSchemesMayNotChange() {
    only(diff(d -> set(d, OUT + "/security", "[{oauth: [read, write]}]")), "compat.openapi.security", ERROR);
    only(diff(d -> set(d, GET + "/security", "[{apiKey: []}]")), "compat.openapi.security", ERROR);
    only(diff(d -> remove(d, OUT + "/security")), "compat.openapi.security", INFO);
    only(diff(d -> object(d, OUT + "/components/securitySchemes/oauth").put("type", "openIdConnect")),
        "compat.openapi.security", ERROR);
  }

  @Test
  void anOperationsSecurityIsJudgedAsTheRequirementsInForce() {
    CompatibilityReport restated = diff(d -> set(d, GET + "/security", "[{oauth: [read]}]"));
    CompatibilityReport opened = diff(d -> set(d, GET + "/security", "[]"));
    Consumer<ObjectNode> own = d -> set(d, GET + "/security", "[{oauth: [read]}]");
    CompatibilityReport inherited = checker.check(fixture.version(DESCRIPTOR, own),
        fixture.version(DESCRIPTOR, d -> { }));

    assertThat(restated.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.openapi.documentation");
    assertThat(only(opened, "compat.openapi.security", INFO).message())
        .isEqualTo("outputport:trips GET path /trips/{id} security requirements removed");
    assertThat(inherited.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.openapi.documentation");
  }

  @Test
  void aParameterWrittenAtItsPathInsteadOfItsOperationIsTheSameParameter() {
    String path = OUT + "/paths/~1trips~1{id}";
    CompatibilityReport toPath = diff(d -> array(d, path + "/parameters").add(array(d, GET + "/parameters")
        .remove(0)));
    CompatibilityReport toOperation = diff(d -> array(d, GET + "/parameters").add(array(d, path + "/parameters")
        .remove(0)));

    assertThat(toPath.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.openapi.documentation");
    assertThat(toOperation.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.openapi.documentation");
  }

  @Test
  void aPropertyBecomingReadOnlyBreaksRequestsAndWriteOnlyBreaksResponses() {
    String response = GET + "/responses/200/content/application~1json/schema/properties/status";

    Diagnostic readOnly = only(diff(d -> object(d, IN + "/components/schemas/Order/properties/qty")
        .put("readOnly", true)), "compat.jsonschema.access", ERROR);
    only(diff(d -> object(d, response).put("writeOnly", true)), "compat.jsonschema.access", ERROR);
    only(diff(d -> object(d, response).put("readOnly", true)), "compat.jsonschema.access", INFO);
    assertThat(readOnly.message()).contains("request body application/json: qty became readOnly");
  }

  @Test
  void aDiscriminatorChangeBreaks() {
    String schema = GET + "/responses/200/content/application~1json/schema";
    only(diff(d -> set(d, schema + "/discriminator", "{propertyName: status}")), "compat.jsonschema.composition",
        ERROR);
  }

  @Test
  void aChangedOperationIdWarns() {
    only(diff(d -> object(d, GET).put("operationId", "readTrip")), "compat.openapi.operation-id", WARNING);
  }

  @Test
  void webhooksRemovedBreakAndTheirPayloadsAreWhatTheProductSends() {
    only(diff(d -> remove(d, IN + "/webhooks/orderShipped")), "compat.openapi.callback", ERROR);
    only(diff(d -> set(d, IN + "/webhooks/orderCancelled", "{post: {responses: {'200': {description: ok}}}}")),
        "compat.openapi.callback", INFO);
    String payload = IN + "/webhooks/orderShipped/post/requestBody/content/application~1json/schema";
    only(diff(d -> set(d, payload + "/properties/carrier", "{type: string}")), "compat.jsonschema.property-added",
        INFO);
    only(diff(d -> set(d, payload + "/properties/id", "{type: [string, integer]}")), "compat.jsonschema.type",
        ERROR);
  }

  @Test
  void callbacksRemovedBreak() {
    Consumer<ObjectNode> callback = d -> set(d, POST + "/callbacks",
        "{done: {'{$request.body#/url}': {post: {responses: {'200': {description: ok}}}}}}");

    only(diff(callback, d -> remove(d, POST + "/callbacks")), "compat.openapi.callback", ERROR);
  }

  @Test
  void anOperationChangedWhereNoRuleLooksWarnsUnlessOnlyItsDocumentationChanged() {
    CompatibilityReport links = diff(d -> set(d, GET + "/responses/200/links", "{self: {operationId: getTrip}}"));
    CompatibilityReport described = diff(d -> object(d, GET + "/parameters/0").put("description", "Which fields")
        .put("deprecated", true).put("x-owner", "trips"));

    assertThat(only(links, "compat.openapi.unknown", WARNING).message())
        .isEqualTo("outputport:trips GET path /trips/{id} changed in a part no rule covers");
    assertThat(described.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.openapi.documentation");
  }

  @Test
  void documentationIsInfoAPatchAndUnknownTopLevelFieldsWarn() {
    CompatibilityReport docs = diff(d -> {
      object(d, OUT + "/info").put("description", "All trips").put("version", "1.1.0");
      object(d, GET).put("summary", "One trip");
      set(d, OUT + "/tags", "[{name: trips}]");
    });

    assertThat(docs.findings()).extracting(f -> f.diagnostic().ruleId()).containsOnly(
        "compat.openapi.documentation");
    assertThat(docs.requiredBump()).as("not a change of the contract").isEqualTo(Bump.PATCH);
    only(diff(d -> object(d, OUT).put("x-internal", true).put("tracing", "on")), "compat.openapi.unknown",
        WARNING);
  }
}
