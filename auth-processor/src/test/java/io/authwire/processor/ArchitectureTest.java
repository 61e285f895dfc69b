package io.authwire.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The processor names the runtime and Feign but never loads them, so that it runs in any build
 * whatever versions the user's code compiles against; and its packages do not depend in circles.
 */
class ArchitectureTest {
  private static final JavaClasses PROCESSOR =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.authwire.processor");

  @Test
  void processorNeverNeedsTheRuntimeOrFeign() {
    noClasses()
        .that()
        .resideInAPackage("io.authwire.processor..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.authwire.runtime..", "feign..")
        .check(PROCESSOR);
  }

  @Test
  void processorPackagesDependOnEachOtherWithoutCycles() {
    slices().matching("io.authwire.processor.(*)..").should().beFreeOfCycles().check(PROCESSOR);
  }
}
