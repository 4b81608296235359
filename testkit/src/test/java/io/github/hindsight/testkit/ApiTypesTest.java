package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.Hindsight;
import org.junit.jupiter.api.Test;

class ApiTypesTest {
  private final ApiTypes core = ApiTypes.ofModuleOf(Hindsight.class);

  @Test
  void namesResultsAndTheirTypeArguments() {
    assertThat(core.forbid("io.github.hindsight.spi").failures())
        .contains("io.github.hindsight.Hindsight.formats() returns io.github.hindsight.spi.FormatProvider")
        .contains("io.github.hindsight.registry.FormatRegistry.sniff(byte[], Collection) takes io.github.hindsight.spi.FormatProvider")
        .contains("io.github.hindsight.registry.FormatRegistry.sniff(byte[], Collection) returns io.github.hindsight.spi.FormatProvider")
        .contains("io.github.hindsight.Hindsight$Builder.addFormat(FormatProvider) takes io.github.hindsight.spi.FormatProvider");
  }

  @Test
  void aPackageStandsForItselfAndThePackagesBelowIt() {
    assertThat(ApiTypes.ofModuleOf(Hindsight.class).forbid("java.util.func").failures()).isEmpty();
    assertThat(ApiTypes.ofModuleOf(Hindsight.class).forbid("java.util").failures())
        .contains("io.github.hindsight.model.Question.actors() returns java.util.List");
  }

  @Test
  void checkListsEveryPlace() {
    assertThatThrownBy(() -> core.forbid("java.nio.file").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the API names a type of java.nio.file in ")
        .hasMessageContaining("io.github.hindsight.Hindsight.read(Path) takes java.nio.file.Path");
  }

  @Test
  void coreNamesNoGuavaType() {
    assertThat(core.forbid("com.google.common").failures()).isEmpty();
  }
}
