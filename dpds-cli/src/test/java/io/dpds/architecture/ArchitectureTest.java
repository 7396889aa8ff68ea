package io.dpds.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The picture of {@code docs/architecture.md} as rules over the library's classes (main code of every module this one
 * sees): the modules' layers and who may use whom, no cycle between packages, the three judges independent, each
 * third-party library only where the design allows it, and no third-party type in a public signature but Jackson's
 * trees. A change that breaks the picture fails here; change the picture (and this test) on purpose, or not at all.
 */
class ArchitectureTest {

  /** The packages of each module (dpds-cli sees every library module and dpds-test). */
  static final String[] CORE = {"io.dpds.report..", "io.dpds.load..", "io.dpds.model..", "io.dpds.identity..",
    "io.dpds.api..", "io.dpds.triage..", "io.dpds.write..", "io.dpds.internal..", "io.dpds.core..", "io.dpds.config.."};

  static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.dpds");

  static void check(ArchRule rule) {
    rule.check(LIBRARY);
  }

  @Test
  void modulesOnlyUseTheModulesBelowThemAndTheJudgesNotEachOther() {
    check(layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy(CORE)
        .layer("spi").definedBy("io.dpds.spi..")
        .layer("validation").definedBy("io.dpds.validation..")
        .layer("compat").definedBy("io.dpds.compat..")
        .layer("policy").definedBy("io.dpds.policy..")
        .layer("lifecycle").definedBy("io.dpds.lifecycle..")
        .layer("store").definedBy("io.dpds.store..")
        .layer("fix").definedBy("io.dpds.fix..")
        .layer("test").definedBy("io.dpds.test..")
        .layer("cli").definedBy("io.dpds.cli..")
        .whereLayer("core").mayOnlyAccessLayers("core")
        .whereLayer("spi").mayOnlyAccessLayers("core")
        .whereLayer("validation").mayOnlyAccessLayers("core")
        .whereLayer("compat").mayOnlyAccessLayers("core")
        .whereLayer("policy").mayOnlyAccessLayers("core", "spi")
        .whereLayer("lifecycle").mayOnlyAccessLayers("core", "spi", "validation", "compat", "policy")
        .whereLayer("store").mayOnlyAccessLayers("spi")
        .whereLayer("fix").mayOnlyAccessLayers("core", "validation")
        .whereLayer("test").mayOnlyAccessLayers("core", "spi", "validation", "compat", "policy")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("test").mayNotBeAccessedByAnyLayer());
  }

  @Test
  void findingsAreTheFloorOfCore() {
    check(noClasses().that().resideInAPackage("io.dpds.report..").should().dependOnClassesThat(
        resideInAPackage("io.dpds..").and(not(resideInAPackage("io.dpds.report.."))))
        .because("findings are the floor every other package stands on"));
    check(noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage("io.dpds.spi..", "io.dpds.validation..", "io.dpds.compat..", "io.dpds.policy..",
            "io.dpds.lifecycle.."));
  }

  @Test
  void everyPackageSaysWhatLivesThereAndIsNullMarked() {
    List<String> missing = new ArrayList<>();
    LIBRARY.getPackage("io.dpds").getSubpackagesInTree().stream()
        .filter(p -> !p.getClasses().isEmpty())
        .filter(p -> p.tryGetPackageInfo().isEmpty() || !p.isAnnotatedWith(NullMarked.class))
        .forEach(p -> missing.add(p.getName()));

    org.assertj.core.api.Assertions.assertThat(missing)
        .as("packages without a @NullMarked package-info.java").isEmpty();
  }

  @Test
  void noPackageCycles() {
    check(slices().matching("io.dpds.(**)").should().beFreeOfCycles());
  }

  @Test
  void thirdPartyLibrariesOnlyWhereTheDesignAllowsThem() {
    check(onlyIn("org.apache.avro..", "io.dpds.compat.payload..", "io.dpds.validation.."));
    check(onlyIn("com.jayway.jsonpath..", "io.dpds.policy.."));
    check(onlyIn("com.networknt..", "io.dpds.validation..", "io.dpds.policy.."));
    check(onlyIn("org.semver4j..", "io.dpds.policy.."));
    check(onlyIn("picocli..", "io.dpds.cli.."));
  }

  private static ArchRule onlyIn(String library, String... packages) {
    return noClasses().that().resideOutsideOfPackages(packages).should().dependOnClassesThat()
        .resideInAPackage(library).because(library + " is used only in " + String.join(", ", packages));
  }

  /** Jackson's trees stand for foreign documents (API definitions, schemas); nothing else third-party is public. */
  private static final Set<String> PUBLIC_FOREIGN_TYPES = Set.of("com.fasterxml.jackson.databind.JsonNode",
      "com.fasterxml.jackson.databind.node.ObjectNode", "com.fasterxml.jackson.databind.node.ArrayNode");

  @Test
  void publicSignaturesHoldNoThirdPartyTypesButJacksonTrees() {
    check(methods().that().arePublic().and().areDeclaredInClassesThat(publicApi())
        .should(useOnlyOwnOrJdkTypes()));
  }

  private static DescribedPredicate<JavaClass> publicApi() {
    return DescribedPredicate.describe("public classes of the library",
        c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().startsWith("io.dpds.cli")
            && !c.getPackageName().startsWith("io.dpds.test"));
  }

  private static ArchCondition<JavaCodeUnit> useOnlyOwnOrJdkTypes() {
    return new ArchCondition<>("use only the library's, the JDK's and Jackson's tree types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          String name = type.getBaseComponentType().getName();
          boolean allowed = type.getBaseComponentType().isPrimitive() || name.startsWith("java.")
              || name.startsWith("javax.sql.") || name.startsWith("io.dpds.") || PUBLIC_FOREIGN_TYPES.contains(name);
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses " + name));
          }
        }
      }
    };
  }
}
