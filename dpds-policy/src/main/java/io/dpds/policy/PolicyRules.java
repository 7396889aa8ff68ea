package io.dpds.policy;

import static io.dpds.report.Severity.ERROR;

import io.dpds.report.Rule;
import java.util.List;

/** The problems a policy file can have, and a policy that fails to run. */
public final class PolicyRules {

  /** A policy file that cannot be read or is not an object. */
  public static final Rule UNREADABLE = new Rule("policy.file-unreadable", ERROR,
      "A policy file can be read and is a JSON or YAML object", "Check the path and the file's syntax.");
  /** A policy file that does not follow the policy format. */
  public static final Rule INVALID = new Rule("policy.file-invalid", ERROR,
      "A policy file follows the policy format (docs/policies.md, schema io/dpds/policy/policy-schema.json)",
      "Fix the field at the given line; each assertion has exactly one of exists, equals, in, matches, semver,"
          + " contains, count, all, any, none.");
  /** A path, regular expression or version range of a policy that does not compile. */
  public static final Rule EXPRESSION = new Rule("policy.expression", ERROR,
      "A policy's paths (JSONPath), regular expressions and version ranges compile",
      "Fix the expression at the given line.");
  /** Two policies of one engine with the same id. */
  public static final Rule DUPLICATE_ID = new Rule("policy.duplicate-id", ERROR,
      "Policy ids are unique among the policies of one engine", "Rename one of the two policies.");
  /** A policy that threw instead of completing. */
  public static final Rule FAILED = new Rule("policy.failed", ERROR,
      "A policy ran to its end (an exception is reported as a violation of the policy)",
      "Report the error to the policy's author.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(UNREADABLE, INVALID, EXPRESSION, DUPLICATE_ID, FAILED);

  private PolicyRules() {}
}
