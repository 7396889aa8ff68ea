package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.identity.IdStrategy;
import io.dpds.internal.LoadedObject;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CheckRunTest {

  private static final URI ROOT = URI.create("mem://run/descriptor.yaml");

  private static final int PORTS = SchemaCheck.PORTS_CHECKED_LATER + 44;

  /** The size from which a validation reads a document's ports ahead. */
  private static final int READ_AHEAD_BYTES = 4 << 20;

  /**
   * Many ports, so many stretches, and enough for the schema check to check them as the run reaches them, with findings
   * of several checks, some of them on the same node.
   */
  static ResolvedDescriptor manyPorts() {
    return DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(ROOT.toString(), manyPorts(PORTS))))
        .build().load(ROOT).resolved().orElseThrow();
  }

  /** The descriptor of {@link #manyPorts()} with {@code ports} ports, as YAML. */
  static String manyPorts(int ports) {
    StringBuilder yaml = new StringBuilder("""
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:com.acme:dataproducts:run:1
          name: run
          version: 1.0.0
          domain: tests
          owner: {id: owner@acme.com}
        internalComponents:
          applicationComponents:
            - name: app
              version: 1.0.0
              dependsOn: [urn:dpds:com.acme:dataproducts:run:1:infrastructure:missing]
        interfaceComponents:
          outputPorts:
        """);
    for (int i = 0; i < ports; i++) {
      yaml.append("    - name: port").append(i % 7 == 6 ? i - 1 : i).append('\n')
          .append("      version: ").append(i % 11 == 0 ? "'1.0'" : "1.0.0").append('\n')
          .append("      fullyQualifiedName: urn:dpds:com.acme:dataproducts:run:1:outputports:")
          .append(i % 5 == 0 ? "other" : "port" + (i % 7 == 6 ? i - 1 : i)).append('\n')
          .append(i % 3 == 0 ? "      descriptin: misspelt\n" : "")
          .append("      promises:\n        servicesType: ")
          .append(i % 4 == 0 ? "streaming-service" : "streaming-services")
          .append("\n        api:\n          name: api").append(i).append("\n          version: 1.0.0\n")
          .append("          specification: asyncapi\n          specificationVersion: 2.6.0\n")
          .append("          definition: {asyncapi: ").append(i % 6 == 0 ? "2.5.0" : "2.6.0").append("}\n");
    }
    return yaml.toString();
  }

  @Test
  void checksSideBySideFindWhatTheyFindOneAfterTheOtherInTheSameOrder() {
    ResolvedDescriptor resolved = manyPorts();
    CheckContext alone = new CheckContext(resolved, Profile.DEFAULT);
    List<Diagnostic> oneAfterTheOther = new ArrayList<>();
    alone.reportTo(oneAfterTheOther);
    builtInChecks().forEach(check -> check.check(alone));

    List<Diagnostic> sideBySide = new CheckRun(builtInChecks()).run(new CheckContext(resolved, Profile.DEFAULT));

    assertThat(alone.objects().size()).isGreaterThan(5 * CheckRun.STRETCH);
    assertThat(sideBySide).extracting(Diagnostic::ruleId).contains("format.version", "property.unknown",
        "promises.services-type",
        "fqn.component", "unique.name", "api.version-mismatch", "depends-on.unresolved");
    assertThat(sideBySide).map(CheckRunTest::text).containsExactlyElementsOf(
        oneAfterTheOther.stream().map(CheckRunTest::text).toList());
    CheckContext listedBefore = new CheckContext(resolved, Profile.DEFAULT);
    assertThat(listedBefore.objects()).hasSameSizeAs(alone.objects());
    assertThat(new CheckRun(builtInChecks()).run(listedBefore)).map(CheckRunTest::text) // listed once, looked at once
        .containsExactlyElementsOf(sideBySide.stream().map(CheckRunTest::text).toList());
  }

  @Test
  void theSameFindingsWhetherTheValidationReadsTheNextPortAheadOrNot() {
    String ports = manyPorts(3 * PORTS);
    String line = "  " + "a".repeat(1 << 16) + "\n"; // YAML lines are read up to 1 MiB
    String yaml = "x-padding: |\n" + line.repeat(READ_AHEAD_BYTES / line.length() + 1) + ports; // read ahead
    Map<String, String> documents = Map.of(ROOT.toString(), yaml);
    ValidationReport ahead = validate(documents, true);
    ValidationReport notAhead = validate(documents, false);

    assertThat(ahead.diagnostics()).hasSizeGreaterThan(3 * PORTS)
        .containsExactlyElementsOf(notAhead.diagnostics());
    assertThat(readAhead(ahead, 0)).isPositive(); // nothing reads the first port ahead
    assertThat(readAhead(ahead, 1)).isZero(); // read ahead as the first was bound
    assertThat(readAhead(ahead, 3 * PORTS - 1)).isZero();
    assertThat(readAhead(notAhead, 0)).isZero();
  }

  @Test
  void theSameFindingsWhetherTheValidationReadsAheadPortsWrittenAsDocumentsOrNot() {
    int ports = 64;
    String padding = "a".repeat(READ_AHEAD_BYTES / ports); // the ports of the list make 4 MiB
    Map<String, String> documents = new HashMap<>();
    StringBuilder root = new StringBuilder("""
        {"dataProductDescriptor": "1.0.0", "info": {"fullyQualifiedName": "urn:dpds:com.acme:dataproducts:run:1",
          "name": "run", "version": "1.0.0", "domain": "tests", "owner": {"id": "owner@acme.com"}},
         "interfaceComponents": {"outputPorts": [""");
    for (int i = 0; i < ports; i++) {
      root.append(i == 0 ? "" : ", ").append("{\"$ref\": \"port").append(i).append(".json\"}");
      documents.put(ROOT.resolve("port" + i + ".json").toString(), "{\"x-padding\": \"" + padding
          + "\", \"name\": \"port" + (i % 7 == 6 ? i - 1 : i) + "\", \"version\": \""
          + (i % 11 == 0 ? "1.0" : "1.0.0") + "\"" + (i % 3 == 0 ? ", \"descriptin\": \"misspelt\"}" : "}"));
    }
    documents.put(ROOT.toString(), root.append("]}}").toString());
    ValidationReport ahead = validate(documents, true);
    ValidationReport notAhead = validate(documents, false);

    assertThat(ahead.diagnostics()).hasSizeGreaterThan(ports / 3)
        .containsExactlyElementsOf(notAhead.diagnostics());
    assertThat(readAhead(ahead, 0)).isPositive(); // nothing reads the first port ahead
    assertThat(readAhead(ahead, 1)).isZero(); // read ahead as the first was bound
    assertThat(readAhead(notAhead, 0)).isZero();
  }

  /** A validation of {@code documents} from {@link #ROOT}, as the validator reads ports by default (ahead) or not. */
  private static ValidationReport validate(Map<String, String> documents, boolean byDefault) {
    return DescriptorValidator.builder().loader(loader -> {
      loader.loader(ResourceLoader.inMemory(documents));
      if (!byDefault) {
        loader.readAheadPorts(false);
      }
    }).build().validate(ROOT);
  }

  private static int readAhead(ValidationReport report, int port) {
    return ((LoadedObject) report.resolved().orElseThrow().tree().at("/interfaceComponents/outputPorts/" + port))
        .readAhead();
  }

  @Test
  void aCheckThatFailsMidwayKeepsWhatItFoundAndTheOthersRunToTheEnd() {
    ResolvedDescriptor resolved = manyPorts();
    int failAt = 2 * CheckRun.STRETCH + 3; // in the third stretch
    Counting failing = new Counting(failAt);
    Counting after = new Counting(-1);

    List<Diagnostic> found = new CheckRun(List.of(failing, after)).run(new CheckContext(resolved, Profile.DEFAULT));

    int objects = new CheckContext(resolved, Profile.DEFAULT).objects().size();
    assertThat(failing.visited).isEqualTo(failAt + 1);
    assertThat(failing.finished).isFalse();
    assertThat(after.visited).isEqualTo(objects);
    assertThat(after.finished).isTrue();
    assertThat(found).extracting(Diagnostic::ruleId).containsExactlyElementsOf(
        ruleIds(failAt, ValidationRules.CHECK_FAILED, objects + 1));
    assertThat(found.get(failAt).message()).contains(Counting.class.getName(), "visit " + failAt);
  }

  /**
   * One run serves every validation of its validator, one after the other or several at once, each with its findings
   * apart: a check that failed in one validation is called again in the next.
   */
  @Test
  void oneRunServesValidationsOneAfterTheOtherAndAtOnce() throws Exception {
    ResolvedDescriptor resolved = manyPorts();
    List<DescriptorCheck> checks = new ArrayList<>(builtInChecks());
    checks.add(new ObjectCheck() {
      @Override
      public List<Rule> rules() {
        return List.of();
      }

      @Override
      public Pass start(CheckContext context) {
        return (objects, from, to) -> {
          throw new IllegalStateException("at " + objects.get(from).pointer());
        };
      }
    });
    CheckRun run = new CheckRun(checks);
    Callable<List<String>> validation = () -> run.run(new CheckContext(resolved, Profile.DEFAULT)).stream()
        .map(CheckRunTest::text).toList();

    List<String> first = validation.call();
    List<String> second = validation.call();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<List<String>>> atOnce;
    try {
      atOnce = threads.invokeAll(Collections.nCopies(6, validation));
    } finally {
      threads.shutdownNow();
    }

    assertThat(first).filteredOn(text -> text.startsWith(ValidationRules.CHECK_FAILED.id())).hasSize(1);
    assertThat(first).hasSizeGreaterThan(PORTS);
    assertThat(second).containsExactlyElementsOf(first);
    for (Future<List<String>> other : atOnce) {
      assertThat(other.get()).containsExactlyElementsOf(first);
    }
  }

  @Test
  void theFindingsOfOneRuleAreCollectedFromTheChecksThatListIt() {
    Rule one = new Rule("test.one", Severity.ERROR, "one", "h");
    Rule two = new Rule("test.two", Severity.WARNING, "two", "h");
    List<DescriptorCheck> checks = new ArrayList<>(builtInChecks());
    checks.add(reporting(List.of(one, two), context -> {
      context.report(one, "/info", "first");
      context.report(two, "/info", "second");
      context.report(one, "", "third");
    }));
    checks.add(reporting(List.of(two), context -> context.report(two, "", "fourth")));
    CheckRun run = new CheckRun(checks);
    ResolvedDescriptor resolved = manyPorts();
    List<Diagnostic> ofOne = new ArrayList<>();
    List<Diagnostic> ofTwo = new ArrayList<>();
    List<Diagnostic> ofTargetType = new ArrayList<>();

    List<Diagnostic> all = run.run(new CheckContext(resolved, Profile.DEFAULT), one, ofOne);

    assertThat(all).map(CheckRunTest::text)
        .containsExactlyElementsOf(run.run(new CheckContext(resolved, Profile.DEFAULT)).stream()
            .map(CheckRunTest::text).toList());
    assertThat(ofOne).extracting(Diagnostic::message).containsExactly("first", "third");
    run.run(new CheckContext(resolved, Profile.DEFAULT), two, ofTwo);
    assertThat(ofTwo).extracting(Diagnostic::message).containsExactly("second", "fourth");
    run.run(new CheckContext(resolved, Profile.DEFAULT), ValidationRules.REF_TARGET_TYPE, ofTargetType);
    assertThat(ofTargetType).isEmpty();
    assertThat(all).filteredOn(d -> d.ruleId().equals(ValidationRules.REF_TARGET_TYPE.id())).isEmpty();
  }

  private static DescriptorCheck reporting(List<Rule> rules, Consumer<CheckContext> reports) {
    return new DescriptorCheck() {
      @Override
      public List<Rule> rules() {
        return rules;
      }

      @Override
      public void check(CheckContext context) {
        reports.accept(context);
      }
    };
  }

  /**
   * Each stretch is looked at as soon as the walk has listed it, before the objects after it are listed; a lookup by
   * pointer then finds what is listed so far, and once every object is listed, the ones after; a whole check runs after
   * the listing and sees every object.
   */
  @Test
  void stretchesAreLookedAtAsTheyAreListedAndWholeChecksSeeEveryObject() {
    ResolvedDescriptor resolved = manyPorts();
    List<ObjectSite> all = new CheckContext(resolved, Profile.DEFAULT).objects();
    int objects = all.size();
    String lastPointer = all.get(objects - 1).pointer();
    List<String> seen = new ArrayList<>();
    ObjectCheck watching = new ObjectCheck() {
      @Override
      public List<Rule> rules() {
        return List.of();
      }

      @Override
      public Pass start(CheckContext context) {
        return new Pass() {
          @Override
          public void visit(List<ObjectSite> listed, int from, int to) {
            seen.add(from + "-" + to + " of " + context.listedSoFar().size() + ", first found "
                + context.object(listed.get(from).pointer()).isPresent() + ", last found "
                + context.object(lastPointer).isPresent());
          }

          @Override
          public void finish() {
            seen.add("finish, last found " + context.object(lastPointer).isPresent());
          }
        };
      }
    };
    DescriptorCheck whole = new DescriptorCheck() {
      @Override
      public List<Rule> rules() {
        return List.of();
      }

      @Override
      public void check(CheckContext context) {
        seen.add("whole check sees " + context.objects().size());
      }
    };

    new CheckRun(List.of(whole, watching)).run(new CheckContext(resolved, Profile.DEFAULT));

    int stretches = (objects + CheckRun.STRETCH - 1) / CheckRun.STRETCH;
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < stretches; k++) {
      int from = k * CheckRun.STRETCH;
      int to = Math.min(objects, from + CheckRun.STRETCH);
      expected.add(from + "-" + to + " of " + to + ", first found true, last found " + (to == objects));
    }
    expected.add("whole check sees " + objects);
    expected.add("finish, last found true");
    assertThat(stretches).isGreaterThan(5);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  /** {@code counted} counts, then {@code then}, then as many counts again as {@code after}. */
  private static List<String> ruleIds(int counted, Rule then, int after) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < counted; i++) {
      ids.add(Counting.COUNT.id());
    }
    ids.add(then.id());
    for (int i = 0; i < after; i++) {
      ids.add(Counting.COUNT.id());
    }
    return ids;
  }

  private static List<DescriptorCheck> builtInChecks() {
    return DescriptorValidator.builtInChecks(IdStrategy.UUID_V5);
  }

  private static String text(Diagnostic d) {
    return d.ruleId() + " " + d.pointer() + " " + d.message() + " " + d.location().map(Object::toString).orElse("");
  }

  /** Reports each object it visits and its finish; throws at visit {@code failAt} (never when negative). */
  private static final class Counting implements ObjectCheck {
    static final Rule COUNT = ValidationRules.PROPERTY_UNKNOWN;
    private final int failAt;
    int visited;
    boolean finished;

    Counting(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public List<Rule> rules() {
      return List.of(COUNT);
    }

    @Override
    public Pass start(CheckContext context) {
      return new Pass() {
        @Override
        public void visit(List<ObjectSite> objects, int from, int to) {
          assertThat(from).isEqualTo(visited);
          for (int index = from; index < to; index++) {
            visited++;
            if (index == failAt) {
              throw new IllegalStateException("visit " + index);
            }
            context.report(COUNT, objects.get(index).pointer(), "visited");
          }
        }

        @Override
        public void finish() {
          finished = true;
          context.report(COUNT, "", "finished");
        }
      };
    }
  }
}
