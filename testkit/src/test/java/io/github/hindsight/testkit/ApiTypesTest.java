package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import org.junit.jupiter.api.Test;

class ApiTypesTest {
  private final ApiTypes model = ApiTypes.ofModuleOf(Question.class);

  @Test
  void namesResultsAndTheirTypeArguments() {
    assertThat(model.forbid("io.github.hindsight.spi").failures())
        .contains("io.github.hindsight.spi.FormatProvider.reader() returns io.github.hindsight.spi.FormatReader")
        .contains("io.github.hindsight.spi.support.FormatDescriptions.problems(FormatProvider) takes io.github.hindsight.spi.FormatProvider");
  }

  @Test
  void aPackageStandsForItselfAndThePackagesBelowIt() {
    assertThat(model.forbid("java.util.concurrent").failures()).isEmpty();
    assertThat(model.forbid("java.util").failures())
        .contains("io.github.hindsight.model.Question.actors() returns java.util.List");
  }

  @Test
  void checkListsEveryPlace() {
    assertThatThrownBy(() -> model.forbid("java.nio.file").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the API names a type of java.nio.file in ")
        .hasMessageContaining("io.github.hindsight.spi.support.AtomicFiles.write(Path, Content) takes java.nio.file.Path");
  }

  @Test
  void theModelNamesNoGuavaType() {
    assertThat(model.forbid("com.google.common").failures()).isEmpty();
  }
}
