package io.dpds.lifecycle.plan;

import static io.dpds.load.Pointers.escape;

import io.dpds.identity.Fqn;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.InternalComponents;
import io.dpds.model.LifecycleTask;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/** Makes a {@link DeploymentPlan}: the steps, their dependencies, and a dependency-respecting order. */
final class Planner {

  private static final String APPS = "/internalComponents/applicationComponents/";
  private static final String INFRA = "/internalComponents/infrastructuralComponents/";

  private final ResolvedDescriptor descriptor;
  private final String stage;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Planner(ResolvedDescriptor descriptor, String stage) {
    this.descriptor = descriptor;
    this.stage = stage;
  }

  DeploymentPlan.Result plan() {
    InternalComponents internal = descriptor.descriptor().internalComponents()
        .orElse(InternalComponents.builder().build());
    List<ApplicationComponent> apps = internal.applicationComponents();
    List<InfrastructuralComponent> infra = internal.infrastructuralComponents();
    Map<String, Integer> appIndex = names(apps, APPS);
    Map<String, Integer> infraIndex = names(infra, INFRA);
    List<Integer> tasks = taskOrder(internal);

    List<PlanStep> steps = new ArrayList<>();
    List<String> beforeMeta = new ArrayList<>();
    for (int i = 0; i < apps.size(); i++) {
      String name = first(apps.get(i), i, appIndex);
      if (name != null) {
        steps.add(new PlanStep("build:" + name, StepKind.BUILD, name, List.of(), APPS + i, apps.get(i)));
        beforeMeta.add("build:" + name);
      }
    }
    for (int i = 0; i < infra.size(); i++) {
      String name = first(infra.get(i), i, infraIndex);
      if (name != null) {
        List<String> deps = new ArrayList<>();
        for (int d = 0; d < infra.get(i).dependsOn().size(); d++) {
          String at = INFRA + i + "/dependsOn/" + d;
          dependency(infra.get(i).dependsOn().get(d), at, appIndex, infraIndex).ifPresent(target -> {
            if (target.startsWith("deploy:")) {
              report(PlanRules.DEPENDS_ON_KIND, at, "The infrastructural component " + name + " depends on the"
                  + " application " + target.substring("deploy:".length()));
            } else {
              deps.add(target);
            }
          });
        }
        steps.add(new PlanStep("provision:" + name, StepKind.PROVISION, name, deps, INFRA + i, infra.get(i)));
        beforeMeta.add("provision:" + name);
      }
    }
    steps.add(new PlanStep("meta", StepKind.META, null, beforeMeta, "", null));
    List<String> deployed = new ArrayList<>();
    for (int i = 0; i < apps.size(); i++) {
      String name = first(apps.get(i), i, appIndex);
      if (name != null) {
        List<String> deps = new ArrayList<>(List.of("build:" + name, "meta"));
        for (int d = 0; d < apps.get(i).dependsOn().size(); d++) {
          dependency(apps.get(i).dependsOn().get(d), APPS + i + "/dependsOn/" + d, appIndex, infraIndex)
              .filter(target -> target.startsWith("deploy:") && !deps.contains(target)).ifPresent(deps::add);
        }
        steps.add(new PlanStep("deploy:" + name, StepKind.DEPLOY, name, deps, APPS + i, apps.get(i)));
        deployed.add("deploy:" + name);
      }
    }
    List<String> previous = deployed.isEmpty() ? List.of("meta") : deployed;
    for (int n = 0; n < tasks.size(); n++) {
      int written = tasks.get(n);
      LifecycleTask task = internal.lifecycleInfo().get(stage).get(written);
      String id = "task:" + (n + 1);
      steps.add(new PlanStep(id, StepKind.TASK, task.name().orElse(null), previous,
          "/internalComponents/lifecycleInfo/" + escape(stage) + "/" + written, task));
      previous = List.of(id);
    }
    List<PlanStep> ordered = order(steps);
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    return new DeploymentPlan.Result(failed ? Optional.empty() : Optional.of(new DeploymentPlan(stage, ordered)),
        diagnostics);
  }

  /**
   * The positions of the stage's tasks in run order; an unknown stage is reported when the descriptor lists stages.
   */
  private List<Integer> taskOrder(InternalComponents internal) {
    Map<String, List<LifecycleTask>> stages = internal.lifecycleInfo();
    List<LifecycleTask> written = stages.get(stage);
    if (written == null) {
      if (!stages.isEmpty()) {
        report(PlanRules.STAGE_UNKNOWN, "/internalComponents/lifecycleInfo",
            "The stage " + stage + " is not in lifecycleInfo; its stages are " + String.join(", ", stages.keySet()));
      }
      return List.of();
    }
    return IntStream.range(0, written.size()).boxed()
        .sorted(Comparator.<Integer, Boolean>comparing(i -> written.get(i).order().isEmpty())
            .thenComparing(i -> written.get(i).order().orElse(0)).thenComparing(i -> i))
        .toList();
  }

  /** The components' names and positions; unnamed and duplicate components are reported. */
  private Map<String, Integer> names(List<? extends Component> components, String base) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      Optional<String> name = components.get(i).name();
      if (name.isEmpty() || name.get().isBlank()) {
        report(PlanRules.UNNAMED, base + i, "This internal component has no name");
      } else if (index.putIfAbsent(name.get(), i) != null) {
        report(PlanRules.UNNAMED, base + i + "/name", "Two internal components are named " + name.get()
            + " (also " + base + index.get(name.get()) + ")");
      }
    }
    return index;
  }

  /** The component's name when it is the first component of that name (steps are made for it), else null. */
  private static String first(Component component, int position, Map<String, Integer> index) {
    String name = component.name().orElse(null);
    return name != null && index.get(name) != null && index.get(name) == position ? name : null;
  }

  /** The step a dependsOn entry stands for: {@code deploy:<app>} or {@code provision:<infra>}. */
  private Optional<String> dependency(String fqn, String at, Map<String, Integer> apps, Map<String, Integer> infra) {
    Optional<Fqn> parsed = Fqn.parse(fqn);
    Optional<String> product = descriptor.descriptor().info().flatMap(i -> i.fullyQualifiedName())
        .flatMap(Fqn::parse).map(Fqn::toString);
    if (parsed.isPresent() && parsed.get().componentName().isPresent()
        && (product.isEmpty() || parsed.get().productFqn().map(Fqn::toString).equals(product))) {
      String name = parsed.get().componentName().get();
      if (parsed.get().kind() == Fqn.Kind.APPLICATION && apps.containsKey(name)) {
        return Optional.of("deploy:" + name);
      }
      if (parsed.get().kind() == Fqn.Kind.INFRASTRUCTURE && infra.containsKey(name)) {
        return Optional.of("provision:" + name);
      }
    }
    report(PlanRules.DEPENDS_ON_UNKNOWN, at, "dependsOn names " + fqn + ", which is not an application or"
        + " infrastructural component of this product");
    return Optional.empty();
  }

  /** Kahn's algorithm, taking ready steps in plan order; a cycle is reported with its members. */
  private List<PlanStep> order(List<PlanStep> steps) {
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      position.put(steps.get(i).id(), i);
    }
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (PlanStep step : steps) {
      waiting.put(step.id(), step.dependsOn().size());
      step.dependsOn().forEach(dep -> dependents.computeIfAbsent(dep, d -> new ArrayList<>()).add(step.id()));
    }
    PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparing(position::get));
    waiting.forEach((id, n) -> {
      if (n == 0) {
        ready.add(id);
      }
    });
    List<PlanStep> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      ordered.add(steps.get(position.get(id)));
      for (String next : dependents.getOrDefault(id, List.of())) {
        if (waiting.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    if (ordered.size() < steps.size()) {
      Set<String> stuck = new HashSet<>(position.keySet());
      ordered.forEach(step -> stuck.remove(step.id()));
      List<String> cycle = cycle(steps, position, stuck);
      PlanStep closing = steps.get(position.get(cycle.get(cycle.size() - 2))); // where validate reports it too
      report(PlanRules.CYCLE, closing.pointer() + "/dependsOn", "The components depend on each other in a cycle: "
          + String.join(" -> ", cycle.stream().map(s -> s.substring(s.indexOf(':') + 1)).toList()));
    }
    return ordered;
  }

  /** One cycle among the {@code stuck} steps, its first member repeated at the end. */
  private static List<String> cycle(List<PlanStep> steps, Map<String, Integer> position, Set<String> stuck) {
    String start = stuck.stream().min(Comparator.comparing(position::get)).orElseThrow();
    List<String> path = new ArrayList<>();
    String at = start;
    while (!path.contains(at)) {
      path.add(at);
      at = steps.get(position.get(at)).dependsOn().stream().filter(stuck::contains).findFirst().orElseThrow();
    }
    List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
    loop.add(at);
    return loop;
  }

  private void report(Rule rule, String pointer, String message) {
    diagnostics.add(rule.at(pointer).message(message).location(descriptor.locate(pointer).orElse(null)).build());
  }
}
