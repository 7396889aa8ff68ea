package io.dpds.compat.payload;

import static io.dpds.compat.payload.SchemaFixtures.compare;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dpds.compat.payload.SchemaFixtures.Found;
import io.dpds.report.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per row of table b3, each asserting both columns: old readers (OUT) and old writers (IN). */
class JsonSchemaPayloadEngineTest {

  private static final JsonSchemaPayloadEngine ENGINE = new JsonSchemaPayloadEngine();

  private static List<Found> diff(String old, String now) {
    return compare(ENGINE, old, now);
  }

  private static Found only(List<Found> found, String rule, Severity oldReaders, Severity oldWriters) {
    assertThat(found).as("%s", found).hasSize(1);
    Found f = found.get(0);
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.oldReaders()).as("OUT column of %s", f).isEqualTo(oldReaders);
    assertThat(f.oldWriters()).as("IN column of %s", f).isEqualTo(oldWriters);
    return f;
  }

  /** An object schema with properties id (string, required) and the given extras. */
  private static String object(String extraProperties, String extraKeywords) {
    return "{'type':'object','properties':{'id':{'type':'string'}" + extraProperties + "},'required':['id']"
        + extraKeywords + "}";
  }

  private static final String CLOSED = ",'additionalProperties':false";

  @Test
  void readsJsonSchemaAndAsyncApiSchemaFormats() {
    assertThat(ENGINE.reads("application/schema+json;version=draft-07")).isTrue();
    assertThat(ENGINE.reads("application/vnd.aai.asyncapi+json;version=2.6.0")).isTrue();
    assertThat(ENGINE.reads("application/json")).isTrue();
    assertThat(ENGINE.reads("application/vnd.apache.avro+json;version=1.9.0")).isFalse();
  }

  @Test
  void identicalSchemasHaveNoChange() {
    assertThat(diff(object("", ""), object("", ""))).isEmpty();
  }

  @Test
  void typeWidenedBreaksReadersNarrowedBreaksWritersChangedBreaksBoth() {
    only(diff("{'type':'integer'}", "{'type':'number'}"), "compat.jsonschema.type", ERROR, INFO);
    only(diff("{'type':'string'}", "{'type':['string','null']}"), "compat.jsonschema.type", ERROR, INFO);
    only(diff("{'type':'number'}", "{'type':'integer'}"), "compat.jsonschema.type", INFO, ERROR);
    only(diff("{'type':'string'}", "{'type':'boolean'}"), "compat.jsonschema.type", ERROR, ERROR);
  }

  @Test
  void optionalPropertyAddedToAClosedModelBreaksReaders() {
    Found f = only(diff(object("", CLOSED), object(",'km':{'type':'integer'}", CLOSED)),
        "compat.jsonschema.property-added", ERROR, INFO);
    assertThat(f.newPath()).isEqualTo("/properties/km");
  }

  @Test
  void optionalPropertyAddedToAnOpenModelWarnsWriters() {
    only(diff(object("", ""), object(",'km':{'type':'integer'}", "")), "compat.jsonschema.property-added", INFO,
        WARNING);
  }

  @Test
  void requiredPropertyAddedBreaksWritersAndReadersOfAClosedModel() {
    String required = "{'type':'object','properties':{'id':{'type':'string'},'km':{'type':'integer'%s}},"
        + "'required':['id','km']%s}";

    only(diff(object("", ""), required.formatted("", "")), "compat.jsonschema.property-added", INFO, ERROR);
    only(diff(object("", CLOSED), required.formatted("", CLOSED)), "compat.jsonschema.property-added", ERROR,
        ERROR);
    only(diff(object("", ""), required.formatted(",'default':0", "")), "compat.jsonschema.property-added", INFO,
        WARNING);
  }

  @Test
  void requiredPropertyRemovedBreaksReadersAndWritersOfAClosedModel() {
    String noId = "{'type':'object','properties':{}%s}";

    only(diff(object("", ""), noId.formatted("")), "compat.jsonschema.property-removed", ERROR, INFO);
    only(diff(object("", CLOSED), noId.formatted(CLOSED)), "compat.jsonschema.property-removed", ERROR, ERROR);
  }

  @Test
  void optionalPropertyRemovedIsSafeUnlessTheNewModelIsClosed() {
    only(diff(object(",'km':{'type':'integer'}", ""), object("", "")), "compat.jsonschema.property-removed", INFO,
        INFO);
    only(diff(object(",'km':{'type':'integer'}", CLOSED), object("", CLOSED)),
        "compat.jsonschema.property-removed", INFO, ERROR);
  }

  @Test
  void requiredAddedBreaksWritersUnlessDefaultedRemovedBreaksReaders() {
    String both = "{'type':'object','properties':{'id':{'type':'string'},'km':{'type':'integer'%s}},'required':%s}";

    only(diff(both.formatted("", "['id']"), both.formatted("", "['id','km']")), "compat.jsonschema.required",
        INFO, ERROR);
    only(diff(both.formatted(",'default':0", "['id']"), both.formatted(",'default':0", "['id','km']")),
        "compat.jsonschema.required", INFO, INFO);
    only(diff(both.formatted("", "['id','km']"), both.formatted("", "['id']")), "compat.jsonschema.required",
        ERROR, INFO);
  }

  @Test
  void closingAModelBreaksWritersOpeningItBreaksReaders() {
    only(diff(object("", ""), object("", CLOSED)), "compat.jsonschema.content-model", INFO, ERROR);
    only(diff(object("", CLOSED), object("", ",'additionalProperties':true")), "compat.jsonschema.content-model",
        ERROR, INFO);
    only(diff(object("", ",'unevaluatedProperties':false"), object("", "")), "compat.jsonschema.content-model",
        ERROR, INFO);
  }

  @Test
  void aBoundThatBoundsNothingOrTheSameNumberWrittenOtherwiseIsNoChange() {
    for (String key : List.of("minLength", "minItems", "minProperties")) {
      assertThat(diff("{'type':'string'}", "{'type':'string','" + key + "':0}")).as(key).isEmpty();
      assertThat(diff("{'type':'string','" + key + "':0}", "{'type':'string'}")).as(key).isEmpty();
    }
    assertThat(diff("{'maxLength':3,'multipleOf':2}", "{'maxLength':3.0,'multipleOf':2.0}")).isEmpty();
    only(diff("{'type':'string'}", "{'type':'string','minLength':1}"), "compat.jsonschema.bounds", INFO, ERROR);
    only(diff("{'minimum':0}", "{}"), "compat.jsonschema.bounds", ERROR, INFO);
  }

  @Test
  void itemsThatLetEveryItemThroughAreNoConstraint() {
    for (String items : List.of("true", "{}")) {
      assertThat(diff("{'type':'array'}", "{'type':'array','items':" + items + "}")).as(items).isEmpty();
      assertThat(diff("{'type':'array','items':" + items + "}", "{'type':'array'}")).as(items).isEmpty();
    }
    only(diff("{'type':'array'}", "{'type':'array','contains':{}}"), "compat.jsonschema.type", INFO, ERROR);
  }

  @Test
  void aSchemaWrappedInAnAllOfOfOneBesideAnnotationsIsThatSchema() {
    String defs = ",'$defs':{'Trip':{'type':'object','properties':{'km':{'type':'%s'}}}}}";
    String direct = "{'properties':{'trip':{'$ref':'#/$defs/Trip'}}" + defs;
    String wrapped = "{'properties':{'trip':{'allOf':[{'$ref':'#/$defs/Trip'}],'description':'the trip'}}" + defs;

    assertThat(diff(direct.formatted("integer"), wrapped.formatted("integer"))).isEmpty();
    assertThat(diff(wrapped.formatted("integer"), direct.formatted("integer"))).isEmpty();
    Found widened = only(diff(direct.formatted("integer"), wrapped.formatted("number")), "compat.jsonschema.type",
        ERROR, INFO);
    assertThat(widened.newPath()).isEqualTo("/properties/trip/allOf/0/properties/km/type");
    assertThat(diff("{'$defs':{'X':{'allOf':[{'$ref':'#/$defs/X'}]}},'$ref':'#/$defs/X'}", "{'type':'string'}"))
        .as("a wrapper of itself ends where the pair was seen").isEmpty();
  }

  @Test
  void aConstIsAnEnumOfOneValueAndATypeListCoveringEveryValueIsAnyType() {
    assertThat(diff("{'enum':['a']}", "{'const':'a'}")).isEmpty();
    assertThat(diff("{'const':'a'}", "{'enum':['a']}")).isEmpty();
    Found gained = only(diff("{'const':'a'}", "{'enum':['a','b']}"), "compat.jsonschema.enum", ERROR, INFO);
    assertThat(gained.oldPath()).isEqualTo("/const");
    assertThat(diff("{'type':['integer','number']}", "{'type':'number'}")).isEmpty();
    assertThat(diff("{}", "{'type':['string','number','boolean','object','array','null']}")).isEmpty();
    only(diff("{}", "{'type':['string','number','boolean','object','array']}"), "compat.jsonschema.type", INFO,
        ERROR);
  }

  @Test
  void anAnyOfOrOneOfOfOneSchemaIsThatSchema() {
    for (String key : List.of("anyOf", "oneOf")) {
      assertThat(diff("{'type':'string'}", "{'" + key + "':[{'type':'string'}]}")).as(key).isEmpty();
      Found widened = only(diff("{'" + key + "':[{'type':'integer'}]}", "{'type':'number'}"),
          "compat.jsonschema.type", ERROR, INFO);
      assertThat(widened.oldPath()).isEqualTo("/" + key + "/0/type");
    }
  }

  @Test
  void aKeywordOfATypeNeitherVersionAllowsConstrainsNothing() {
    assertThat(diff("{'type':'boolean'}", "{'type':'boolean','maxLength':2,'multipleOf':0.5,'pattern':'^a'}"))
        .isEmpty();
    assertThat(diff("{'type':['integer','null']}", "{'type':['integer','null'],'uniqueItems':true,'minItems':2,"
        + "'required':['x'],'properties':{'x':{'type':'string'}},'additionalProperties':false}")).isEmpty();
    only(diff("{'type':'integer'}", "{'type':'integer','multipleOf':2}"), "compat.jsonschema.bounds", INFO, ERROR);
    only(diff("{'type':'integer','format':'int64'}", "{'type':'integer','format':'int32'}"),
        "compat.jsonschema.format", WARNING, WARNING);
    only(diff("{}", "{'maxLength':2}"), "compat.jsonschema.bounds", INFO, ERROR);
  }

  @Test
  void aKeywordOfATypeOnlyOneVersionAllowsChangesNothingForTheOtherSide() {
    List<Found> numbersAdmitted = diff("{'type':'string'}", "{'type':['string','number'],'minimum':0}");
    assertThat(numbersAdmitted).extracting(Found::rule)
        .containsExactly("compat.jsonschema.type", "compat.jsonschema.bounds");
    assertThat(numbersAdmitted.get(1).oldWriters()).as("no number was accepted before").isEqualTo(INFO);
    assertThat(numbersAdmitted.get(1).oldReaders()).isEqualTo(INFO);
    List<Found> numbersDropped = diff("{'type':['string','number'],'maximum':9}", "{'type':'string'}");
    assertThat(numbersDropped.get(1).rule()).isEqualTo("compat.jsonschema.bounds");
    assertThat(numbersDropped.get(1).oldReaders()).as("no number is accepted now").isEqualTo(INFO);
    List<Found> objectsAdmitted = diff("{'type':'string'}", "{'type':['string','object'],'required':['x'],"
        + "'properties':{'x':{'type':'integer'}}}");
    assertThat(objectsAdmitted.subList(1, objectsAdmitted.size())).isNotEmpty()
        .allSatisfy(f -> assertThat(f.oldWriters()).as("%s", f).isEqualTo(INFO));
    List<Found> stringsAdmitted = diff("{'type':'integer'}", "{'type':['integer','string'],'pattern':'^a',"
        + "'maxLength':3}");
    assertThat(stringsAdmitted).hasSize(3).allSatisfy(f -> assertThat(f.oldWriters()).isEqualTo(INFO));
    only(diff("{'type':['string','number']}", "{'type':['string','number'],'minimum':0}"),
        "compat.jsonschema.bounds", INFO, ERROR);
  }

  @Test
  void aBoundMovesOnlyWhatItLetsThroughOfTheValuesAVersionLists() {
    only(diff("{'type':'string','enum':['a','bc']}", "{'type':'string','enum':['a','bc'],'maxLength':4}"),
        "compat.jsonschema.bounds", INFO, INFO);
    only(diff("{'type':'string','enum':['a','bcdef']}", "{'type':'string','enum':['a','bcdef'],'maxLength':4}"),
        "compat.jsonschema.bounds", INFO, ERROR);
    only(diff("{'type':'integer','enum':[1,2],'minimum':1}", "{'type':'integer','enum':[1,2]}"),
        "compat.jsonschema.bounds", INFO, INFO);
    assertThat(diff("{'type':'integer','enum':[0,2],'minimum':0}", "{'type':'integer','enum':[0,2],"
        + "'exclusiveMinimum':0}")).extracting(Found::oldReaders, Found::oldWriters)
        .containsExactly(tuple(INFO, INFO), tuple(INFO, ERROR)); // minimum removed, then exclusiveMinimum added
    assertThat(diff("{'const':5}", "{'const':5,'maximum':10,'minLength':2}")).hasSize(2)
        .allSatisfy(f -> assertThat(List.of(f.oldReaders(), f.oldWriters())).containsOnly(INFO));
    only(diff("{'type':'integer','enum':[1,20]}", "{'type':'integer','enum':[1,20],'maximum':10}"),
        "compat.jsonschema.bounds", INFO, ERROR);
  }

  @Test
  void aDefinitionMetFirstWhereOnlyOneVersionReachesItIsComparedAgainWhereBothDo() {
    String old = "{'type':'object','$defs':{'N':{'type':'object','properties':{'x':{'type':'string'}}}},"
        + "'properties':{'first':{'type':'string','items':{'$ref':'#/$defs/N'}},'second':{'$ref':'#/$defs/N'}}}";
    String now = old.replace("'x':{'type':'string'}", "'x':{'type':'integer'}")
        .replace("'first':{'type':'string'", "'first':{'type':['string','array']");

    assertThat(diff(old, now)).filteredOn(f -> f.rule().equals("compat.jsonschema.type"))
        .anySatisfy(f -> assertThat(f.oldWriters()).as("%s", f).isEqualTo(ERROR));
  }

  @Test
  void aModelOpenByTrueOrByNothingIsTheSameModel() {
    for (String key : List.of("additionalProperties", "unevaluatedProperties")) {
      assertThat(diff(object("", ",'" + key + "':true"), object("", ""))).as(key).isEmpty();
      assertThat(diff(object("", ""), object("", ",'" + key + "':true"))).as(key).isEmpty();
    }
  }

  @Test
  void additionalPropertiesSchemaNarrowedOrWidenedIsComparedInside() {
    only(diff(object("", ",'additionalProperties':{'type':'number'}"),
        object("", ",'additionalProperties':{'type':'integer'}")), "compat.jsonschema.type", INFO, ERROR);
    only(diff(object("", ",'patternProperties':{'^x':{'type':'integer'}}"),
        object("", ",'patternProperties':{'^x':{'type':'number'}}")), "compat.jsonschema.type", ERROR, INFO);
    only(diff(object("", ""), object("", ",'patternProperties':{'^x':{'type':'integer'}}")),
        "compat.jsonschema.content-model", INFO, ERROR);
  }

  @Test
  void enumValueAddedBreaksReadersRemovedBreaksWriters() {
    only(diff("{'enum':['a','b']}", "{'enum':['a','b','c']}"), "compat.jsonschema.enum", ERROR, INFO);
    only(diff("{'enum':['a','b']}", "{'enum':['a']}"), "compat.jsonschema.enum", INFO, ERROR);
  }

  @Test
  void constAddedBreaksWritersRemovedBreaksReaders() {
    only(diff("{'type':'string'}", "{'type':'string','const':'a'}"), "compat.jsonschema.const", INFO, ERROR);
    only(diff("{'type':'string','const':'a'}", "{'type':'string'}"), "compat.jsonschema.const", ERROR, INFO);
  }

  @Test
  void maximaIncreasedOrRemovedBreakReadersDecreasedOrAddedBreakWriters() {
    for (String key : List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties",
        "maxContains")) {
      only(diff("{'" + key + "':5}", "{'" + key + "':6}"), "compat.jsonschema.bounds", ERROR, INFO);
      only(diff("{'" + key + "':5}", "{}"), "compat.jsonschema.bounds", ERROR, INFO);
      only(diff("{'" + key + "':5}", "{'" + key + "':4}"), "compat.jsonschema.bounds", INFO, ERROR);
      only(diff("{}", "{'" + key + "':4}"), "compat.jsonschema.bounds", INFO, ERROR);
    }
  }

  @Test
  void minimaDecreasedOrRemovedBreakReadersIncreasedOrAddedBreakWriters() {
    for (String key : List.of("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties",
        "minContains")) {
      only(diff("{'" + key + "':5}", "{'" + key + "':4}"), "compat.jsonschema.bounds", ERROR, INFO);
      only(diff("{'" + key + "':5}", "{}"), "compat.jsonschema.bounds", ERROR, INFO);
      only(diff("{'" + key + "':5}", "{'" + key + "':6}"), "compat.jsonschema.bounds", INFO, ERROR);
      only(diff("{}", "{'" + key + "':6}"), "compat.jsonschema.bounds", INFO, ERROR);
    }
  }

  @Test
  void multipleOfRelaxedOrRemovedBreaksReadersStricterOrAddedBreaksWriters() {
    only(diff("{'multipleOf':10}", "{'multipleOf':5}"), "compat.jsonschema.bounds", ERROR, INFO);
    only(diff("{'multipleOf':10}", "{}"), "compat.jsonschema.bounds", ERROR, INFO);
    only(diff("{'multipleOf':5}", "{'multipleOf':10}"), "compat.jsonschema.bounds", INFO, ERROR);
    only(diff("{}", "{'multipleOf':0.5}"), "compat.jsonschema.bounds", INFO, ERROR);
    only(diff("{'multipleOf':3}", "{'multipleOf':5}"), "compat.jsonschema.bounds", ERROR, ERROR);
  }

  @Test
  void patternAddedBreaksWritersRemovedBreaksReadersChangedCannotBeProven() {
    only(diff("{'type':'string'}", "{'type':'string','pattern':'^a'}"), "compat.jsonschema.pattern", INFO, ERROR);
    only(diff("{'type':'string','pattern':'^a'}", "{'type':'string'}"), "compat.jsonschema.pattern", ERROR, INFO);
    only(diff("{'type':'string','pattern':'^a'}", "{'type':'string','pattern':'^ab?'}"),
        "compat.jsonschema.pattern", WARNING, WARNING);
  }

  @Test
  void formatAddedOrChangedIsAWarning() {
    only(diff("{'type':'string'}", "{'type':'string','format':'date'}"), "compat.jsonschema.format", WARNING,
        WARNING);
    only(diff("{'type':'string','format':'date'}", "{'type':'string','format':'date-time'}"),
        "compat.jsonschema.format", WARNING, WARNING);
  }

  @Test
  void uniqueItemsAddedBreaksWritersRemovedBreaksReaders() {
    only(diff("{'type':'array'}", "{'type':'array','uniqueItems':true}"), "compat.jsonschema.unique-items", INFO,
        ERROR);
    only(diff("{'type':'array','uniqueItems':true}", "{'type':'array'}"), "compat.jsonschema.unique-items", ERROR,
        INFO);
  }

  @Test
  void anyOfOrOneOfBranchAddedBreaksReadersRemovedBreaksWriters() {
    for (String key : List.of("anyOf", "oneOf")) {
      only(diff("{'" + key + "':[{'type':'string'}]}", "{'" + key + "':[{'type':'string'},{'type':'null'}]}"),
          "compat.jsonschema.composition", ERROR, INFO);
      only(diff("{'" + key + "':[{'type':'string'},{'type':'null'}]}", "{'" + key + "':[{'type':'string'}]}"),
          "compat.jsonschema.composition", INFO, ERROR);
    }
  }

  @Test
  void allOfSubschemaAddedBreaksWritersRemovedBreaksReaders() {
    only(diff("{'allOf':[{'type':'object'}]}", "{'allOf':[{'type':'object'},{'required':['id']}]}"),
        "compat.jsonschema.composition", INFO, ERROR);
    only(diff("{'allOf':[{'type':'object'},{'required':['id']}]}", "{'allOf':[{'type':'object'}]}"),
        "compat.jsonschema.composition", ERROR, INFO);
  }

  @Test
  void aCompositionOrNotWrittenWhereThereWasNoneNarrowsAndRemovedWidens() {
    for (String key : List.of("anyOf", "oneOf", "allOf")) {
      only(diff("{'type':'object'}", "{'type':'object','" + key + "':[{'required':['id']}]}"),
          "compat.jsonschema.composition", INFO, ERROR);
      only(diff("{'type':'object','" + key + "':[{'required':['id']}]}", "{'type':'object'}"),
          "compat.jsonschema.composition", ERROR, INFO);
    }
    only(diff("{'type':'string'}", "{'type':'string','not':{'const':'x'}}"), "compat.jsonschema.composition", INFO,
        ERROR);
    only(diff("{'type':'string','not':{'const':'x'}}", "{'type':'string'}"), "compat.jsonschema.composition", ERROR,
        INFO);
  }

  @Test
  void aCompositionThatIsNoListOfSchemasIsAWarningNotAFailedEngine() {
    for (String key : List.of("anyOf", "oneOf", "allOf")) {
      only(diff("{'" + key + "':{'$ref':'#/nope'}}", "{'" + key + "':[{'type':'string'}]}"),
          "compat.jsonschema.unprovable", WARNING, WARNING);
      only(diff("{'" + key + "':[{'type':'string'}]}", "{'" + key + "':'x'}"), "compat.jsonschema.unprovable",
          WARNING, WARNING);
    }
  }

  @Test
  void aModelClosedByUnevaluatedPropertiesInsteadOfAdditionalPropertiesIsClosedAlike() {
    String additional = "{'type':'object','properties':{'id':{}},'additionalProperties':false}";
    String unevaluated = "{'type':'object','properties':{'id':{}},'unevaluatedProperties':false}";

    only(diff(additional, unevaluated), "compat.jsonschema.content-model", INFO, INFO);
    only(diff(unevaluated, additional), "compat.jsonschema.content-model", INFO, INFO);
    String composed = ",'allOf':[{'properties':{'n':{}}}]}";
    assertThat(diff(additional.replaceFirst("}$", composed), unevaluated.replaceFirst("}$", composed)))
        .as("unevaluatedProperties sees the properties allOf names").extracting(Found::message)
        .noneMatch(m -> m.contains("alike"));
  }

  @Test
  void aDefinitionChangedWhereItIsReferencedIsJudgedThereAndNotAgainAsAnAnnotation() {
    String schema = "{'type':'object','properties':{'qty':{'$ref':'#/$defs/Qty'}},'$defs':{'Qty':{'type':'integer',"
        + "'maximum':%d}}}";

    only(diff(schema.formatted(10), schema.formatted(100)), "compat.jsonschema.bounds", ERROR, INFO);
    only(diff(schema.replace("'qty':{'$ref':'#/$defs/Qty'}", "'qty':{}").formatted(10),
        schema.replace("'qty':{'$ref':'#/$defs/Qty'}", "'qty':{}").formatted(100)), "compat.jsonschema.documentation",
        INFO, INFO);
  }

  @Test
  void notAndConditionalsCannotBeProven() {
    only(diff("{'not':{'type':'null'}}", "{'not':{'type':'string'}}"), "compat.jsonschema.unprovable", WARNING,
        WARNING);
    only(diff("{'if':{'type':'string'},'then':{'minLength':1}}", "{'if':{'type':'string'},'then':{'minLength':2}}"),
        "compat.jsonschema.unprovable", WARNING, WARNING);
    only(diff("{'$dynamicRef':'#a'}", "{'$dynamicRef':'#b'}"), "compat.jsonschema.unprovable", WARNING, WARNING);
  }

  @Test
  void dependenciesAddedBreakWritersRemovedBreakReaders() {
    only(diff("{}", "{'dependentRequired':{'a':['b']}}"), "compat.jsonschema.dependencies", INFO, ERROR);
    only(diff("{'dependentSchemas':{'a':{'required':['b']}}}", "{}"), "compat.jsonschema.dependencies", ERROR,
        INFO);
    only(diff("{'dependencies':{'a':['b']}}", "{'dependencies':{'a':['c']}}"), "compat.jsonschema.dependencies",
        WARNING, WARNING);
  }

  @Test
  void itemsPrefixItemsAndContainsAreComparedInside() {
    assertThat(only(diff("{'type':'array','items':{'type':'integer'}}", "{'type':'array','items':{'type':'number'}}"),
        "compat.jsonschema.type", ERROR, INFO).message()).startsWith("the schema's items type changed");
    assertThat(only(diff("{'prefixItems':[{'type':'string'}]}", "{'prefixItems':[{'type':'integer'}]}"),
        "compat.jsonschema.type", ERROR, ERROR).message()).startsWith("the schema's item 0 type changed");
    assertThat(only(diff("{'properties':{'tags':{'items':{'type':'integer'}}}}",
        "{'properties':{'tags':{'items':{'type':'number'}}}}"), "compat.jsonschema.type", ERROR, INFO).message())
        .startsWith("tags[] type changed");
    only(diff("{'prefixItems':[{'type':'string'}]}", "{'prefixItems':[{'type':'string'},{'type':'integer'}]}"),
        "compat.jsonschema.type", INFO, ERROR);
    Found contains = only(diff("{'contains':{'type':'integer'}}", "{'contains':{'type':'string'}}"),
        "compat.jsonschema.type", ERROR, ERROR);
    assertThat(contains.newPath()).isEqualTo("/contains/type");
  }

  @Test
  void referencesAreComparedByWhatTheyNameAndCyclesEnd() {
    String old = "{'$defs':{'id':{'type':'integer'}},'properties':{'id':{'$ref':'#/$defs/id'}}}";
    String now = "{'$defs':{'id':{'type':'number'}},'properties':{'id':{'$ref':'#/$defs/id'}}}";
    String tree = "{'$defs':{'node':{'type':'object','properties':{'next':{'$ref':'#/$defs/node'}%s}}},"
        + "'$ref':'#/$defs/node'}";

    assertThat(diff(old, now)).extracting(Found::rule).contains("compat.jsonschema.type");
    Found next = diff(tree.formatted(""), tree.formatted(",'v':{'type':'string'}")).stream()
        .filter(f -> f.rule().equals("compat.jsonschema.property-added")).findFirst().orElseThrow();
    assertThat(next.oldWriters()).isEqualTo(WARNING);
  }

  @Test
  void referencesToOtherDocumentsAreFollowedAndBrokenOnesCannotBeJudged() {
    Map<String, com.fasterxml.jackson.databind.JsonNode> v1 = Map.of("id.json", SchemaFixtures.json(
        "{'type':'integer'}"));
    List<Found> found = compare(ENGINE, "{'$ref':'id.json'}", "{'$ref':'other.json'}", v1);

    only(found, "compat.jsonschema.unprovable", WARNING, WARNING);
    assertThat(found.get(0).message()).contains("$ref cannot be followed");
  }

  @Test
  void annotationsAreInfoDefaultsWarnWritersDialectWarnsBoth() {
    only(diff("{'type':'string','title':'a'}", "{'type':'string','title':'b','description':'c'}"),
        "compat.jsonschema.documentation", INFO, INFO);
    only(diff("{'type':'string','default':'a'}", "{'type':'string','default':'b'}"), "compat.jsonschema.default",
        INFO, WARNING);
    only(diff("{'$schema':'http://json-schema.org/draft-07/schema#'}",
        "{'$schema':'https://json-schema.org/draft/2020-12/schema'}"), "compat.jsonschema.dialect", WARNING,
        WARNING);
  }

  @Test
  void anUnknownKeywordCannotBeProven() {
    Found f = only(diff("{'type':'string','x-ui':1,'flavour':'a'}", "{'type':'string','x-ui':2,'flavour':'b'}")
        .stream().filter(x -> !x.rule().equals("compat.jsonschema.documentation")).toList(),
        "compat.jsonschema.unprovable", WARNING, WARNING);
    assertThat(f.message()).contains("flavour changed (a keyword the rules do not know)");
  }

  @Test
  void booleanSchemasAreTheWidestAndNarrowest() {
    only(diff("{'type':'string'}", "true"), "compat.jsonschema.type", ERROR, INFO);
    only(diff("true", "false"), "compat.jsonschema.type", INFO, ERROR);
  }

  @Test
  void nestedChangesNameTheirProperty() {
    Found f = only(diff("{'properties':{'trip':{'properties':{'km':{'type':'integer'}}}}}",
        "{'properties':{'trip':{'properties':{'km':{'type':'string'}}}}}"), "compat.jsonschema.type", ERROR, ERROR);
    assertThat(f.message()).startsWith("trip.km type changed from [integer] to [string]");
    assertThat(f.oldPath()).isEqualTo("/properties/trip/properties/km/type");
  }
}
