package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.testkit.samples.Samples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run succeeds on a good question and says so when a command fails. */
class ArchiveTrainingTest {

  @Test
  void everyCommandSucceedsOnTheExample(@TempDir Path dir) throws Exception {
    Path cuba = dir.resolve("cuba.md");
    Hindsight.standard().write(Samples.cubanMissileCrisis(), cuba);
    assertThat(ArchiveTraining.train(cuba.toString())).isEqualTo(HindsightCli.OK);
  }

  @Test
  void aFailingCommandFailsTheTraining(@TempDir Path dir) {
    assertThat(ArchiveTraining.train(dir.resolve("missing.md").toString())).isEqualTo(HindsightCli.IO_ERROR);
  }
}
