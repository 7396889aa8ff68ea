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
import io.dpds.compat.spi.PayloadChanges;
import io.dpds.compat.spi.PayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
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
 * One test per row of table b5 (AsyncAPI), on an output port whose 2.6 definition sends trips (payload in an Avro
 * file beside the descriptor) and an input port whose 3.0 definition receives events (inline Avro payload).
 */
class AsyncApiComparisonTest {

  private static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info: {fullyQualifiedName: 'urn:dpds:org.example:dataproducts:fleet:1', name: fleet, version: 1.0.0,
             domain: logistics, owner: {id: owner@example.org}}
      interfaceComponents:
        inputPorts:
          - name: events
            version: 1.0.0
            promises:
              api:
                name: eventsApi
                version: 1.0.0
                specification: asyncapi
                specificationVersion: 3.0.0
                definition:
                  asyncapi: 3.0.0
                  info: {title: Events, version: 1.0.0}
                  servers:
                    prod: {host: 'kafka:9092', protocol: kafka}
                  channels:
                    events:
                      address: fleet.events
                      messages:
                        event:
                          name: Event
                          payload:
                            schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                            schema: {type: record, name: Event, fields: [{name: id, type: string}]}
                  operations:
                    receiveEvents:
                      action: receive
                      channel: {$ref: '#/channels/events'}
                      messages: [{$ref: '#/channels/events/messages/event'}]
        outputPorts:
          - name: trips
            version: 1.0.0
            promises:
              api:
                name: tripsApi
                version: 1.0.0
                specification: asyncapi
                specificationVersion: 2.6.0
                definition:
                  asyncapi: 2.6.0
                  info: {title: Trips, version: 1.0.0}
                  servers:
                    prod:
                      url: 'kafka.example.org:{port}'
                      protocol: kafka
                      variables: {port: {enum: ['9092', '9093'], default: '9092'}}
                  channels:
                    fleet.trips:
                      subscribe:
                        operationId: readTrips
                        message:
                          name: Trip
                          schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                          contentType: application/vnd.apache.avro+json
                          correlationId: {location: '$message.header#/id'}
                          payload: {$ref: 'trip.avsc'}
      """;
  private static final String TRIP = """
      {"type": "record", "name": "Trip", "fields": [{"name": "id", "type": "string"}%s]}
      """;
  private static final String OUT = "/interfaceComponents/outputPorts/0/promises/api/definition";
  private static final String IN = "/interfaceComponents/inputPorts/0/promises/api/definition";
  private static final String OUT_CHANNEL = OUT + "/channels/fleet.trips";
  private static final String OUT_MESSAGE = OUT_CHANNEL + "/subscribe/message";

  @TempDir Path dir;
  CompatibilityFixture old;
  CompatibilityFixture now;
  CompatibilityChecker checker;

  @BeforeEach
  void setUp() throws IOException {
    old = new CompatibilityFixture(Files.createDirectories(dir.resolve("old")));
    now = new CompatibilityFixture(Files.createDirectories(dir.resolve("new")));
    avsc("old", "");
    avsc("new", "");
    checker = CompatibilityChecker.builder().clock(ChangeJudgeTest.JUNE).build();
  }

  private void avsc(String version, String extraFields) throws IOException {
    Files.writeString(dir.resolve(version).resolve("trip.avsc"), TRIP.formatted(extraFields));
  }

  private CompatibilityReport diff(Consumer<ObjectNode> edit) {
    return diff(checker, edit);
  }

  private CompatibilityReport diff(CompatibilityChecker with, Consumer<ObjectNode> edit) {
    CompatibilityReport report = with.check(old.version(DESCRIPTOR, d -> { }), now.version(DESCRIPTOR, edit));
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
  void aRemovedChannelBreaksAndAnAddedOneIsInfo() {
    CompatibilityReport removed = diff(d -> remove(d, OUT + "/channels/fleet.trips"));
    CompatibilityReport added = diff(d -> set(d, IN + "/channels/alerts", "{address: fleet.alerts}"));

    assertThat(only(removed, "compat.asyncapi.channel", ERROR).message())
        .isEqualTo("outputport:trips channel fleet.trips removed");
    only(removed, "compat.asyncapi.operation", ERROR);
    only(added, "compat.asyncapi.channel", INFO);
  }

  @Test
  void aChangedAddressBreaks() {
    Diagnostic d = only(diff(d1 -> object(d1, IN + "/channels/events").put("address", "fleet.events.v2")),
        "compat.asyncapi.channel", ERROR);
    assertThat(d.pointer()).isEqualTo(IN + "/channels/events/address");
  }

  @Test
  void operationsRemovedBreakAddedAreInfo() {
    CompatibilityReport removed = diff(d -> remove(d, IN + "/operations/receiveEvents"));
    CompatibilityReport added = diff(d -> set(d, OUT_CHANNEL + "/publish", "{operationId: sendTrips}"));

    only(removed, "compat.asyncapi.operation", ERROR);
    only(added, "compat.asyncapi.operation", INFO);
  }

  @Test
  void aFlippedOrMovedOperationBreaks() {
    CompatibilityReport flipped = diff(d -> object(d, IN + "/operations/receiveEvents").put("action", "send"));
    CompatibilityReport moved = diff(d -> {
      set(d, IN + "/channels/other", "{address: fleet.other}");
      object(d, IN + "/operations/receiveEvents/channel").put("$ref", "#/channels/other");
    });
    CompatibilityReport v2 = diff(d -> object(d, OUT_CHANNEL).set("publish", object(d, OUT_CHANNEL)
        .remove("subscribe")));

    assertThat(only(flipped, "compat.asyncapi.operation", ERROR).message()).contains("flipped from receive to send");
    assertThat(moved.findings()).extracting(f -> f.diagnostic().message())
        .contains("inputport:events operation receiveEvents moved from channel events to other");
    assertThat(v2.findings()).extracting(f -> f.diagnostic().message()).contains(
        "outputport:trips operation subscribe fleet.trips removed", "outputport:trips operation publish fleet.trips"
            + " added");
  }

  @Test
  void aMessageAddedWhereTheProductSendsIsAWarningWhereItReceivesInfo() {
    CompatibilityReport sent = diff(d -> set(d, OUT_CHANNEL + "/subscribe/message",
        "{oneOf: [{name: Trip, payload: {type: string}}, {name: Cancelled, payload: {type: string}}]}"));
    CompatibilityReport received = diff(d -> {
      set(d, IN + "/channels/events/messages/late", "{name: Late, payload: {type: string}}");
      array(d, IN + "/operations/receiveEvents/messages")
          .add(CompatibilityFixture.json("{\"$ref\":\"#/channels/events/messages/late\"}"));
    });

    assertThat(sent.findings()).extracting(f -> f.diagnostic().ruleId() + " " + f.diagnostic().severity())
        .contains("compat.asyncapi.message WARNING");
    only(received, "compat.asyncapi.message", INFO);
  }

  @Test
  void aRemovedMessageBreaks() {
    only(diff(d -> set(d, IN + "/operations/receiveEvents/messages", "[]")), "compat.asyncapi.message", ERROR);
  }

  @Test
  void avroPayloadsAreJudgedForTheDirectionOfTheirOperation() {
    CompatibilityReport sent = diff(d -> { });
    CompatibilityReport received = diff(d -> array(d, IN + "/channels/events/messages/event/payload/schema/fields")
        .add(CompatibilityFixture.json("{\"name\":\"km\",\"type\":\"int\"}")));

    assertThat(sent.findings()).isEmpty();
    Diagnostic in = only(received, "compat.avro.field-added", ERROR);
    assertThat(in.message()).startsWith("inputport:events operation receiveEvents message event payload: field"
        + " Event.km added without a default");
    assertThat(in.pointer()).isEqualTo(IN + "/channels/events/messages/event/payload/schema/fields/1");
  }

  @Test
  void aMessageAnOperationNamesThroughItsChannelFromComponentsIsJudged() {
    Consumer<ObjectNode> inComponents = d -> toComponents(d, "/channels/events/messages/event", "messages", "Event");
    String event = IN + "/components/messages/Event";
    CompatibilityReport field = checker.check(old.version(DESCRIPTOR, inComponents),
        now.version(DESCRIPTOR, inComponents.andThen(d -> array(d, event + "/payload/schema/fields")
            .add(CompatibilityFixture.json("{\"name\":\"km\",\"type\":\"int\"}")))));
    CompatibilityReport type = checker.check(old.version(DESCRIPTOR, inComponents),
        now.version(DESCRIPTOR, inComponents.andThen(d -> object(d, event).put("contentType", "application/json"))));

    Diagnostic added = only(field, "compat.avro.field-added", ERROR);
    assertThat(added.message()).startsWith("inputport:events operation receiveEvents message event payload: field"
        + " Event.km added without a default");
    assertThat(added.pointer()).isEqualTo(event + "/payload/schema/fields/1");
    assertThat(only(type, "compat.asyncapi.content-type", ERROR).message()).isEqualTo("inputport:events operation"
        + " receiveEvents message event changed its content type from none to application/json");
  }

  @Test
  void aMessageNamedThroughAChannelThatIsAComponentReferenceIsJudged() {
    Consumer<ObjectNode> channelInComponents = d -> toComponents(d, "/channels/events", "channels", "events");
    String fields = IN + "/components/channels/events/messages/event/payload/schema/fields";

    CompatibilityReport field = checker.check(old.version(DESCRIPTOR, channelInComponents),
        now.version(DESCRIPTOR, channelInComponents.andThen(d -> array(d, fields)
            .add(CompatibilityFixture.json("{\"name\":\"km\",\"type\":\"int\"}")))));

    assertThat(only(field, "compat.avro.field-added", ERROR).pointer()).isEqualTo(fields + "/1");
  }

  /** Moves the node at {@code from} of the input port's API into its {@code components} and refers to it there. */
  private static void toComponents(ObjectNode descriptor, String from, String kind, String name) {
    set(descriptor, IN + "/components", "{" + kind + ": {}}");
    object(descriptor, IN + "/components/" + kind).set(name, object(descriptor, IN + from));
    set(descriptor, IN + from, "{$ref: '#/components/" + kind + "/" + name + "'}");
  }

  @Test
  void anAvroFileBehindAnUnchangedDefinitionIsComparedToo() throws IOException {
    avsc("new", ", {\"name\": \"km\", \"type\": \"int\"}");
    CompatibilityReport addedField = diff(d -> { });
    avsc("new", "");
    avsc("old", ", {\"name\": \"km\", \"type\": \"int\"}");
    CompatibilityReport removedField = diff(d -> { });

    Diagnostic added = only(addedField, "compat.avro.field-added", INFO);
    assertThat(added.location().get().uri().getPath()).endsWith("new/trip.avsc");
    assertThat(added.pointer()).isEqualTo(OUT_MESSAGE + "/payload");
    assertThat(addedField.requiredBump()).isEqualTo(Bump.MINOR);
    Diagnostic removed = only(removedField, "compat.avro.field-removed", ERROR);
    assertThat(removed.location().get().uri().getPath()).endsWith("old/trip.avsc");
    assertThat(removed.location().get().line()).isEqualTo(1);
  }

  @Test
  void fullModeJudgesBothColumns() throws IOException {
    avsc("new", ", {\"name\": \"km\", \"type\": \"int\"}");
    CompatibilityChecker full = CompatibilityChecker.builder()
        .mode(new PortId(PortKind.OUTPUT, "trips"), CompatibilityMode.FULL).build();
    CompatibilityChecker backward = CompatibilityChecker.builder()
        .mode(new PortId(PortKind.OUTPUT, "trips"), CompatibilityMode.BACKWARD).build();

    only(diff(full, d -> { }), "compat.avro.field-added", ERROR);
    only(diff(backward, d -> { }), "compat.avro.field-added", ERROR);
    only(diff(d -> { }), "compat.avro.field-added", INFO);
  }

  @Test
  void aChangedFormatBreaks() {
    CompatibilityReport schemaFormat = diff(d -> object(d, OUT_MESSAGE)
        .put("schemaFormat", "application/schema+json;version=draft-07"));
    CompatibilityReport contentType = diff(d -> object(d, OUT_MESSAGE).put("contentType", "application/json"));
    CompatibilityReport defaultType = diff(d -> object(d, IN).put("defaultContentType", "application/json"));

    assertThat(only(schemaFormat, "compat.asyncapi.content-type", ERROR).message()).isEqualTo("outputport:trips"
        + " operation subscribe fleet.trips message Trip changed its schemaFormat from"
        + " application/vnd.apache.avro+json;version=1.9.0 to application/schema+json;version=draft-07");
    assertThat(only(contentType, "compat.asyncapi.content-type", ERROR).message()).isEqualTo("outputport:trips"
        + " operation subscribe fleet.trips message Trip changed its content type from application/vnd.apache.avro+json"
        + " to application/json");
    assertThat(only(defaultType, "compat.asyncapi.content-type", ERROR).message()).isEqualTo("inputport:events"
        + " operation receiveEvents message event changed its content type from none to application/json");
  }

  @Test
  void aDefaultContentTypeNoMessageFallsBackOnChangesNoFormat() {
    CompatibilityReport report = diff(d -> object(d, OUT).put("defaultContentType", "text/plain"));

    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId(), f -> f.diagnostic().severity())
        .containsExactly(tuple("compat.asyncapi.documentation", INFO));
  }

  @Test
  void aPayloadThatCannotBeReadInTheNewVersionCannotBeProvenUnchanged() throws IOException {
    Files.delete(dir.resolve("new").resolve("trip.avsc"));

    CompatibilityReport report = diff(d -> { });

    assertThat(only(report, "compat.asyncapi.payload-unjudged", WARNING).message()).isEqualTo("outputport:trips"
        + " operation subscribe fleet.trips message Trip payload refers to 'trip.avsc', which cannot be read in the"
        + " new version");
    Files.delete(dir.resolve("old").resolve("trip.avsc"));
    assertThat(diff(d -> { }).findings()).as("the same unreadable reference: validation's to report").isEmpty();
    CompatibilityReport beside = diff(d -> object(d, OUT_MESSAGE + "/payload").putObject("$defs").put("x", 1));
    assertThat(only(beside, "compat.asyncapi.payload-unjudged", WARNING).message()).as("changed beside it")
        .endsWith("payload refers to 'trip.avsc', which cannot be read in either version, and what is written beside"
            + " it changed");
  }

  @Test
  void aPayloadInATextDocumentIsNotComparedButAnotherReferenceToOneIsAWarning() throws IOException {
    for (String version : List.of("old", "new")) {
      Files.writeString(dir.resolve(version).resolve("trip.proto"), "syntax = \"proto3\";\n");
      Files.writeString(dir.resolve(version).resolve("trip2.proto"), "syntax = \"proto3\";\n");
    }
    Consumer<ObjectNode> proto = d -> object(d, OUT_MESSAGE).put("schemaFormat", "application/vnd.google.protobuf")
        .set("payload", object(d, OUT_MESSAGE).objectNode().put("$ref", "trip.proto"));

    CompatibilityReport same = checker.check(old.version(DESCRIPTOR, proto), now.version(DESCRIPTOR, proto));
    CompatibilityReport moved = checker.check(old.version(DESCRIPTOR, proto), now.version(DESCRIPTOR,
        proto.andThen(d -> object(d, OUT_MESSAGE + "/payload").put("$ref", "trip2.proto"))));

    assertThat(same.findings()).isEmpty();
    assertThat(only(moved, "compat.asyncapi.payload-unjudged", WARNING).message()).endsWith(
        "message Trip payload changed from 'trip.proto' to 'trip2.proto', which no engine compares");
  }

  @Test
  void jsonPayloadsAndHeadersAreJudgedByTheJsonSchemaEngine() {
    Consumer<ObjectNode> json = d -> set(d, IN + "/channels/events/messages/event/payload",
        "{type: object, properties: {id: {type: string}}}");

    CompatibilityReport payload = checker.check(old.version(DESCRIPTOR, json), now.version(DESCRIPTOR,
        json.andThen(d -> set(d, IN + "/channels/events/messages/event/payload/required", "[id]"))));
    CompatibilityReport headers = checker.check(
        old.version(DESCRIPTOR, d -> set(d, OUT_MESSAGE + "/headers", "{type: object}")),
        now.version(DESCRIPTOR, d -> set(d, OUT_MESSAGE + "/headers", "{type: object, additionalProperties: true,"
            + " properties: {id: {type: string}}}")));

    assertThat(only(payload, "compat.jsonschema.required", ERROR).message())
        .contains("operation receiveEvents message event payload: property id became required");
    only(headers, "compat.jsonschema.property-added", INFO);
  }

  @Test
  void onlyTheSchemaDraftLabelChangingIsAWarning() {
    Consumer<ObjectNode> json = d -> object(d, IN + "/channels/events/messages/event/payload")
        .put("schemaFormat", "application/schema+json;version=draft-07")
        .set("schema", CompatibilityFixture.json("{\"type\":\"object\"}"));

    CompatibilityReport report = checker.check(old.version(DESCRIPTOR, json), now.version(DESCRIPTOR,
        json.andThen(d -> object(d, IN + "/channels/events/messages/event/payload")
            .put("schemaFormat", "application/schema+json;version=2020-12"))));

    assertThat(only(report, "compat.asyncapi.content-type", WARNING).message()).contains("only the schema draft");
  }

  /** The output port's 2.6 definition as AsyncAPI 3.0 writes it, {@code %s} standing for what the tests change. */
  private static final String TRIPS_V3 = """
      asyncapi: 3.0.0
      info: {title: Trips, version: 1.0.0}
      servers:
        prod: {host: '%s', protocol: kafka, variables: {port: {enum: ['9092', '9093'], default: '9092'}}}
      channels:
        trips:
          address: fleet.trips
          messages:
            trip:
              name: Trip
              contentType: application/vnd.apache.avro+json
              correlationId: {location: '$message.header#/id'}
              payload: {schemaFormat: application/vnd.apache.avro+json;version=1.9.0, schema: %s}
      operations:
        publishTrips:
          action: %s
          channel: {$ref: '#/channels/trips'}
          messages: [{$ref: '#/channels/trips/messages/trip'}]
      """;

  private CompatibilityReport migrated(String host, String schema, String action) {
    return diff(d -> set(d, OUT, TRIPS_V3.formatted(host, schema, action)));
  }

  @Test
  void aDefinitionMigratedFromAsyncApi2To3AsItWasIsOnlyToReview() {
    CompatibilityReport report = migrated("kafka.example.org:{port}", "{$ref: 'trip.avsc'}", "send");

    assertThat(report.findings()).as("%s", report.findings()).hasSize(1);
    assertThat(only(report, "compat.api.definition", WARNING).message())
        .contains("AsyncAPI 2 and 3 are compared by channel address, direction, message and payload");
    assertThat(report.compatible()).isTrue();
  }

  @Test
  void aMigratedChannelParameterIsJudgedByItsValues() {
    Consumer<ObjectNode> v2 = d -> set(d, OUT_CHANNEL + "/parameters",
        "{region: {schema: {type: string, enum: [eu, us]}}}");
    Consumer<ObjectNode> v3 = d -> set(d, OUT, TRIPS_V3.formatted("kafka.example.org:{port}", "{$ref: 'trip.avsc'}",
        "send"));

    CompatibilityReport same = checker.check(old.version(DESCRIPTOR, v2), now.version(DESCRIPTOR,
        v3.andThen(d -> set(d, OUT + "/channels/trips/parameters", "{region: {enum: [eu, us]}}"))));
    CompatibilityReport fewer = checker.check(old.version(DESCRIPTOR, v2), now.version(DESCRIPTOR,
        v3.andThen(d -> set(d, OUT + "/channels/trips/parameters", "{region: {enum: [eu]}}"))));

    assertThat(same.findings()).as("%s", same.findings()).hasSize(1);
    only(same, "compat.api.definition", WARNING);
    assertThat(only(fewer, "compat.asyncapi.parameters", ERROR).message())
        .isEqualTo("outputport:trips channel fleet.trips parameter region lost values [us]");
  }

  @Test
  void aMigrationToAsyncApi3IsComparedByAddressDirectionMessageAndPayload() {
    CompatibilityReport payload = migrated("kafka.example.org:{port}",
        "{type: record, name: Trip, fields: [{name: id, type: long}]}", "send");
    CompatibilityReport flipped = migrated("kafka.example.org:{port}", "{$ref: 'trip.avsc'}", "receive");
    CompatibilityReport moved = migrated("kafka.example.com:{port}", "{$ref: 'trip.avsc'}", "send");

    assertThat(payload.compatible()).isFalse();
    assertThat(payload.findings()).map(CompatibilityFinding::diagnostic)
        .filteredOn(d -> d.severity() == ERROR).isNotEmpty()
        .allSatisfy(d -> assertThat(d.message()).startsWith("outputport:trips operation send on fleet.trips message"
            + " Trip payload"));
    assertThat(flipped.findings()).map(CompatibilityFinding::diagnostic)
        .filteredOn(d -> d.ruleId().equals("compat.asyncapi.operation"))
        .extracting(Diagnostic::severity, Diagnostic::message)
        .containsExactly(tuple(ERROR, "outputport:trips operation send on fleet.trips removed"),
            tuple(INFO, "outputport:trips operation receive on fleet.trips added"));
    assertThat(only(moved, "compat.asyncapi.server", ERROR).message())
        .isEqualTo("outputport:trips server prod moved from kafka.example.org:{port} to kafka.example.com:{port}");
  }

  @Test
  void aDefinitionBehindAnHrefIsReadAndCompared() throws IOException {
    String api = "asyncapi: 3.0.0\nchannels:\n  c: {address: a%s}\n";
    Files.writeString(dir.resolve("old/events.yaml"), api.formatted(""));
    Files.writeString(dir.resolve("new/events.yaml"), api.formatted(".v2"));
    Consumer<ObjectNode> href = d -> set(d, IN, "{$href: events.yaml, mediaType: application/yaml}");

    Diagnostic moved = only(checker.check(old.version(DESCRIPTOR, href), now.version(DESCRIPTOR, href)),
        "compat.asyncapi.channel", ERROR);

    assertThat(moved.location().get().uri().getPath()).endsWith("new/events.yaml");
    assertThat(moved.location().get().line()).isEqualTo(3);
  }

  @Test
  void anEngineRegisteredOnTheBuilderJudgesItsFormat() {
    Rule field = new Rule("proto.field-type", ERROR, "A field changed type", "Keep the type.");
    PayloadEngine protobuf = new PayloadEngine() {
      @Override
      public String name() {
        return "Protobuf";
      }

      @Override
      public boolean reads(String format) {
        return format.startsWith("application/vnd.google.protobuf");
      }

      @Override
      public void compare(PayloadSchema a, PayloadSchema b, PayloadChanges changes) {
        changes.report(field, ERROR, INFO, "id changed type", "", "");
      }

      @Override
      public List<Rule> rules() {
        return List.of(field);
      }
    };
    Consumer<ObjectNode> proto = d -> set(d, OUT_MESSAGE, "{schemaFormat: application/vnd.google.protobuf;version=3,"
        + " payload: 'message Trip { string id = 1; }'}");
    CompatibilityChecker withProtobuf = CompatibilityChecker.builder().payloadEngine(protobuf)
        .severity("proto.field-type", WARNING).build();

    CompatibilityReport report = withProtobuf.check(old.version(DESCRIPTOR, proto), now.version(DESCRIPTOR,
        proto.andThen(d -> object(d, OUT_MESSAGE).put("payload", "message Trip { int64 id = 1; }"))));

    assertThat(only(report, "proto.field-type", WARNING).message())
        .isEqualTo("outputport:trips operation subscribe fleet.trips message #0 payload: id changed type");
  }

  @Test
  void aPayloadNoEngineReadsCannotBeProvenSafe() {
    Consumer<ObjectNode> proto = d -> set(d, IN + "/channels/events/messages/event/payload",
        "{schemaFormat: application/vnd.google.protobuf;version=3, schema: 'message Event { string id = 1; }'}");

    CompatibilityReport report = checker.check(old.version(DESCRIPTOR, proto), now.version(DESCRIPTOR,
        proto.andThen(d -> object(d, IN + "/channels/events/messages/event/payload")
            .put("schema", "message Event { int64 id = 1; }"))));
    CompatibilityReport avroAdded = checker.check(old.version(DESCRIPTOR, d -> remove(d, OUT_MESSAGE + "/payload")),
        now.version(DESCRIPTOR, d -> { }));

    assertThat(only(report, "compat.asyncapi.payload-unjudged", WARNING).message())
        .contains("no engine reads application/vnd.google.protobuf;version=3");
    assertThat(only(avroAdded, "compat.asyncapi.payload-unjudged", WARNING).message()).contains("payload added");
  }

  @Test
  void headersAddedOrRemovedAreJudgedAgainstTheAnyHeadersTheirAbsenceAllowed() {
    String headers = "{type: object, properties: {h: {type: string}}, required: [h]}";
    String inMessage = IN + "/channels/events/messages/event/headers";
    Consumer<ObjectNode> withHeaders = d -> set(d, inMessage, headers);

    CompatibilityReport sentNarrower = diff(d -> set(d, OUT_MESSAGE + "/headers", headers));
    CompatibilityReport receivedNarrower = checker.check(old.version(DESCRIPTOR, d -> { }),
        now.version(DESCRIPTOR, withHeaders));
    CompatibilityReport receivedWider = checker.check(old.version(DESCRIPTOR, withHeaders),
        now.version(DESCRIPTOR, d -> { }));

    assertThat(sentNarrower.findings()).extracting(f -> f.diagnostic().severity()).containsOnly(Severity.INFO);
    Diagnostic required = only(receivedNarrower, "compat.jsonschema.property-added", ERROR);
    assertThat(required.message()).isEqualTo("inputport:events operation receiveEvents message event headers"
        + " (no schema before): property h added, required to an open model");
    assertThat(required.pointer()).isEqualTo(inMessage + "/properties/h");
    assertThat(receivedNarrower.findings()).noneMatch(f -> f.diagnostic().ruleId().endsWith("payload-unjudged"));
    assertThat(receivedWider.findings()).extracting(f -> f.diagnostic().severity()).doesNotContain(ERROR, WARNING);
    assertThat(receivedWider.findings()).anyMatch(f -> f.diagnostic().message().contains("headers (no schema now): "));
  }

  @Test
  void aRemovedOrMovedCorrelationIdBreaksWhereRepliesMayUseIt() {
    only(diff(d -> remove(d, OUT_MESSAGE + "/correlationId")), "compat.asyncapi.correlation-id", ERROR);
    only(diff(d -> set(d, OUT_MESSAGE + "/correlationId", "{location: '$message.payload#/id'}")),
        "compat.asyncapi.correlation-id", ERROR);
    Consumer<ObjectNode> correlated = d -> set(d, IN + "/channels/events/messages/event/correlationId",
        "{location: '$message.header#/id'}");
    only(checker.check(old.version(DESCRIPTOR, correlated), now.version(DESCRIPTOR, d -> { })),
        "compat.asyncapi.correlation-id", WARNING);
  }

  @Test
  void aMessageChangedWhereNoRuleLooksWarns() {
    CompatibilityReport traits = diff(d -> set(d, OUT_MESSAGE + "/traits", "[{headers: {type: object}}]"));

    assertThat(only(traits, "compat.asyncapi.unknown", WARNING).message()).isEqualTo("outputport:trips operation"
        + " subscribe fleet.trips message Trip changed in a part no rule covers");
  }

  @Test
  void documentationChangesAreInfoAndAPatch() {
    CompatibilityReport report = diff(d -> {
      object(d, OUT_MESSAGE).put("title", "A trip").put("summary", "One trip");
      object(d, OUT + "/info").put("version", "1.1.0").put("description", "All trips");
      object(d, IN).put("x-owner", "fleet");
    });

    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId()).containsOnly(
        "compat.asyncapi.documentation");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.diagnostic().severity()).isEqualTo(INFO));
    assertThat(report.requiredBump()).as("not a change of the contract").isEqualTo(Bump.PATCH);
  }

  @Test
  void anAvroPayloadChangingOnlyItsDocumentationIsAPatch() throws IOException {
    Files.writeString(dir.resolve("new").resolve("trip.avsc"), TRIP.formatted("").replace("\"name\": \"Trip\",",
        "\"name\": \"Trip\", \"doc\": \"One trip\","));

    CompatibilityReport report = diff(d -> { });

    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.avro.documentation");
    assertThat(report.requiredBump()).isEqualTo(Bump.PATCH);
  }

  @Test
  void aPayloadSchemaChangingOnlyItsAnnotationsIsAPatch() {
    Consumer<ObjectNode> json = d -> set(d, IN + "/channels/events/messages/event/payload",
        "{type: object, properties: {id: {type: string}}}");

    CompatibilityReport report = checker.check(old.version(DESCRIPTOR, json), now.version(DESCRIPTOR,
        json.andThen(d -> object(d, IN + "/channels/events/messages/event/payload").put("description", "An event"))));

    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.jsonschema.documentation");
    assertThat(report.requiredBump()).isEqualTo(Bump.PATCH);
  }

  @Test
  void serversRemovedOrMovedBreakAddedAreInfo() {
    only(diff(d -> remove(d, IN + "/servers/prod")), "compat.asyncapi.server", ERROR);
    only(diff(d -> object(d, IN + "/servers/prod").put("host", "kafka2:9092")), "compat.asyncapi.server", ERROR);
    only(diff(d -> object(d, OUT + "/servers/prod").put("protocol", "kafka-secure")), "compat.asyncapi.server",
        ERROR);
    only(diff(d -> set(d, IN + "/servers/dr", "{host: 'dr:9092', protocol: kafka}")), "compat.asyncapi.server",
        INFO);
  }

  @Test
  void aServerVariableLosingAValueOrChangingItsDefaultBreaks() {
    assertThat(only(diff(d -> set(d, OUT + "/servers/prod/variables/port/enum", "['9092']")),
        "compat.asyncapi.server", ERROR).message()).endsWith("server prod variable port lost values [9093]");
    assertThat(only(diff(d -> remove(d, OUT + "/servers/prod/variables/port/enum")), "compat.asyncapi.server", INFO)
        .message()).endsWith("server prod variable port is no longer limited");
    assertThat(only(diff(d -> set(d, OUT + "/servers/prod/variables/port/enum", "['9092', '9093', '9094']")),
        "compat.asyncapi.server", INFO).message()).endsWith("server prod variable port gained values [9094]");
    Consumer<ObjectNode> open = d -> remove(d, OUT + "/servers/prod/variables/port/enum");
    assertThat(only(checker.check(old.version(DESCRIPTOR, open), now.version(DESCRIPTOR, d -> { })),
        "compat.asyncapi.server", ERROR).message()).endsWith("server prod variable port is now limited to"
        + " [\"9092\",\"9093\"]");
    only(diff(d -> object(d, OUT + "/servers/prod/variables/port").put("default", "9093")),
        "compat.asyncapi.server", ERROR);
  }

  @Test
  void securityAddedBreaksRemovedIsInfo() {
    Consumer<ObjectNode> secured = d -> set(d, IN + "/servers/prod/security", "[{sasl: []}]");

    only(diff(secured), "compat.asyncapi.security", ERROR);
    CompatibilityReport removed = checker.check(old.version(DESCRIPTOR, secured), now.version(DESCRIPTOR, d -> { }));
    only(removed, "compat.asyncapi.security", INFO);
  }

  @Test
  void aSecuritySchemeThatChangesWhatClientsPresentBreaksFewerScopesAreInfo() {
    Consumer<ObjectNode> secured = d -> {
      set(d, IN + "/components", "{securitySchemes: {oauth: {type: oauth2, flows: {clientCredentials:"
          + " {tokenUrl: 'https://auth.example.org', availableScopes: {read: r, write: w}}}, scopes: [read]}}}");
      set(d, IN + "/servers/prod/security", "[{$ref: '#/components/securitySchemes/oauth'}]");
    };
    String scheme = IN + "/components/securitySchemes/oauth";

    Diagnostic type = only(checker.check(old.version(DESCRIPTOR, secured), now.version(DESCRIPTOR,
        secured.andThen(d -> set(d, scheme + "/type", "httpApiKey")))), "compat.asyncapi.security", ERROR);
    Diagnostic more = only(checker.check(old.version(DESCRIPTOR, secured), now.version(DESCRIPTOR,
        secured.andThen(d -> set(d, scheme + "/scopes", "[read, write]")))), "compat.asyncapi.security", ERROR);
    Diagnostic fewer = only(checker.check(old.version(DESCRIPTOR, secured), now.version(DESCRIPTOR,
        secured.andThen(d -> set(d, scheme + "/scopes", "[]")))), "compat.asyncapi.security", INFO);

    assertThat(type.message()).isEqualTo("inputport:events security scheme oauth type changed");
    assertThat(type.pointer()).isEqualTo(scheme + "/type");
    assertThat(more.message()).isEqualTo("inputport:events security scheme oauth requires more scopes");
    assertThat(fewer.message()).isEqualTo("inputport:events security scheme oauth requires fewer scopes");
  }

  @Test
  void channelParametersAddedBreakRemovedWarn() {
    Consumer<ObjectNode> parameter = d -> set(d, IN + "/channels/events/parameters", "{region: {}}");

    only(diff(parameter), "compat.asyncapi.parameters", ERROR);
    only(checker.check(old.version(DESCRIPTOR, parameter), now.version(DESCRIPTOR, d -> { })),
        "compat.asyncapi.parameters", WARNING);
  }

  @Test
  void aChannelParameterLosingAValueOrChangingItsDefaultBreaks() {
    Consumer<ObjectNode> region = d -> {
      object(d, IN + "/channels/events").put("address", "fleet.{region}.events");
      set(d, IN + "/channels/events/parameters", "{region: {enum: [eu, us], default: eu}}");
    };
    String parameter = IN + "/channels/events/parameters/region";

    assertThat(only(checker.check(old.version(DESCRIPTOR, region), now.version(DESCRIPTOR, region.andThen(
        d -> set(d, parameter + "/enum", "[eu]")))), "compat.asyncapi.parameters", ERROR).message())
        .isEqualTo("inputport:events channel events parameter region lost values [us]");
    assertThat(only(checker.check(old.version(DESCRIPTOR, region), now.version(DESCRIPTOR, region.andThen(
        d -> object(d, parameter).put("default", "us")))), "compat.asyncapi.parameters", ERROR).message())
        .isEqualTo("inputport:events channel events parameter region default changed");
    only(checker.check(old.version(DESCRIPTOR, region), now.version(DESCRIPTOR, region.andThen(
        d -> set(d, parameter + "/enum", "[eu, us, ap]")))), "compat.asyncapi.parameters", INFO);
  }

  @Test
  void aTwoPointXChannelParameterIsJudgedByItsSchemaAndAnyOtherChangeWarns() {
    Consumer<ObjectNode> region = d -> set(d, OUT_CHANNEL + "/parameters",
        "{region: {$ref: '#/components/parameters/region'}}");
    Consumer<ObjectNode> declared = region.andThen(d -> set(d, OUT + "/components",
        "{parameters: {region: {schema: {type: string, enum: [eu, us]}, location: '$message.payload#/region'}}}"));
    String parameter = OUT + "/components/parameters/region";

    Diagnostic lost = only(checker.check(old.version(DESCRIPTOR, declared), now.version(DESCRIPTOR,
        declared.andThen(d -> set(d, parameter + "/schema/enum", "[eu]")))), "compat.asyncapi.parameters", ERROR);
    Diagnostic moved = only(checker.check(old.version(DESCRIPTOR, declared), now.version(DESCRIPTOR,
        declared.andThen(d -> object(d, parameter).put("location", "$message.header#/region")))),
        "compat.asyncapi.unknown", WARNING);

    assertThat(lost.message()).isEqualTo("outputport:trips channel fleet.trips parameter region lost values [us]");
    assertThat(lost.pointer()).isEqualTo(parameter + "/schema/enum");
    assertThat(moved.message()).isEqualTo("outputport:trips channel fleet.trips parameter region changed in a part"
        + " no rule covers");
  }

  @Test
  void aChannelChangedWhereNoRuleLooksWarnsAndInItsDocumentationIsInfo() {
    CompatibilityReport servers = diff(d -> set(d, IN + "/channels/events/servers", "[{$ref: '#/servers/prod'}]"));
    CompatibilityReport title = diff(d -> object(d, IN + "/channels/events").put("title", "Fleet events"));

    assertThat(only(servers, "compat.asyncapi.unknown", WARNING).message())
        .isEqualTo("inputport:events channel events changed in a part no rule covers");
    assertThat(only(title, "compat.asyncapi.documentation", INFO).message())
        .isEqualTo("inputport:events channel events changed its documentation");
  }

  @Test
  void kafkaTopicAndKeyChangesBreakOtherBindingsWarn() {
    Consumer<ObjectNode> bound = d -> {
      set(d, IN + "/channels/events/bindings", "{kafka: {topic: fleet.events, partitions: 3}}");
      set(d, IN + "/channels/events/messages/event/bindings", "{kafka: {key: {type: string}}}");
    };

    only(checker.check(old.version(DESCRIPTOR, bound), now.version(DESCRIPTOR, bound.andThen(d ->
        object(d, IN + "/channels/events/bindings/kafka").put("topic", "fleet.events.v2")))),
        "compat.asyncapi.bindings", ERROR);
    only(checker.check(old.version(DESCRIPTOR, bound), now.version(DESCRIPTOR, bound.andThen(d ->
        object(d, IN + "/channels/events/bindings/kafka").put("partitions", 6)))),
        "compat.asyncapi.bindings", WARNING);
    only(checker.check(old.version(DESCRIPTOR, bound), now.version(DESCRIPTOR, bound.andThen(d ->
        set(d, IN + "/channels/events/messages/event/bindings/kafka/key", "{type: int}")))),
        "compat.asyncapi.bindings", ERROR);
  }

  @Test
  void aChangedReplyBreaks() {
    only(diff(d -> set(d, IN + "/operations/receiveEvents/reply", "{address: {location: '$message.header#/r'}}")),
        "compat.asyncapi.reply", ERROR);
    Consumer<ObjectNode> replied = d -> set(d, IN + "/operations/receiveEvents/reply",
        "{address: {location: '$message.header#/r'}}");
    Diagnostic moved = only(checker.check(old.version(DESCRIPTOR, replied), now.version(DESCRIPTOR, replied.andThen(
        d -> set(d, IN + "/operations/receiveEvents/reply/address/location", "'$message.header#/to'")))),
        "compat.asyncapi.reply", ERROR);
    assertThat(moved.message()).isEqualTo("inputport:events operation receiveEvents reply address changed");
  }

  @Test
  void aReplysMessagesAreJudgedFlowingTheOtherWayAndItsDocumentationIsInfo() {
    Consumer<ObjectNode> replied = d -> {
      set(d, IN + "/channels/answers", "{address: fleet.answers, messages: {answer: {payload: {type: object,"
          + " properties: {ok: {type: boolean}}}}}}");
      set(d, IN + "/operations/receiveEvents/reply", "{channel: {$ref: '#/channels/answers'}}");
    };
    CompatibilityReport added = checker.check(old.version(DESCRIPTOR, replied), now.version(DESCRIPTOR,
        replied.andThen(d -> set(d, IN + "/channels/answers/messages/answer/payload/properties/why",
            "{type: string}"))));
    CompatibilityReport documented = checker.check(old.version(DESCRIPTOR, replied), now.version(DESCRIPTOR,
        replied.andThen(d -> object(d, IN + "/operations/receiveEvents/reply").put("description", "the answer"))));

    Diagnostic property = only(added, "compat.jsonschema.property-added", INFO);
    assertThat(property.message()).startsWith("inputport:events operation receiveEvents reply message answer payload:"
        + " property why added");
    assertThat(added.findings()).as("the product sends the reply: an optional property it adds is safe")
        .allMatch(f -> f.diagnostic().severity() != ERROR);
    assertThat(only(documented, "compat.asyncapi.documentation", INFO).message())
        .isEqualTo("inputport:events operation receiveEvents reply changed its documentation");
  }

  @Test
  void anUnknownTopLevelFieldCannotBeProvenSafe() {
    only(diff(d -> object(d, IN).put("tracing", "on")), "compat.asyncapi.unknown", WARNING);
  }
}
