package io.dpds.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A port's API and its payloads, read once per descriptor under the load's rules. */
class ApiTest {

  private static final String ROOT = "mem:/product/descriptor.yaml";

  private static final Map<String, String> FILES = Map.of(
      ROOT, """
          dataProductDescriptor: 1.0.0
          info: {name: trips}
          interfaceComponents:
            outputPorts:
              - name: status
                promises:
                  api:
                    specification: asyncapi
                    definition:
                      asyncapi: 2.6.0
                      channels:
                        trip/status:
                          subscribe:
                            message:
                              schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                              payload: {$ref: 'schemas/status.avsc'}
              - name: rest
                promises:
                  api:
                    specification: openapi
                    definition: {$href: 'apis/rest.yaml'}
              - name: broken
                promises:
                  api:
                    definition: {$href: 'apis/missing.yaml'}
          """,
      "mem:/product/schemas/status.avsc", """
          {
            "type": "record",
            "name": "Status",
            "fields": [{"name": "id", "type": "string"}]
          }
          """,
      "mem:/product/apis/rest.yaml", """
          openapi: 3.0.3
          paths:
            /trips/{id}:
              get:
                responses:
                  '200':
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Trip'}
          components:
            schemas:
              Trip: {type: object, required: [id]}
          """);

  /** Serves {@link #FILES}, counting the reads of each. */
  private static final class Counting implements ResourceLoader {
    final ConcurrentMap<URI, AtomicInteger> reads = new ConcurrentHashMap<>();

    @Override
    public boolean supports(URI uri) {
      return "mem".equals(uri.getScheme());
    }

    @Override
    public byte[] read(URI uri, long maxBytes) throws ResourceException {
      reads.computeIfAbsent(uri, u -> new AtomicInteger()).incrementAndGet();
      String text = FILES.get(uri.toString());
      if (text == null) {
        throw new ResourceException(ResourceException.Kind.NOT_FOUND, uri + " does not exist");
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private final Counting counting = new Counting();
  private final ResolvedDescriptor descriptor = DescriptorLoader.builder().loader(counting).build()
      .load(URI.create(ROOT)).resolved().orElseThrow();

  @Test
  void anAsyncApiPayloadInAnotherFileIsReadThereAndLocatedInItsOwnFile() {
    Api api = Api.of(descriptor, "/interfaceComponents/outputPorts/0").orElseThrow();

    assertThat(api.specification()).isEqualTo("asyncapi");
    assertThat(api.pointer()).isEqualTo("/interfaceComponents/outputPorts/0/promises/api/definition");
    assertThat(api.payloads()).singleElement().satisfies(p -> {
      assertThat(p.format()).startsWith("application/vnd.apache.avro+json");
      assertThat(p.schema().format()).isEqualTo(p.format());
      assertThat(p.schema().node().path("name").asText()).isEqualTo("Status");
      assertThat(p.owner()).isEqualTo("subscribe trip/status");
      assertThat(p.pointer()).isEqualTo(api.pointer() + "/channels/trip~1status/subscribe/message/payload");
      assertThat(p.schema().inDescriptor()).isFalse();
      assertThat(p.schema().pointer("/fields/0")).as("reported at the reference that led there")
          .isEqualTo(p.pointer());
      assertThat(p.location()).get().satisfies(l -> {
        assertThat(l.uri()).hasToString("mem:/product/schemas/status.avsc");
        assertThat(l.line()).isEqualTo(1);
      });
      assertThat(p.schema().locate("/fields/0/name")).get().extracting(l -> l.line()).isEqualTo(4);
    });
  }

  @Test
  void aPayloadWhoseReferenceCannotBeFollowedIsUnreadableOneInATextDocumentNeither() {
    String root = "mem:/p/d.yaml";
    ResolvedDescriptor read = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(root, """
        dataProductDescriptor: 1.0.0
        interfaceComponents:
          outputPorts:
            - name: status
              promises:
                api:
                  specification: asyncapi
                  definition:
                    asyncapi: 2.6.0
                    channels:
                      gone: {subscribe: {message: {name: Gone, payload: {$ref: 'gone.avsc'}}}}
                      nowhere: {subscribe: {message: {$ref: '#/components/messages/nowhere'}}}
                      proto: {subscribe: {message: {name: Proto, payload: {$ref: 'e.proto'}}}}
                      here: {subscribe: {message: {name: Here, payload: {type: string}}}}
        """, "mem:/p/e.proto", "syntax = \"proto3\";\n"))).build().load(URI.create(root)).resolved().orElseThrow();

    Api api = Api.of(read, "/interfaceComponents/outputPorts/0").orElseThrow();

    assertThat(api.payloads()).extracting(Api.Payload::owner).containsExactly("Here");
    assertThat(api.unreadablePayloads()).extracting(Api.Payload::owner, p -> p.schema().node().path("$ref").asText())
        .containsExactly(tuple("Gone", "gone.avsc"), tuple("subscribe nowhere", "#/components/messages/nowhere"));
    assertThat(api.unreadablePayloads().get(0).pointer()).isEqualTo(api.pointer() + "/channels/gone/subscribe/message"
        + "/payload");
  }

  @Test
  void aChainOfReferencesIsFollowedToItsEndAndACycleIsMissing() {
    String root = "mem:/p/d.yaml";
    ResolvedDescriptor read = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(root, """
        dataProductDescriptor: 1.0.0
        interfaceComponents:
          outputPorts:
            - name: events
              promises:
                api:
                  definition:
                    asyncapi: 3.0.0
                    channels:
                      events: {messages: {created: {$ref: '#/components/messages/Created'}}}
                    operations:
                      send: {messages: [{$ref: '#/channels/events/messages/created'}]}
                    components:
                      messages:
                        Created: {$ref: 'messages.yaml#/Created'}
                        Ping: {$ref: '#/components/messages/Pong'}
                        Pong: {$ref: '#/components/messages/Ping'}
        """, "mem:/p/messages.yaml", "Created: {name: Created, payload: {type: string}}\n")))
        .build().load(URI.create(root)).resolved().orElseThrow();
    ApiNode definition = ApiNode.definition(read, "/interfaceComponents/outputPorts/0/promises/api/definition");

    ApiNode message = definition.at("/operations/send/messages/0").dereferenced();

    assertThat(message.node().path("name").asText()).isEqualTo("Created");
    assertThat(message.inDescriptor()).as("in the file the chain ends in").isFalse();
    assertThat(message.locate("")).get().extracting(l -> l.uri().toString()).isEqualTo("mem:/p/messages.yaml");
    assertThat(definition.at("/components/messages/Ping").dereferenced().isMissing()).isTrue();
    assertThat(definition.at("/channels/events").dereferenced().node().has("messages")).as("no reference")
        .isTrue();
  }

  @Test
  void aPointerThatMeetsAReferenceGoesOnWhereTheReferenceLeads() {
    String root = "mem:/p/d.yaml";
    ResolvedDescriptor read = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(root, """
        dataProductDescriptor: 1.0.0
        interfaceComponents:
          outputPorts:
            - name: events
              promises:
                api:
                  definition:
                    asyncapi: 3.0.0
                    channels:
                      events: {$ref: '#/components/channels/events'}
                      elsewhere: {$ref: 'channels.yaml#/elsewhere'}
                      loop: {$ref: '#/channels/loop/messages'}
                    components:
                      channels:
                        events: {messages: {created: {$ref: '#/components/messages/Created'}}, tags: [{name: a}]}
                      messages:
                        Created: {name: Created, payload: {type: string}}
        """, "mem:/p/channels.yaml", "elsewhere: {messages: {moved: {name: Moved}}}\n")))
        .build().load(URI.create(root)).resolved().orElseThrow();
    ApiNode definition = ApiNode.definition(read, "/interfaceComponents/outputPorts/0/promises/api/definition");

    ApiNode created = definition.resolve("#/channels/events/messages/created").orElseThrow().dereferenced();
    ApiNode moved = definition.resolve("#/channels/elsewhere/messages/moved").orElseThrow();

    assertThat(created.node().path("name").asText()).isEqualTo("Created");
    assertThat(created.pointer("")).isEqualTo(definition.pointer("/components/messages/Created"));
    assertThat(definition.resolve("#/channels/events/tags/0/name")).get().extracting(n -> n.node().asText())
        .isEqualTo("a");
    assertThat(moved.node().path("name").asText()).isEqualTo("Moved");
    assertThat(moved.locate("")).get().extracting(l -> l.uri().toString()).isEqualTo("mem:/p/channels.yaml");
    assertThat(definition.resolve("#/channels/events/messages/gone")).isEmpty();
    assertThat(definition.resolve("#/channels/loop/messages/x")).as("a pointer into itself").isEmpty();
  }

  @Test
  void theApiOfAStandardDefinitionNodeTheCallerHoldsIsThePortsApi() {
    for (int port = 0; port < 3; port++) {
      String pointer = "/interfaceComponents/outputPorts/" + port;
      Optional<Api> byPort = Api.of(descriptor, pointer);
      Optional<Api> byNode = Api.ofStandardDefinition(descriptor, pointer + "/promises/api",
          descriptor.tree().at(pointer + "/promises/api"));
      assertThat(byNode.map(Api::pointer)).isEqualTo(byPort.map(Api::pointer));
      assertThat(byNode.map(Api::specification)).isEqualTo(byPort.map(Api::specification));
      assertThat(byNode.map(api -> api.payloads().stream().map(Api.Payload::pointer).toList()))
          .isEqualTo(byPort.map(api -> api.payloads().stream().map(Api.Payload::pointer).toList()));
    }
    assertThat(Api.of(descriptor, "/interfaceComponents/outputPorts/0")).isPresent();
  }

  @Test
  void anOpenApiDefinitionBehindAnHrefHasItsBodiesWithTheirOwnReferencesFollowed() {
    Api api = Api.of(descriptor, "/interfaceComponents/outputPorts/1").orElseThrow();

    assertThat(api.location()).get().extracting(l -> l.uri().toString()).isEqualTo("mem:/product/apis/rest.yaml");
    assertThat(api.payloads()).singleElement().satisfies(p -> {
      assertThat(p.format()).isEqualTo("application/json");
      assertThat(p.owner()).isEqualTo("get /trips/{id} 200");
      assertThat(p.schema().node().path("required").get(0).asText()).isEqualTo("id");
      assertThat(p.location()).get().extracting(l -> l.line()).isEqualTo(12);
    });
  }

  @Test
  void aDefinitionThatCannotBeReadIsNoApiAndAPortWithoutOneNeither() {
    assertThat(Api.of(descriptor, "/interfaceComponents/outputPorts/2")).isEmpty();
    assertThat(Api.of(descriptor, "/interfaceComponents/outputPorts/9")).isEmpty();
    assertThat(ApiNode.definition(descriptor, "/info").resolve("#/nowhere")).isEmpty();
    assertThat(ApiNode.definition(descriptor, "/info").resolve("::not a uri")).isEmpty();
  }

  @Test
  void eachDocumentIsReadOnceWhoeverAsksAndFromAnyNumberOfThreads() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> asks = IntStream.range(0, 32).mapToObj(i -> threads.submit(() -> {
        int payloads = 0;
        for (int port = 0; port < 3; port++) {
          payloads += Api.of(descriptor, "/interfaceComponents/outputPorts/" + port).map(a -> a.payloads().size())
              .orElse(0);
        }
        return payloads;
      })).toList();
      for (Future<Integer> ask : asks) {
        assertThat(ask.get()).isEqualTo(2);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(counting.reads).hasSize(4).allSatisfy((uri, count) -> assertThat(count.get()).as(uri.toString())
        .isEqualTo(1));
  }
}
