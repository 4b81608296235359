package io.github.hindsight.integration;

import io.github.hindsight.Hindsight;
import io.github.hindsight.cli.HindsightCli;
import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.ApiTypes;
import io.github.hindsight.testkit.NullArguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API of every published module uses JDK collections, not Guava's: Guava is something the
 * libraries use inside, and its version must not be forced on users and plugins.
 */
class PublishedApiUsesJdkTypesTest {

  @ParameterizedTest(name = "module of {0}")
  @ValueSource(classes = {Question.class, Judge.class, Hindsight.class, NullArguments.class, JsonFormat.class, MarkdownFormat.class, HindsightCli.class})
  void noGuavaTypeInTheExportedPackages(Class<?> anyClassOfTheModule) {
    ApiTypes.ofModuleOf(anyClassOfTheModule).forbid("com.google.common").check();
  }
}
