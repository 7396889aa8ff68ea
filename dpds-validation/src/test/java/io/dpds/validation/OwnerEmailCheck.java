package io.dpds.validation;

import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.List;

/** A host's own check, as a test double: the owner id must be an e-mail address. Listed for ServiceLoader. */
public final class OwnerEmailCheck implements DescriptorCheck {

  static final Rule RULE = new Rule("x-example.owner-email", Severity.WARNING, "The owner id is an e-mail address",
      "Use the owning team's mailbox.");

  @Override
  public List<Rule> rules() {
    return List.of(RULE);
  }

  @Override
  public void check(CheckContext context) {
    context.descriptor().info().flatMap(info -> info.owner()).flatMap(owner -> owner.id())
        .filter(id -> !id.contains("@"))
        .ifPresent(id -> context.report(RULE, "/info/owner/id", "'" + id + "' is not an e-mail address"));
  }
}
