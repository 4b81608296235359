package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference questions as files: what the writer produces must not change by accident. Run
 * with {@code -Dhindsight.golden.update=true} to write the files after a deliberate change.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path EXAMPLES = Path.of("../examples/questions/json");
  static final Path DOCS = Path.of("../docs/formats");

  private static String golden(String name, String actual) throws IOException {
    return GoldenFiles.expected(GOLDEN.resolve(name), actual);
  }

  @Test
  void cubanMissileCrisisMatchesItsGoldenFile() throws IOException {
    String written = Io.write(Io.JSON, Samples.cubanMissileCrisis());
    assertThat(written).isEqualTo(golden("cuban-missile-crisis.json", written));
  }

  @Test
  void cubanGoldenFileReadsBackAsTheSample() throws IOException {
    Question back = Io.read(Io.JSON, Files.readString(GOLDEN.resolve("cuban-missile-crisis.json")));
    assertThat(back).isEqualTo(Samples.cubanMissileCrisis());
  }

  @Test
  void coldWarBankMatchesItsGoldenFiles() throws IOException {
    String json = Io.writeBank(Io.JSON, Samples.coldWarBank());
    assertThat(json).isEqualTo(golden("cold-war-bank.json", json));
    String jsonl = Io.writeBank(Io.JSONL, Samples.coldWarBank());
    assertThat(jsonl).isEqualTo(golden("cold-war-bank.jsonl", jsonl));
    assertThat(Io.readBank(Io.JSON, json)).isEqualTo(Samples.coldWarBank());
    assertThat(Io.readBank(Io.JSONL, jsonl)).isEqualTo(Samples.coldWarBank());
  }

  @Test
  void theExampleFileIsTheGoldenFile() throws IOException {
    assertThat(EXAMPLES.resolve("cuban-missile-crisis.json")).hasSameTextualContentAs(GOLDEN.resolve("cuban-missile-crisis.json"));
  }

  @Test
  void theSpecShowsTheWholeGoldenFile() throws IOException {
    String spec = Files.readString(DOCS.resolve("json.md"));
    assertThat(spec).contains("```json\n" + Files.readString(GOLDEN.resolve("cuban-missile-crisis.json")) + "```");
  }
}
