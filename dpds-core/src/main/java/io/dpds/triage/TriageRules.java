package io.dpds.triage;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import java.util.List;

/** The rules of triage: waiver files and waivers that have expired. Every id is stable. */
public final class TriageRules {

  /** {@code waiver.expired}: A waiver matched a finding after its expiry date, so the finding is reported again. */
  public static final Rule WAIVER_EXPIRED = new Rule("waiver.expired", WARNING,
      "A waiver matched a finding after its expiry date, so the finding is reported again",
      "Fix the finding, or renew the waiver with a new expiry date and reason.");
  /** {@code waiver.file-unreadable}: A waiver file can be read and is a JSON or YAML object. */
  public static final Rule WAIVER_FILE_UNREADABLE = new Rule("waiver.file-unreadable", ERROR,
      "A waiver file can be read and is a JSON or YAML object",
      "Check the path and the file's syntax.");
  /**
   * {@code waiver.file-invalid}: A waiver file has a top-level 'waivers' list whose entries name a rule and a reason,
   * and expire on a date.
   */
  public static final Rule WAIVER_FILE_INVALID = new Rule("waiver.file-invalid", ERROR,
      "A waiver file has a top-level 'waivers' list whose entries name a rule and a reason, and expire on a date",
      "Fix the entry at the given line: 'rule' and 'reason' are required, 'pointer' is a JSON pointer glob,"
          + " 'expires' a date such as 2027-01-31.");

  /** Every rule above, in catalogue order. */
  public static final List<Rule> ALL = List.of(WAIVER_FILE_UNREADABLE, WAIVER_FILE_INVALID, WAIVER_EXPIRED);

  private TriageRules() {}
}
