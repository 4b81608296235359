package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A tool that runs is there; one that does not is named with what to install. */
class RealToolTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void aToolThatRunsIsAvailable() {
    assertThat(RealTool.runs("install a JDK", JAVA, "-version")).isEmpty();
    RealTool.assumeAvailable(Optional.empty());
  }

  @Test
  void aMissingToolIsNamedWithWhatToInstall() {
    assertThat(RealTool.runs("install the frobnicator", "hindsight-no-such-tool-here", "--version"))
        .hasValueSatisfying(why -> assertThat(why).contains("hindsight-no-such-tool-here").contains("install the frobnicator"));
  }

  @Test
  void aToolThatFailsIsNamedWithItsCommand() {
    assertThat(RealTool.runs("install a working JDK", JAVA, "--no-such-option"))
        .hasValueSatisfying(why -> assertThat(why).contains("--no-such-option' failed: install a working JDK"));
  }

  @Test
  void aMissingToolSkipsOrInContinuousIntegrationFails() {
    Optional<String> missing = Optional.of("install the frobnicator");
    if ("true".equals(System.getenv("CI"))) {
      assertThatThrownBy(() -> RealTool.assumeAvailable(missing)).isInstanceOf(AssertionError.class).hasMessageContaining("frobnicator");
    } else {
      assertThatThrownBy(() -> RealTool.assumeAvailable(missing)).isInstanceOf(TestAbortedException.class).hasMessage("Assumption failed: install the frobnicator");
    }
  }
}
