package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example question is kept in both formats, and the two files describe equal questions. */
class JsonAndMarkdownTest {
  private static final FormatProvider JSON = new JsonFormat();

  static List<Path> questions() throws IOException {
    return ExamplesTest.examples().stream().filter(p -> !p.getFileName().toString().endsWith("-topics.md")).toList();
  }

  @ParameterizedTest
  @MethodSource("questions")
  void theJsonFileDescribesTheSameQuestion(Path markdownFile) throws IOException {
    String name = markdownFile.getFileName().toString();
    Path jsonFile = markdownFile.resolveSibling("json").resolve(name.substring(0, name.length() - ".md".length()) + ".json");
    assertThat(jsonFile).exists();
    Question fromMarkdown = MarkdownFormat.read(Files.readString(markdownFile, StandardCharsets.UTF_8), ReadOptions.named(name));
    byte[] json = Files.readAllBytes(jsonFile);
    Question fromJson = JSON.reader().orElseThrow().readQuestion(new ByteArrayInputStream(json), ReadOptions.named(jsonFile.getFileName().toString()));
    assertThat(fromJson).isEqualTo(fromMarkdown);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writer().orElseThrow().writeQuestion(fromMarkdown, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }
}
