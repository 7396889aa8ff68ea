package io.dpds.lifecycle;

import io.dpds.load.ResolvedDescriptor;
import io.dpds.policy.PolicyReport;
import io.dpds.policy.PolicyRules;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The policy gate shared by the registry and the deployment service, and the wording of gate verdicts. */
final class Gates {

  /** The gate and the policy results it was made of. */
  record Verdict(GateResult gate, PolicyReport report) {}

  private Gates() {}

  /**
   * Asks {@code service} (none: the gate passes) about {@code input}, waiting at most {@code timeout} for its answer.
   * The gate fails when a blocking policy failed or the service itself failed or did not answer in time (a
   * {@code policy.failed} finding located at the descriptor's root); advisory failures are findings of a passing
   * gate.
   */
  static Verdict policies(PolicyService service, Duration timeout, PolicyInput input) {
    long start = System.nanoTime();
    if (service == null) {
      return new Verdict(new GateResult("policies", true, List.of(), Duration.ZERO), new PolicyReport(List.of()));
    }
    List<PolicyResult> results;
    try {
      results = service.evaluate(input).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(input, "was interrupted", start);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return failed(input, e instanceof TimeoutException ? "did not answer within " + timeout : "failed: "
          + cause(e), start);
    }
    List<Diagnostic> findings = new ArrayList<>();
    results.forEach(result -> findings.addAll(result.diagnostics()));
    PolicyReport report = new PolicyReport(results);
    return new Verdict(new GateResult("policies", !report.blocked(), findings, since(start)), report);
  }

  private static Verdict failed(PolicyInput input, String why, long start) {
    ResolvedDescriptor subject = input.subject();
    Diagnostic failure = PolicyRules.FAILED.at("").message("The policy service " + why)
        .location(subject == null ? null : subject.locate("").orElse(null)).build();
    return new Verdict(new GateResult("policies", false, List.of(failure), since(start)), new PolicyReport(List.of()));
  }

  /** {@code gate} with {@code secrets} removed from its findings' messages, for reports, output and the audit. */
  static GateResult redact(GateResult gate, Secrets secrets) {
    return new GateResult(gate.gate(), gate.passed(), redact(gate.findings(), secrets), gate.took());
  }

  /** {@code findings} with {@code secrets} removed from their messages. */
  static List<Diagnostic> redact(List<Diagnostic> findings, Secrets secrets) {
    return findings.stream().map(d -> {
      String clean = secrets.redact(d.message());
      return clean.equals(d.message()) ? d : d.toBuilder().message(clean).build();
    }).toList();
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
