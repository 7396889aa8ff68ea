package io.dpds.compat.payload;

import static io.dpds.compat.payload.SchemaFixtures.compare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dpds.compat.payload.SchemaFixtures.Found;
import io.dpds.report.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas small on disk that explode in Apache Avro's own compatibility check are judged within a budget. */
class AvroBudgetTest {

  private static final AvroPayloadEngine AVRO = new AvroPayloadEngine();

  /** Nested definitions: L0 { a: L1 {...}, b: L1 }, ..., L{depth} { v: leafType }. */
  private static String nested(int level, int depth, String leafType) {
    if (level == depth) {
      return "{'type':'record','name':'L" + level + "','fields':[{'name':'v','type':'" + leafType + "'}]}";
    }
    return "{'type':'record','name':'L" + level + "','fields':[{'name':'a','type':" + nested(level + 1, depth, leafType)
        + "},{'name':'b','type':'L" + (level + 1) + "'}]}";
  }

  /** A union of {@code branches} one-field records, leaving out every {@code skip}th from {@code from} on. */
  private static String union(int branches, int skipEvery) {
    StringBuilder schema = new StringBuilder("[");
    for (int i = 0; i < branches; i++) {
      if (skipEvery > 0 && i % skipEvery == 0 && i / skipEvery < 10) {
        continue;
      }
      schema.append(schema.length() > 1 ? "," : "").append("{'type':'record','name':'R").append(i)
          .append("','fields':[{'name':'f','type':'int'}]}");
    }
    return schema.append("]").toString();
  }

  @Test
  void namedTypesReusedFortyLevelsDeepAreJudgedWithinTheBudget() {
    String old = nested(0, 40, "string");
    String now = nested(0, 40, "int");

    List<Found> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compare(AVRO, old, now));

    assertThat(found).anyMatch(f -> f.rule().equals("compat.avro.type") && f.message().contains("L40.v"))
        .anyMatch(f -> f.rule().equals("compat.avro.unprovable"));
  }

  @Test
  void aUnionOfFourThousandRecordsWithTenRemovedIsJudgedWithinTheBudget() {
    String old = union(4_000, 0);
    String now = union(4_000, 400);

    List<Found> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compare(AVRO, old, now));

    assertThat(found).filteredOn(f -> f.rule().equals("compat.avro.union")).hasSize(10)
        .allMatch(f -> f.oldWriters() == Severity.ERROR, "data of a removed record branch is unreadable");
    assertThat(found).anyMatch(f -> f.rule().equals("compat.avro.unprovable"));
  }
}
