package io.authwire.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the runtime and the annotations easy to change: no package of the runtime
 * depends on another that depends back on it, the runtime never needs the processor, the
 * annotations need nothing, and users see only the API package.
 */
class ArchitectureTest {
  private static final JavaClasses AUTHWIRE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.authwire");

  /** Every package of the runtime, its root included, is a slice of its own. */
  private static final SliceAssignment RUNTIME_PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          return name.startsWith("io.authwire.runtime")
              ? SliceIdentifier.of(name)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "packages of the runtime";
        }
      };

  @Test
  void runtimePackagesDependOnEachOtherWithoutCycles() {
    slices().assignedFrom(RUNTIME_PACKAGES).should().beFreeOfCycles().check(AUTHWIRE);
  }

  @Test
  void runtimeNeverNeedsTheProcessor() {
    noClasses()
        .that()
        .resideInAPackage("io.authwire.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.authwire.processor..")
        .check(AUTHWIRE);
  }

  @Test
  void annotationsNeedNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("io.authwire")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.authwire", "java..")
        .check(AUTHWIRE);
  }

  @Test
  void theApiNamesNoInternalTypeInWhatUsersCanCall() {
    classes()
        .that()
        .resideInAPackage("io.authwire.runtime")
        .and()
        .arePublic()
        .should(nameNoTypeOutsideTheApiInVisibleMembers())
        .check(AUTHWIRE);
  }

  private static ArchCondition<JavaClass> nameNoTypeOutsideTheApiInVisibleMembers() {
    return new ArchCondition<>("name no internal type in a public or protected member") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMember member : type.getMembers()) {
          Set<JavaModifier> modifiers = member.getModifiers();
          if (!modifiers.contains(JavaModifier.PUBLIC)
              && !modifiers.contains(JavaModifier.PROTECTED)) {
            continue;
          }
          List<JavaClass> named = new ArrayList<>();
          if (member instanceof JavaCodeUnit) {
            named.add(((JavaCodeUnit) member).getRawReturnType());
            named.addAll(((JavaCodeUnit) member).getRawParameterTypes());
          } else if (member instanceof JavaField) {
            named.add(((JavaField) member).getRawType());
          }
          for (JavaClass used : named) {
            if (used.getPackageName().startsWith("io.authwire.runtime.internal")) {
              events.add(
                  SimpleConditionEvent.violated(
                      member, member.getFullName() + " names " + used.getName()));
            }
          }
        }
      }
    };
  }
}
