package io.dpds.validation;

import io.dpds.load.Pointers;
import io.dpds.load.ReferenceSite;
import io.dpds.model.InternalComponents;
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
    context.descriptor().internalComponents().map(InternalComponents::lifecycleInfo).orElse(Map.of())
        .forEach((stage, tasks) -> stage(context, stage, tasks));
  }

  private static void stage(CheckContext context, String stage, List<LifecycleTask> tasks) {
    Map<Integer, Integer> orders = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      LifecycleTask task = tasks.get(i);
      int index = i;
      task.order().ifPresent(order -> {
        Integer first = orders.putIfAbsent(order, index);
        if (first != null) {
          context.report(ValidationRules.LIFECYCLE_ORDER, taskPointer(stage, index) + "/order", "Tasks "
              + task(tasks, first) + " and " + task(tasks, index) + " of stage '" + stage + "' both have order "
              + order);
        }
      });
      boolean service = task.service().isPresent() || task.serviceReference().isPresent();
      if (!service || task.template().isEmpty()) {
        String missing = service ? "template" : task.template().isPresent() ? "service" : "service and no template";
        context.report(ValidationRules.LIFECYCLE_TASK_EMPTY, taskPointer(stage, i),
            "Task " + task(tasks, i) + " of stage '" + stage + "' has no " + missing);
      }
    }
  }

  /** {@return how a message names task {@code index}: its index (as in its pointer), and its name when it has one} */
  private static String task(List<LifecycleTask> tasks, int index) {
    return tasks.get(index).name().map(name -> index + " ('" + name + "')").orElse(String.valueOf(index));
  }

  /** {@return the pointer of task {@code index} of {@code stage}}: built for a finding only */
  static String taskPointer(String stage, int index) {
    return "/internalComponents/lifecycleInfo/" + Pointers.escape(stage) + "/" + index;
  }
}
