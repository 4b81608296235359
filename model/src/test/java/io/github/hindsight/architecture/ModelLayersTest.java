package io.github.hindsight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is the bottom layer: the SPI builds on it, never the other way round. */
class ModelLayersTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.hindsight.model", "io.github.hindsight.spi", "io.github.hindsight.internal");

  @Test
  void theModelDoesNotDependOnTheSpi() {
    noClasses().that().resideInAPackage("io.github.hindsight.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.hindsight.spi..")
        .check(MODULE);
  }

  @Test
  void theModuleUsesNoIoLibrary() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", "org.commonmark..", "org.snakeyaml..")
        .because("the model depends on no I/O library; formats live in their own modules")
        .check(MODULE);
  }
}
