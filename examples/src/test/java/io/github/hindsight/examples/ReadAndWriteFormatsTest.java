package io.github.hindsight.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAndWriteFormatsTest {
  @Test
  void everyFormatThatReadsGetsTheQuestionBackUnchanged(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      ReadAndWriteFormats.main(new String[] {dir.toString()});
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    long writers = Hindsight.standard().formats().stream().filter(f -> f.writer().isPresent()).count();
    assertThat(out.lines()).hasSize((int) writers).noneMatch(l -> l.contains("DIFFERENT"));
    assertThat(out).contains("json").contains("read back unchanged");
  }
}
