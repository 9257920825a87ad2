package org.accountgovernance.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The design card's conventions, checked on the Flink adapter. */
class ArchitectureTest {
  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.accountgovernance.flink");

  @Test
  void everyPublicTypeStatesItsStability() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .beAnnotatedWith(API.class)
        .because("users need to know which types they may build on (VERSIONING.md)")
        .check(ADAPTER);
  }

  @Test
  void timeComesFromFlinkNeverFromTheWallClock() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .check(ADAPTER);
  }

  @Test
  void theAdapterUsesOnlyThePublicApiOfCoreAndRules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.accountgovernance.core.internal..", "org.accountgovernance.rules.internal..")
        .check(ADAPTER);
  }

  @Test
  void theAdapterNeverReachesIntoFlinkInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.flink.runtime..", "org.apache.flink.streaming.runtime..")
        .check(ADAPTER);
  }
}
