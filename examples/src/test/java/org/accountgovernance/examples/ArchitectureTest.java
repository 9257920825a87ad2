package org.accountgovernance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The architecture the design card states, checked on the compiled library. */
class ArchitectureTest {
  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "org.accountgovernance.core",
              "org.accountgovernance.rules",
              "org.accountgovernance.testkit");

  @Test
  void coreDependsOnNeitherRulesNorTestkit() {
    noClasses()
        .that()
        .resideInAPackage("org.accountgovernance.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.accountgovernance.rules..", "org.accountgovernance.testkit..")
        .check(LIBRARY);
  }

  @Test
  void rulesDoNotDependOnTheTestkit() {
    noClasses()
        .that()
        .resideInAPackage("org.accountgovernance.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.accountgovernance.testkit..")
        .check(LIBRARY);
  }

  @Test
  void rulesAndCoreNeverReadTheWallClock() {
    noClasses()
        .that()
        .resideInAnyPackage("org.accountgovernance.core..", "org.accountgovernance.rules..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .check(LIBRARY);
  }

  @Test
  void publicSignaturesNeverExposeInternalTypes() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should()
        .haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "an internal type",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getPackageName().contains(".internal")))
        .check(LIBRARY);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.accountgovernance.(*).(*)..").should().beFreeOfCycles().check(LIBRARY);
  }

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
        .check(LIBRARY);
  }

  @Test
  void internalTypesAreMarkedInternal() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and()
        .resideInAPackage("..internal..")
        .should(
            new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                "be marked @API(status = INTERNAL)") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaClass c,
                  com.tngtech.archunit.lang.ConditionEvents events) {
                API api = c.reflect().getAnnotation(API.class);
                if (api == null || api.status() != API.Status.INTERNAL) {
                  events.add(
                      com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                          c, c.getName() + " is in an internal package but not @API(INTERNAL)"));
                }
              }
            })
        .check(LIBRARY);
  }
}
