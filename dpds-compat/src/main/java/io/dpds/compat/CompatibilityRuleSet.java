package io.dpds.compat;

import io.dpds.compat.payload.AvroRules;
import io.dpds.compat.payload.JsonSchemaRules;
import io.dpds.report.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** The compatibility rules in the catalogue, by table of the compatibility rules, then per engine. */
public final class CompatibilityRuleSet implements RuleSet {

  @Override
  public int order() {
    return 300;
  }

  @Override
  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    CompatibilityRules.SECTIONS.forEach((title, rules) -> sections.add(new Section("Compatibility: " + title, rules)));
    sections.add(new Section("Compatibility: b2. Avro payloads", AvroRules.ALL));
    sections.add(new Section("Compatibility: b3. JSON Schema payloads", JsonSchemaRules.ALL));
    sections.add(new Section("Compatibility: b4. OpenAPI", OpenApiRules.ALL));
    sections.add(new Section("Compatibility: b5. AsyncAPI", AsyncApiRules.ALL));
    return sections;
  }
}
