package io.dpds.compat.payload;

import static io.dpds.compat.payload.SchemaFixtures.compare;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.compat.payload.SchemaFixtures.Found;
import io.dpds.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per row of table b2, each asserting both columns: old readers (OUT) and old writers (IN). */
class AvroPayloadEngineTest {

  private static final AvroPayloadEngine AVRO = new AvroPayloadEngine();

  /** A record Trip in namespace fleet with the given fields (JSON, single quotes allowed). */
  private static String trip(String fields) {
    return "{'type':'record','name':'Trip','namespace':'fleet','fields':[" + fields + "]}";
  }

  private static final String ID = "{'name':'id','type':'string'}";

  /** The one finding of {@code rule}; Avro's own check must agree with the rules (no compat.avro.incompatible). */
  private static Found only(List<Found> found, String rule, Severity oldReaders, Severity oldWriters) {
    assertThat(found).extracting(Found::rule).doesNotContain("compat.avro.incompatible");
    assertThat(found).as("%s", found).filteredOn(f -> f.rule().equals(rule)).hasSize(1);
    Found f = found.stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(f.oldReaders()).as("OUT column of %s", f).isEqualTo(oldReaders);
    assertThat(f.oldWriters()).as("IN column of %s", f).isEqualTo(oldWriters);
    return f;
  }

  @Test
  void readsAvroMediaTypesOnly() {
    assertThat(AVRO.reads("application/vnd.apache.avro+json;version=1.9.0")).isTrue();
    assertThat(AVRO.reads("application/vnd.apache.avro;version=1.9.0")).isTrue();
    assertThat(AVRO.reads("application/schema+json;version=draft-07")).isFalse();
  }

  @Test
  void identicalSchemasHaveNoChange() {
    assertThat(compare(AVRO, trip(ID), trip(ID))).isEmpty();
  }

  @Test
  void fieldAddedWithoutDefaultBreaksOldWriters() {
    Found f = only(compare(AVRO, trip(ID), trip(ID + ",{'name':'km','type':'int'}")), "compat.avro.field-added",
        INFO, ERROR);
    assertThat(f.message()).isEqualTo("field Trip.km added without a default");
    assertThat(f.newPath()).isEqualTo("/fields/1");
    assertThat(f.oldPath()).isNull();
  }

  @Test
  void fieldAddedWithDefaultIsSafe() {
    only(compare(AVRO, trip(ID), trip(ID + ",{'name':'km','type':'int','default':0}")), "compat.avro.field-added",
        INFO, INFO);
  }

  @Test
  void fieldRemovedThatHadADefaultIsSafe() {
    only(compare(AVRO, trip(ID + ",{'name':'km','type':'int','default':0}"), trip(ID)),
        "compat.avro.field-removed", INFO, INFO);
  }

  @Test
  void fieldRemovedWithoutDefaultBreaksOldReaders() {
    Found f = only(compare(AVRO, trip(ID + ",{'name':'km','type':'int'}"), trip(ID)), "compat.avro.field-removed",
        ERROR, INFO);
    assertThat(f.oldPath()).isEqualTo("/fields/1");
  }

  @Test
  void fieldRenamedWithAnAliasBreaksOldReadersUnlessTheOldFieldHadADefault() {
    only(compare(AVRO, trip("{'name':'km','type':'int'}"),
        trip("{'name':'distance','type':'int','aliases':['km']}")), "compat.avro.field-renamed", ERROR, INFO);
    only(compare(AVRO, trip("{'name':'km','type':'int','default':0}"),
        trip("{'name':'distance','type':'int','aliases':['km']}")), "compat.avro.field-renamed", INFO, INFO);
    assertThat(compare(AVRO, trip("{'name':'km','type':'int'}"),
        trip("{'name':'distance','type':'int','aliases':['km']}"))).as("the alias is the rename's, not news")
        .extracting(Found::rule).containsExactly("compat.avro.field-renamed");
    assertThat(compare(AVRO, trip("{'name':'km','type':'int'}"),
        trip("{'name':'distance','type':'int','aliases':['km','dist']}"))).extracting(Found::message)
        .contains("Trip.km changed its aliases");
  }

  @Test
  void aRenamedFieldsTypeChangeIsJudgedForItsWritersAloneOldReadersDoNotMatchIt() {
    List<Found> found = compare(AVRO, trip("{'name':'km','type':'int','default':0}"),
        trip("{'name':'distance','type':'string','aliases':['km']}"));

    only(found, "compat.avro.field-renamed", INFO, INFO);
    only(found, "compat.avro.type", INFO, ERROR);
  }

  @Test
  void fieldRenamedWithoutAliasIsARemovalAndAnAddition() {
    List<Found> found = compare(AVRO, trip("{'name':'km','type':'int'}"), trip("{'name':'distance','type':'int'}"));

    only(found, "compat.avro.field-removed", ERROR, INFO);
    only(found, "compat.avro.field-added", INFO, ERROR);
    List<Found> withDefault = compare(AVRO, trip("{'name':'km','type':'int'}"),
        trip("{'name':'distance','type':'int','default':0}"));
    only(withDefault, "compat.avro.field-added", INFO, INFO);
  }

  @Test
  void promotionsBreakOldReadersDemotionsBreakOldWriters() {
    for (String[] promotion : new String[][] {{"int", "long"}, {"int", "float"}, {"int", "double"},
        {"long", "float"}, {"long", "double"}, {"float", "double"}}) {
      only(compare(AVRO, trip("{'name':'n','type':'" + promotion[0] + "'}"),
          trip("{'name':'n','type':'" + promotion[1] + "'}")), "compat.avro.type", ERROR, INFO);
      only(compare(AVRO, trip("{'name':'n','type':'" + promotion[1] + "'}"),
          trip("{'name':'n','type':'" + promotion[0] + "'}")), "compat.avro.type", INFO, ERROR);
    }
  }

  @Test
  void stringAndBytesReadEachOther() {
    only(compare(AVRO, trip("{'name':'n','type':'string'}"), trip("{'name':'n','type':'bytes'}")),
        "compat.avro.type", INFO, INFO);
  }

  @Test
  void anyOtherTypeChangeBreaksBoth() {
    Found f = only(compare(AVRO, trip("{'name':'n','type':'string'}"), trip("{'name':'n','type':'boolean'}")),
        "compat.avro.type", ERROR, ERROR);
    assertThat(f.message()).isEqualTo("Trip.n changed type from string to boolean");
    assertThat(f.newPath()).isEqualTo("/fields/0/type");
    only(compare(AVRO, trip("{'name':'n','type':{'type':'array','items':'int'}}"),
        trip("{'name':'n','type':{'type':'map','values':'int'}}")), "compat.avro.type", ERROR, ERROR);
  }

  @Test
  void madeNullableBreaksOldReadersAndTheReverseOldWriters() {
    only(compare(AVRO, trip("{'name':'n','type':'string'}"), trip("{'name':'n','type':['null','string']}")),
        "compat.avro.union", ERROR, INFO);
    only(compare(AVRO, trip("{'name':'n','type':['null','string']}"), trip("{'name':'n','type':'string'}")),
        "compat.avro.union", INFO, ERROR);
  }

  @Test
  void unionBranchAddedBreaksOldReadersRemovedBreaksOldWriters() {
    Found added = only(compare(AVRO, trip("{'name':'n','type':['null','string']}"),
        trip("{'name':'n','type':['null','string','int']}")), "compat.avro.union", ERROR, INFO);
    only(compare(AVRO, trip("{'name':'n','type':['null','string','int']}"),
        trip("{'name':'n','type':['null','string']}")), "compat.avro.union", INFO, ERROR);
    assertThat(added.newPath()).isEqualTo("/fields/0/type/2");
  }

  @Test
  void enumSymbolAddedBreaksOldReadersUnlessTheOldEnumHasADefault() {
    String two = "{'name':'s','type':{'type':'enum','name':'State','symbols':['A','B']%s}}";
    String three = "{'name':'s','type':{'type':'enum','name':'State','symbols':['A','B','C']%s}}";

    only(compare(AVRO, trip(two.formatted("")), trip(three.formatted(""))), "compat.avro.enum-symbols",
        ERROR, INFO);
    only(compare(AVRO, trip(two.formatted(",'default':'A'")), trip(three.formatted(",'default':'A'"))),
        "compat.avro.enum-symbols", INFO, INFO);
  }

  @Test
  void enumSymbolRemovedBreaksOldWritersUnlessTheNewEnumHasADefault() {
    String two = "{'name':'s','type':{'type':'enum','name':'State','symbols':['A','B']%s}}";
    String one = "{'name':'s','type':{'type':'enum','name':'State','symbols':['A']%s}}";

    only(compare(AVRO, trip(two.formatted("")), trip(one.formatted(""))), "compat.avro.enum-symbols", INFO, ERROR);
    only(compare(AVRO, trip(two.formatted("")), trip(one.formatted(",'default':'A'"))),
        "compat.avro.enum-symbols", INFO, INFO);
  }

  @Test
  void enumDefaultAddedIsSafe() {
    String state = "{'name':'s','type':{'type':'enum','name':'State','symbols':['A','B']%s}}";

    List<Found> found = compare(AVRO, trip(state.formatted("")), trip(state.formatted(",'default':'A'")));

    assertThat(found).extracting(Found::rule).containsExactly("compat.avro.documentation");
  }

  @Test
  void renamedNamedTypeBreaksBothUnlessTheNewOneAliasesTheOld() {
    String old = "{'type':'record','name':'Trip','fields':[" + ID + "]}";

    only(compare(AVRO, old, "{'type':'record','name':'Journey','fields':[" + ID + "]}"), "compat.avro.name",
        ERROR, ERROR);
    only(compare(AVRO, old, "{'type':'record','name':'Journey','aliases':['Trip'],'fields':[" + ID + "]}"),
        "compat.avro.name", ERROR, INFO);
  }

  @Test
  void namespaceOnlyChangeIsAWarning() {
    only(compare(AVRO, trip(ID), trip(ID).replace("'fleet'", "'logistics'")), "compat.avro.namespace",
        WARNING, WARNING);
  }

  @Test
  void fixedSizeChangeBreaksBoth() {
    only(compare(AVRO, trip("{'name':'h','type':{'type':'fixed','name':'Hash','size':16}}"),
        trip("{'name':'h','type':{'type':'fixed','name':'Hash','size':32}}")), "compat.avro.fixed-size",
        ERROR, ERROR);
  }

  @Test
  void fieldDefaultChangedWarnsOldWriters() {
    Found f = only(compare(AVRO, trip("{'name':'km','type':'int','default':0}"),
        trip("{'name':'km','type':'int','default':-1}")), "compat.avro.default", INFO, WARNING);
    assertThat(f.newPath()).isEqualTo("/fields/0/default");
  }

  @Test
  void logicalTypeChangesBreakBothThoughAvroIgnoresThem() {
    only(compare(AVRO, trip("{'name':'t','type':{'type':'long','logicalType':'timestamp-millis'}}"),
        trip("{'name':'t','type':{'type':'long','logicalType':'timestamp-micros'}}")), "compat.avro.logical-type",
        ERROR, ERROR);
    only(compare(AVRO, trip("{'name':'t','type':'long'}"),
        trip("{'name':'t','type':{'type':'long','logicalType':'timestamp-millis'}}")), "compat.avro.logical-type",
        ERROR, ERROR);
    String decimal = "{'name':'p','type':{'type':'bytes','logicalType':'decimal','precision':%d,'scale':2}}";
    Found f = only(compare(AVRO, trip(decimal.formatted(10)), trip(decimal.formatted(12))),
        "compat.avro.logical-type", ERROR, ERROR);
    assertThat(f.message()).contains("decimal(10,2)", "decimal(12,2)");
    only(compare(AVRO, trip("{'name':'d','type':{'type':'int','logicalType':'date'}}"),
        trip("{'name':'d','type':'int'}")), "compat.avro.logical-type", ERROR, ERROR);
  }

  @Test
  void documentationOrderAndAliasesAreInfo() {
    List<Found> found = compare(AVRO, trip(ID + ",{'name':'km','type':'int'}"),
        trip("{'name':'km','type':'int','doc':'distance'},{'name':'id','type':'string','aliases':['key']}"));

    assertThat(found).isNotEmpty().allSatisfy(f -> {
      assertThat(f.rule()).isEqualTo("compat.avro.documentation");
      assertThat(f.oldReaders()).isEqualTo(INFO);
      assertThat(f.oldWriters()).isEqualTo(INFO);
    });
    assertThat(found).extracting(Found::message).contains("Trip.km changed its documentation",
        "Trip.id changed its aliases", "the fields of Trip changed order");
    assertThat(compare(AVRO, trip("{'name':'km','type':'int','order':'ascending'}"),
        trip("{'name':'km','type':'int','order':'descending','doc':'d'}"))).extracting(Found::message)
        .containsExactly("Trip.km changed its documentation and sort order");
  }

  @Test
  void arrayItemsAndMapValuesAreComparedInside() {
    Found items = only(compare(AVRO, trip("{'name':'a','type':{'type':'array','items':'int'}}"),
        trip("{'name':'a','type':{'type':'array','items':'long'}}")), "compat.avro.type", ERROR, INFO);
    Found values = only(compare(AVRO, trip("{'name':'m','type':{'type':'map','values':'long'}}"),
        trip("{'name':'m','type':{'type':'map','values':'int'}}")), "compat.avro.type", INFO, ERROR);

    assertThat(items.newPath()).isEqualTo("/fields/0/type/items");
    assertThat(values.message()).startsWith("Trip.m{} changed type");
  }

  @Test
  void anUnrelatedTopLevelSchemaBreaksBoth() {
    only(compare(AVRO, trip(ID), "'string'"), "compat.avro.type", ERROR, ERROR);
  }

  @Test
  void aSchemaThatDoesNotParseCannotBeJudged() {
    Found f = only(compare(AVRO, trip(ID), trip("{'name':'id','type':'strin'}")), "compat.avro.unparseable",
        WARNING, WARNING);
    assertThat(f.message()).contains("new Avro schema does not parse");
  }

  @Test
  void recursiveRecordsAreComparedOnce() {
    String node = "{'type':'record','name':'Node','fields':[{'name':'next','type':['null','Node']}%s]}";

    List<Found> found = compare(AVRO, node.formatted(""), node.formatted(",{'name':'v','type':'int'}"));

    only(found, "compat.avro.field-added", INFO, ERROR);
  }
}
