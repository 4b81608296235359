package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of JSON question files reads through the facade as a bank. */
class JsonFolderTest {

  @Test
  void aFolderOfQuestionFilesReadsAsABank(@TempDir Path folder) throws Exception {
    Hindsight hindsight = Hindsight.standard();
    Question a = RandomQuestions.question(1).withId("a").withTopic(java.util.Optional.empty());
    Question b = Samples.cubanMissileCrisis().withTopic(java.util.Optional.empty());
    hindsight.write(a, folder.resolve("a.json"));
    hindsight.write(b, folder.resolve("b.json"));
    assertThat(hindsight.readBank(folder).questions()).containsExactly(a, b);
  }
}
