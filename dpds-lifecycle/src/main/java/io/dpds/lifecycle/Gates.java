package io.dpds.lifecycle;

import io.dpds.diag.Diagnostic;
import io.dpds.diag.Severity;
import io.dpds.policy.PolicyReport;
import io.dpds.policy.PolicyRules;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.policy.PolicyViolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** The policy gate shared by the registry and the deployment service, and the wording of gate verdicts. */
final class Gates {

  /** The gate and the policy results it was made of. */
  record Verdict(GateResult gate, PolicyReport report) {}

  private Gates() {}

  /**
   * Asks {@code service} (none: the gate passes) about {@code input}. The gate fails when a blocking policy failed or
   * the service itself failed; advisory failures are findings of a passing gate.
   */
  static Verdict policies(PolicyService service, PolicyInput input) {
    long start = System.nanoTime();
    if (service == null) {
      return new Verdict(new GateResult("policies", true, List.of(), Duration.ZERO), new PolicyReport(List.of()));
    }
    List<PolicyResult> results;
    try {
      results = service.evaluate(input).toCompletableFuture().join();
    } catch (RuntimeException e) {
      Diagnostic failure = PolicyRules.FAILED.at("").message("The policy service failed: " + cause(e)).build();
      return new Verdict(new GateResult("policies", false, List.of(failure), since(start)),
          new PolicyReport(List.of()));
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (PolicyResult result : results) {
      for (PolicyViolation v : result.violations()) {
        findings.add(Diagnostic.builder().ruleId(result.policyId()).severity(result.blocking() ? Severity.ERROR
            : Severity.WARNING).pointer(v.pointer()).message(v.message()).location(v.location()).build());
      }
    }
    PolicyReport report = new PolicyReport(results);
    return new Verdict(new GateResult("policies", !report.blocked(), findings, since(start)), report);
  }

  /** One line about a gate: passed, or the first reasons it refused. */
  static String summary(GateResult gate) {
    List<Diagnostic> errors = gate.findings().stream().filter(Diagnostic::isError).toList();
    if (errors.isEmpty()) {
      return gate.findings().isEmpty() ? "" : gate.findings().size() + " advisory finding(s)";
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : errors.subList(0, Math.min(3, errors.size()))) {
      out.append(out.length() == 0 ? "" : "; ").append('[').append(d.ruleId()).append("] ").append(d.message());
      d.location().ifPresent(l -> out.append(" (").append(l).append(')'));
    }
    return errors.size() > 3 ? out + "; and " + (errors.size() - 3) + " more" : out.toString();
  }

  /** What went wrong, without the wrapping of futures. */
  static String cause(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof TimeoutException) {
      return "no answer before the deadline";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
        + t.getMessage();
  }

  static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
