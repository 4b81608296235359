package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.testkit.samples.Samples;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * The launcher's training run succeeds on a good question and says so when a command fails, and
 * what the class-data archive must keep stays archivable.
 */
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

  @Test
  void theFailureHandlerHoldsNoLambdaSoThatTheArchiveKeepsIt() {
    // A lambda in a class that implements picocli's Java 5 interfaces gets it left out of the archive.
    assertThat(Failures.class.getInterfaces()).contains(IExecutionExceptionHandler.class, IParameterExceptionHandler.class);
    assertThat(Arrays.stream(Failures.class.getDeclaredMethods()).map(Method::getName)).noneMatch(name -> name.startsWith("lambda$"));
  }
}
