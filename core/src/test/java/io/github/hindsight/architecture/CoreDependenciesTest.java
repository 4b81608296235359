package io.github.hindsight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core, and the judgement and model modules it brings in, stay free of I/O libraries. */
class CoreDependenciesTest {
  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.hindsight");

  @Test
  void coreUsesNoJacksonAndNoCommonmark() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", "org.commonmark..")
        .because("core depends on no I/O library; formats live in their own modules")
        .check(CORE);
  }
}
