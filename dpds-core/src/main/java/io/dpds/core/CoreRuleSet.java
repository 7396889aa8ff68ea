package io.dpds.core;

import io.dpds.config.ConfigRules;
import io.dpds.identity.IdentityRules;
import io.dpds.load.LoadRules;
import io.dpds.report.RuleSet;
import io.dpds.triage.TriageRules;
import java.util.List;

/** The rules of dpds-core in the catalogue: reading and references, identity, triage, the configuration file. */
public final class CoreRuleSet implements RuleSet {

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<Section> sections() {
    return List.of(new Section("Reading and references", LoadRules.ALL),
        new Section("Identity (enrichment)", IdentityRules.ALL),
        new Section("Waivers", TriageRules.ALL),
        new Section("Project configuration", ConfigRules.ALL));
  }
}
