package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideTest {
  @Test
  void theEarlierBuildGetsItsOwnModulesAndTheSameLibraries(@TempDir Path temp) {
    Path root = temp.resolve("project");
    Path before = root.resolve("benchmarks/target/before");
    String library = temp.resolve("repository/jackson-core.jar").toString();
    List<Path> moved = SideBySide.moved(List.of(
        root.resolve("model/target/hindsight-model.jar").toString(),
        library,
        root.resolve("benchmarks/target/classes").toString()), root, before);
    assertThat(moved).containsExactly(
        before.resolve("model/target/hindsight-model.jar"),
        Path.of(library),
        before.resolve("benchmarks/target/classes"));
  }

  @Test
  void quantilesComeFromTheSortedValues() {
    double[] values = {5, 1, 4, 2, 3};
    assertThat(SideBySide.quantile(values, 0.5)).isEqualTo(3);
    assertThat(SideBySide.quantile(values, 0.25)).isEqualTo(2);
    assertThat(SideBySide.quantile(values, 1.0)).isEqualTo(5);
    assertThat(values).containsExactly(5, 1, 4, 2, 3);
  }
}
