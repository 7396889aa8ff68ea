package io.dpds.validation;

import io.dpds.load.Pointers;
import io.dpds.load.ReferenceSite;
import io.dpds.model.LifecycleTask;
import io.dpds.report.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Lifecycle rules (G36): distinct task orders per stage, tasks with something to execute, service as $href. */
final class LifecycleCheck implements DescriptorCheck {

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.LIFECYCLE_ORDER, ValidationRules.LIFECYCLE_TASK_EMPTY, ValidationRules.LIFECYCLE_SERVICE_REF);
  }

  private static final Pattern SERVICE = Pattern.compile("/internalComponents/lifecycleInfo/[^/]+/\\d+/service");

  @Override
  public void check(CheckContext context) {
    for (ReferenceSite site : context.resolved().references()) {
      if (SERVICE.matcher(site.pointer()).matches()) {
        context.report(ValidationRules.LIFECYCLE_SERVICE_REF, site.pointer(), "service is a Reference Object ('"
            + site.ref() + "'); the schema and the spec's example give it as {\"$href\": ...}", site.location());
      }
    }
    Map<String, Map<Integer, String>> orders = new HashMap<>(); // stage -> order -> how the first task is named
    for (ObjectSite site : context.objects(Role.LIFECYCLE_TASK)) { // every task written as an object, by the walk
      List<String> tokens = Pointers.tokens(site.pointer()); // internalComponents, lifecycleInfo, stage, index
      String stage = tokens.get(2);
      LifecycleTask task = (LifecycleTask) site.object();
      String named = task(task, tokens.get(3));
      task.order().ifPresent(order -> {
        String first = orders.computeIfAbsent(stage, s -> new HashMap<>()).putIfAbsent(order, named);
        if (first != null) {
          context.report(ValidationRules.LIFECYCLE_ORDER, site.child("order"), "Tasks " + first + " and " + named
              + " of stage '" + stage + "' both have order " + order);
        }
      });
      boolean service = task.service().isPresent() || task.serviceReference().isPresent();
      if (!service || task.template().isEmpty()) {
        String missing = service ? "template" : task.template().isPresent() ? "service" : "service and no template";
        context.report(ValidationRules.LIFECYCLE_TASK_EMPTY, site.pointer(),
            "Task " + named + " of stage '" + stage + "' has no " + missing);
      }
    }
  }

  /** {@return how a message names a task: its index (as in its pointer), and its name when it has one} */
  private static String task(LifecycleTask task, String index) {
    return task.name().map(name -> index + " ('" + name + "')").orElse(index);
  }

  /** {@return the pointer of task {@code index} of {@code stage}}: built for a finding only */
  static String taskPointer(String stage, int index) {
    return "/internalComponents/lifecycleInfo/" + Pointers.escape(stage) + "/" + index;
  }
}
