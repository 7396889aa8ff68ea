package io.dpds.cli;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.lifecycle.plan.PlanStep;
import io.dpds.report.VisibleText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deployment plans and graphs as Mermaid flowcharts (which GitHub and GitLab render) and Graphviz DOT. */
final class Diagrams {

  private Diagrams() {}

  /** The plan as a Mermaid flowchart, left to right, one node per step and an edge per dependency. */
  static String mermaid(DeploymentPlan plan) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Map<String, String> ids = ids(plan.steps());
    for (PlanStep step : plan.steps()) {
      out.append("  ").append(ids.get(step.id())).append("[\"").append(mermaidText(step.id())).append("\"]\n");
    }
    for (PlanStep step : plan.steps()) {
      for (String before : step.dependsOn()) {
        out.append("  ").append(ids.get(before)).append(" --> ").append(ids.get(step.id())).append('\n');
      }
    }
    return out.toString();
  }

  /** The plan as a Graphviz digraph. */
  static String dot(DeploymentPlan plan, String name) {
    StringBuilder out = new StringBuilder("digraph ").append(dotText(name)).append(" {\n  rankdir=LR;\n");
    for (PlanStep step : plan.steps()) {
      out.append("  ").append(dotText(step.id())).append(" [shape=box];\n");
    }
    for (PlanStep step : plan.steps()) {
      for (String before : step.dependsOn()) {
        out.append("  ").append(dotText(before)).append(" -> ").append(dotText(step.id())).append(";\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** Node ids Mermaid accepts ({@code s1}, {@code s2}, ...), by step id. */
  private static Map<String, String> ids(List<PlanStep> steps) {
    Map<String, String> ids = new HashMap<>();
    for (PlanStep step : steps) {
      ids.put(step.id(), "s" + (ids.size() + 1));
    }
    return ids;
  }

  /** Text inside a quoted Mermaid label: quotes and angle brackets as entities, control characters as escapes. */
  static String mermaidText(String text) {
    return VisibleText.of(text).replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }

  private static String dotText(String text) {
    return "\"" + VisibleText.of(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
