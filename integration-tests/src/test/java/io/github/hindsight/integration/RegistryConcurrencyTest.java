package io.github.hindsight.integration;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.registry.Capability;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry and the facade, shared by many threads or built by many at once, answer as for one. */
class RegistryConcurrencyTest {

  @Test
  void discoveryFromManyThreads() {
    Callable<List<String>> discover = () -> Hindsight.standard().formats().stream().map(FormatProvider::id).collect(Collectors.toList());
    Concurrently.sameAsOneThread(List.of(discover), 16);
  }

  @Test
  void oneFacadeDetectsReadsAndLooksUpFromManyThreads(@TempDir Path dir) throws Exception {
    Hindsight hindsight = Hindsight.standard();
    List<Question> questions = List.of(Samples.cubanMissileCrisis(), RandomQuestions.question(7), RandomQuestions.question(8));
    List<Callable<Object>> tasks = new ArrayList<>();
    for (FormatProvider f : Formats.lossless()) {
      for (int i = 0; i < questions.size(); i++) {
        Path named = dir.resolve("q" + i + "." + f.extensions().get(0));
        // The same bytes under a name no format claims, so that detection must read the content.
        Path unnamed = dir.resolve("q" + i + "-" + f.id() + ".data");
        hindsight.write(questions.get(i), named, f.id());
        Files.copy(named, unnamed);
        tasks.add(() -> hindsight.detect(named).id());
        tasks.add(() -> hindsight.read(named));
        tasks.add(() -> {
          try {
            return hindsight.detect(unnamed).id();
          } catch (IllegalArgumentException e) {
            return "undetected";
          }
        });
      }
      tasks.add(() -> hindsight.registry().require(f.id(), Capability.READ).id());
      tasks.add(() -> hindsight.registry().claimants("x." + f.extensions().get(0), Capability.WRITE).size());
    }
    Concurrently.sameAsOneThread(tasks, 8);
  }
}
