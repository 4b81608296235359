package io.github.hindsight.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fuzz test replays a seed corpus of its own: without one, regression mode would run the
 * empty input alone and pass, checking next to nothing, and fuzzing would start from nothing.
 */
class CorpusTest {
  /** Examples and reproducers: fewer than this means the corpus was lost or misnamed. */
  private static final int FEWEST_SEEDS = 5;

  @Test
  void everyFuzzTestHasASeedCorpus() throws Exception {
    List<Method> fuzzTests = fuzzTests();
    assertThat(fuzzTests).as("fuzz tests in %s", CorpusTest.class.getPackageName()).hasSizeGreaterThanOrEqualTo(7);
    for (Method test : fuzzTests) {
      String folder = test.getDeclaringClass().getSimpleName() + "Inputs/" + test.getName();
      assertThat(CorpusTest.class.getResource(folder)).as("the corpus folder %s", folder).isNotNull();
      try (Stream<Path> seeds = Files.list(Path.of(CorpusTest.class.getResource(folder).toURI()))) {
        assertThat(seeds.filter(Files::isRegularFile).count()).as("seeds in %s", folder).isGreaterThanOrEqualTo(FEWEST_SEEDS);
      }
    }
  }

  @Test
  void eachTestClassHoldsOneFuzzTest() throws Exception {
    // fuzz.sh fuzzes by class, one JVM each, and Jazzer fuzzes only one test in a JVM.
    for (Method test : fuzzTests()) {
      assertThat(fuzzTests().stream().filter(m -> m.getDeclaringClass() == test.getDeclaringClass()))
          .as("fuzz tests in %s", test.getDeclaringClass().getSimpleName()).hasSize(1);
    }
  }

  private static List<Method> fuzzTests() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Method> found = new ArrayList<>();
    Path here = Path.of(CorpusTest.class.getResource("").toURI());
    try (Stream<Path> classes = Files.list(here)) {
      for (Path file : classes.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
        String name = CorpusTest.class.getPackageName() + "." + file.getFileName().toString().replace(".class", "");
        for (Method m : Class.forName(name).getDeclaredMethods()) {
          if (m.isAnnotationPresent(FuzzTest.class)) {
            found.add(m);
          }
        }
      }
    }
    return found;
  }
}
