package io.dpds.policy;

import io.dpds.policy.DeclarativePolicy.Origin;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.policy.PolicyViolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The built-in policy engine: declarative policies from files, the built-in pack, and Java {@link Policy}s (found by
 * {@link ServiceLoader} or registered), run the same way. Built once, immutable and thread-safe. Policy files that
 * cannot be used are {@link #problems()}, not exceptions; their policies are left out.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().files(Path.of("policies")).builtin().build();
 * engine.problems().forEach(System.err::println);            // broken policy files, with file:line
 * PolicyReport report = engine.check(PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, resolved));
 * }</pre>
 */
public final class PolicyEngine implements PolicyService {

  private final List<Policy> policies;
  private final List<Diagnostic> problems;

  private PolicyEngine(List<Policy> policies, List<Diagnostic> problems) {
    this.policies = List.copyOf(policies);
    this.problems = List.copyOf(problems);
  }

  /** {@return a builder of an engine with no policies yet} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the policies, in the order they run} */
  public List<Policy> policies() {
    return policies;
  }

  /** {@return why policy files could not be used (empty when all could)} */
  public List<Diagnostic> problems() {
    return problems;
  }

  /**
   * {@return the rules of the catalogue the given policies stand for: error when blocking, warning when advisory}
   *
   * @param policies the policies
   */
  public static List<Rule> rules(List<Policy> policies) {
    return policies.stream().map(p -> new Rule(p.id(), p.blocking() ? Severity.ERROR : Severity.WARNING,
        p.description(), p.hint().isEmpty() ? "See the policy's description." : p.hint())).toList();
  }

  /**
   * Runs every policy that applies to the input's event.
   *
   * @param input the event and the states the policies judge
   * @return each policy's result and the findings
   */
  public PolicyReport check(PolicyInput input) {
    Objects.requireNonNull(input, "input");
    List<PolicyResult> results = new ArrayList<>();
    Scope.Evaluation evaluation = null; // shared by the declarative policies
    for (Policy policy : policies) {
      if (!policy.events().isEmpty() && !policy.events().contains(input.event())) {
        continue;
      }
      List<PolicyViolation> violations;
      try {
        if (policy instanceof DeclarativePolicy declarative) {
          evaluation = evaluation != null ? evaluation : DeclarativePolicy.evaluation(input);
          violations = declarative.evaluate(evaluation);
        } else {
          violations = policy.evaluate(input);
        }
      } catch (RuntimeException | StackOverflowError e) {
        violations = List.of(new PolicyViolation("", "the policy failed: " + e, null, PolicyRules.FAILED.id()));
      }
      results.add(new PolicyResult(policy.id(), policy.blocking(), violations));
    }
    return new PolicyReport(results);
  }

  @Override
  public CompletionStage<List<PolicyResult>> evaluate(PolicyInput input) {
    return CompletableFuture.completedFuture(check(input).results());
  }

  /** Configures a {@link PolicyEngine}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private final List<Object> sources = new ArrayList<>(); // Path, "builtin", or Policy

    private Builder() {}

    /**
     * Adds the policies of a file, or of every policy file in a folder.
     *
     * @param fileOrFolder a policy file or a folder of them
     * @return this builder
     */
    public Builder files(Path fileOrFolder) {
      sources.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
      return this;
    }

    /**
     * Adds the built-in policy pack.
     *
     * @return this builder
     */
    public Builder builtin() {
      sources.add("builtin");
      return this;
    }

    /**
     * Adds each source as a command line or a configuration file names it: {@code builtin} for the built-in pack, else
     * a policy file or folder, resolved against {@code base} when relative.
     *
     * @param base the folder relative paths are resolved against
     * @param names the sources
     * @return this builder
     */
    public Builder sources(Path base, List<String> names) {
      for (String name : names) {
        if (name.equals("builtin")) {
          builtin();
        } else {
          files(base.resolve(name));
        }
      }
      return this;
    }

    /**
     * Adds a Java policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(Policy policy) {
      sources.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Adds every {@link Policy} listed for {@link ServiceLoader} on the class path.
     *
     * @return this builder
     */
    public Builder discover() {
      ServiceLoader.load(Policy.class, PolicyEngine.class.getClassLoader()).forEach(sources::add);
      return this;
    }

    /**
     * Builds the engine; policy files are read and compiled now. Duplicate ids are problems (the later one is left
     * out).
     *
     * @return the engine
     */
    public PolicyEngine build() {
      List<Policy> policies = new ArrayList<>();
      List<Diagnostic> problems = new ArrayList<>();
      for (Object source : sources) {
        PolicyFiles.Result result = source instanceof Path path ? PolicyFiles.read(path)
            : source instanceof Policy policy ? new PolicyFiles.Result(List.of(policy), List.of())
            : PolicyFiles.builtin();
        policies.addAll(result.policies());
        problems.addAll(result.problems());
      }
      Map<String, Policy> byId = new HashMap<>();
      List<Policy> unique = new ArrayList<>();
      for (Policy policy : policies) {
        Policy first = byId.putIfAbsent(policy.id(), policy);
        if (first == null) {
          unique.add(policy);
        } else {
          problems.add(duplicate(policy, first));
        }
      }
      return new PolicyEngine(unique, problems);
    }

    /**
     * The problem of {@code later}, left out as {@code first} has its id: located at the later one's id when a file
     * declares it, and saying where the first one is.
     */
    private static Diagnostic duplicate(Policy later, Policy first) {
      Origin origin = later instanceof DeclarativePolicy declared ? declared.origin() : new Origin("", null);
      return PolicyRules.DUPLICATE_ID.at(origin.pointer())
          .message("Two policies have the id " + later.id() + "; the later one"
              + (later instanceof DeclarativePolicy ? "" : " (" + whence(later) + ")") + " is left out; the first is "
              + whence(first))
          .location(origin.location()).build();
    }

    /** Where {@code policy} comes from, for a message: where its id is written, or its Java class. */
    private static String whence(Policy policy) {
      if (policy instanceof DeclarativePolicy declared) {
        return declared.origin().location() == null ? "in a policy file" : "at " + declared.origin().location();
      }
      return "the Java class " + policy.getClass().getName();
    }
  }
}
