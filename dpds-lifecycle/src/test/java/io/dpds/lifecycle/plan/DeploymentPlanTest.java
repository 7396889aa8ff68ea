package io.dpds.lifecycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.Descriptors;
import io.dpds.report.Diagnostic;
import org.junit.jupiter.api.Test;

/** Plans: steps, their dependencies and order per the spec, and located diagnostics when no plan can be made. */
class DeploymentPlanTest {

  @Test
  void buildProvisionInDependsOnOrderMetaDeployInDependsOnOrderThenTheStageTasksInSpecOrder() {
    DeploymentPlan plan = DeploymentPlan.of(Descriptors.load(Descriptors.trips("1.2.0")), "dev").plan().orElseThrow();

    assertThat(plan.toJson().toString()).isEqualTo("{\"stage\":\"dev\",\"steps\":["
        + "{\"id\":\"build:ingest\",\"kind\":\"build\",\"component\":\"ingest\",\"dependsOn\":[]},"
        + "{\"id\":\"build:report\",\"kind\":\"build\",\"component\":\"report\",\"dependsOn\":[]},"
        + "{\"id\":\"provision:cluster\",\"kind\":\"provision\",\"component\":\"cluster\",\"dependsOn\":[]},"
        + "{\"id\":\"provision:topics\",\"kind\":\"provision\",\"component\":\"topics\","
        + "\"dependsOn\":[\"provision:cluster\"]},"
        + "{\"id\":\"meta\",\"kind\":\"meta\",\"component\":null,\"dependsOn\":[\"build:ingest\",\"build:report\","
        + "\"provision:topics\",\"provision:cluster\"]},"
        + "{\"id\":\"deploy:ingest\",\"kind\":\"deploy\",\"component\":\"ingest\",\"dependsOn\":[\"build:ingest\","
        + "\"meta\"]},"
        + "{\"id\":\"deploy:report\",\"kind\":\"deploy\",\"component\":\"report\",\"dependsOn\":[\"build:report\","
        + "\"meta\",\"deploy:ingest\"]},"
        + "{\"id\":\"task:1\",\"kind\":\"task\",\"component\":\"migrate\",\"dependsOn\":[\"deploy:ingest\","
        + "\"deploy:report\"]},"
        + "{\"id\":\"task:2\",\"kind\":\"task\",\"component\":\"smokeTest\",\"dependsOn\":[\"task:1\"]}]}");
    assertThat(plan.step("task:1").orElseThrow().pointer()).isEqualTo("/internalComponents/lifecycleInfo/dev/1");
  }

  @Test
  void tasksWithOrderComeFirstAscendingThenTheRestInDocumentOrder() {
    String yaml = Descriptors.trips("1.0.0").replaceAll("(?s)\n  lifecycleInfo:.*", "\n  lifecycleInfo:\n"
        + "    dev:\n      - {name: c}\n      - {name: b, order: 2}\n      - {name: a, order: 1}\n      - {name: d}\n"
        + "      - {name: b2, order: 2}\n");

    DeploymentPlan plan = DeploymentPlan.of(Descriptors.load(yaml), "dev").plan().orElseThrow();

    assertThat(plan.steps().stream().filter(s -> s.kind() == StepKind.TASK).map(PlanStep::component))
        .containsExactly("a", "b", "b2", "c", "d");
  }

  @Test
  void anUnknownStageNamesTheStagesThereAre() {
    var result = DeploymentPlan.of(Descriptors.load(Descriptors.trips("1.0.0")), "staging");

    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("plan.stage-unknown");
      assertThat(d.message()).contains("staging").contains("dev, prod");
      assertThat(d.location()).isPresent();
    });
  }

  @Test
  void withoutLifecycleInfoAnyStageHasTheComponentStepsOnly() {
    String yaml = Descriptors.trips("1.0.0").replaceAll("(?s)\n  lifecycleInfo:.*", "\n");

    DeploymentPlan plan = DeploymentPlan.of(Descriptors.load(yaml), "anything").plan().orElseThrow();

    assertThat(plan.steps()).extracting(PlanStep::kind).doesNotContain(StepKind.TASK).contains(StepKind.META);
  }

  @Test
  void draftShapedComponentsGiveTheSamePlanTheirInformationTravelsToTheAdapters() {
    String modern = Descriptors.trips("1.0.0").replaceAll("(?s)\n  lifecycleInfo:.*", "\n");
    String draft = modern.replace("      name: ingest\n", "      name: ingest\n"
        + "      buildInfo: {service: {$href: 'https://ci.example.org'}, template: {specification: maven}}\n"
        + "      deployInfo: {service: {$href: 'https://cd.example.org'}, configurations: {replicas: 2}}\n")
        .replace("      name: topics\n", "      name: topics\n"
        + "      provisionInfo: {service: {$href: 'https://tf.example.org'}, template: {specification: terraform}}\n");

    DeploymentPlan fromDraft = DeploymentPlan.of(Descriptors.load(draft), "dev").plan().orElseThrow();
    var loaded = Descriptors.load(draft).descriptor().internalComponents().orElseThrow();

    assertThat(fromDraft.toJson()).isEqualTo(DeploymentPlan.of(Descriptors.load(modern), "dev").plan()
        .orElseThrow().toJson());
    assertThat(loaded.applicationComponents().get(0).draftBuildInfo()).isPresent();
    assertThat(loaded.applicationComponents().get(0).draftDeployInfo()).isPresent();
    assertThat(loaded.infrastructuralComponents().get(0).draftProvisionInfo()).isPresent();
  }

  @Test
  void dependencyCyclesAreReportedWithTheirMembers() {
    String yaml = Descriptors.trips("1.0.0").replace("name: cluster\n      version: 1.0.0\n",
        "name: cluster\n      version: 1.0.0\n      dependsOn: [" + Descriptors.NAMESPACE
            + "1:infrastructure:topics]\n");

    var result = DeploymentPlan.of(Descriptors.load(yaml), "dev");

    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("plan.cycle");
      assertThat(d.message()).endsWith("topics -> cluster -> topics");
      assertThat(Descriptors.load(yaml).tree().at(d.pointer()).toString()).as("at the dependsOn that closes it")
          .contains("infrastructure:topics");
    });
  }

  @Test
  void dependsOnMustNameAnInternalComponentAndInfrastructureOnlyInfrastructure() {
    String yaml = Descriptors.trips("1.0.0")
        .replace("dependsOn: [urn:dpds:com.acme:dataproducts:trips:1:infrastructure:cluster]",
            "dependsOn: [urn:dpds:com.acme:dataproducts:trips:1:applications:ingest]")
        .replace("dependsOn: [urn:dpds:com.acme:dataproducts:trips:1:infrastructure:topics]",
            "dependsOn: [urn:dpds:com.acme:dataproducts:other:1:infrastructure:topics, notAnFqn]");

    var result = DeploymentPlan.of(Descriptors.load(yaml), "dev");

    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("plan.depends-on-unknown",
            "/internalComponents/applicationComponents/0/dependsOn/0"),
        org.assertj.core.groups.Tuple.tuple("plan.depends-on-unknown",
            "/internalComponents/applicationComponents/0/dependsOn/1"),
        org.assertj.core.groups.Tuple.tuple("plan.depends-on-kind",
            "/internalComponents/infrastructuralComponents/0/dependsOn/0"));
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.location()).isPresent());
  }

  @Test
  void unnamedAndDuplicateComponentsAreReported() {
    String yaml = Descriptors.trips("1.0.0").replace("name: report", "name: ingest");

    var result = DeploymentPlan.of(Descriptors.load(yaml), "dev");

    assertThat(result.diagnostics()).extracting(Diagnostic::ruleId).contains("plan.unnamed-component");
    assertThat(result.plan()).isEmpty();
  }
}
