package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.JudgementException;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.ProblemKind;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a document, a file name or an argument puts into a message reaches the terminal escaped:
 * no control character, line or paragraph separator or bidi control is printed, so that one
 * problem is one line and no line can pass for another.
 */
class HostileTextTest {
  /** Controls, line and paragraph separators, and the bidi embeddings, overrides and isolates. */
  private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]");

  /** The Cuban question in JSON, as the JSON format writes it. */
  static final String CUBA = cuba();

  @TempDir
  Path dir;

  private static String cuba() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Hindsight.standard().format("json").orElseThrow().writer().orElseThrow().writeQuestion(Samples.cubanMissileCrisis(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The text as a JSON string whose every character is a {@code \\u} escape, so that any text makes valid JSON. */
  private static String json(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.chars().forEach(c -> sb.append(String.format("\\u%04x", c)));
    return sb.append('"').toString();
  }

  private static void assertPrintable(String printed) {
    assertThat(printed.lines()).allSatisfy(line -> assertThat(UNPRINTABLE.matcher(line).find())
        .as("%s", line.chars().mapToObj(Integer::toHexString).toList()).isFalse());
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> attacks = Arbitraries.of('\u001B', '\r', '\n', '\u0000', '\u0085', '\u009B', '\u2028', '\u2029',
        '\u202E', '\u2067', '\t');
    return Arbitraries.frequencyOf(Tuple.of(2, attacks), Tuple.of(2, Arbitraries.chars().range(' ', '~')), Tuple.of(1, Arbitraries.chars()))
        .list().ofMinSize(1).ofMaxSize(20).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Property(tries = 150)
  void everyProblemLineIsPrintable(@ForAll("hostile") String text) throws IOException {
    String cubaId = "\"id\": \"cuban-missile-crisis-who-won\"";
    List<String> documents = List.of(
        CUBA.replace(cubaId, "\"id\": " + json(text)),
        CUBA.replace(cubaId, cubaId + ", " + json(text) + ": 1"),
        CUBA.replaceFirst("\"status\": \"[a-z-]+\"", "\"status\": " + json(text)),
        CUBA.replaceFirst("\"ussr\"", json(text)));
    Path folder = Files.createTempDirectory("hindsight-hostile");
    Path file = folder.resolve("hostile.json");
    for (String document : documents) {
      Files.writeString(file, document);
      Cli r = Cli.run("validate", file.toString());
      assertPrintable(r.err());
      assertThat(r.err().lines()).allMatch(l -> l.startsWith(file + ":") || l.startsWith("hindsight: "));
    }
    Files.delete(file);
    Files.delete(folder);
  }

  @Test
  void aCraftedIdCannotForgeAProblem() throws IOException {
    Path file = dir.resolve("cuba.json");
    String forged = file + ":1:1: all is well";
    Files.writeString(file, CUBA.replace("\"cuban-missile-crisis-who-won\"", json("x\n" + forged + "\r\u001B[2K")));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.INPUT_PROBLEM);
    assertPrintable(r.err());
    assertThat(r.err().lines()).noneMatch(l -> l.startsWith(forged)).anyMatch(l -> l.contains("x\\u000A" + forged + "\\u000D\\u001B[2K"));
  }

  @Test
  void theCommandLinesOwnMessagesEscapeWhatTheyEcho() throws IOException {
    Path cubaFile = dir.resolve("cuba.json");
    Files.writeString(cubaFile, CUBA);
    List<Cli> runs = List.of(
        Cli.run("judge", cubaFile.toString(), "--weight", "glory\u001B[2J=2"),
        Cli.run("judge", cubaFile.toString(), "--as-of", "19\n62"),
        Cli.run("judge", cubaFile.toString(), "--reading", "a\u202E=b"),
        Cli.run("new", "bad\nid"),
        Cli.run("convert", dir.resolve("no\nsuch\u001B.json").toString(), dir.resolve("out.json").toString()),
        Cli.run("convert", cubaFile.toString(), dir.resolve("out\u2028.docx").toString()),
        Cli.run("validate", dir.resolve("gone\r.json").toString()),
        Cli.run("--no-such-option\u001B[1A"));
    for (Cli r : runs) {
      assertThat(r.code()).as("%s", r).isNotZero();
      assertThat(r.err()).as("%s", r).isNotEmpty();
      assertPrintable(r.err());
      assertPrintable(r.out());
    }
  }

  @Test
  void aJudgementReportPrintsTheDocumentsTextEscapedInEveryForm() throws IOException {
    // The model takes these in a name (they are not control characters); a terminal would obey them.
    String name = "Soviet\u202E Union\u2028\u2067";
    Path file = dir.resolve("cuba.json");
    Files.writeString(file, CUBA.replace("\"Soviet Union\"", json(name)));
    for (String form : List.of("text", "markdown", "json")) {
      Cli r = Cli.run("judge", file.toString(), "--format", form);
      assertThat(r.code()).as("%s", r).isZero();
      assertPrintable(r.out());
      assertPrintable(r.err());
      assertThat(r.out()).as(form).contains("Soviet\\u202E Union\\u2028\\u2067");
      if (form.equals("json")) {
        // Inside a JSON string the escape is the same text: a program reads the name exactly.
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out()).findValuesAsString("name")).contains(name);
      }
    }
  }

  @Test
  void filesWithHostileNamesAreNamedEscaped() throws IOException {
    Path file = dir.resolve("cuba\u001B[31m.json");
    Files.writeString(file, CUBA);
    Cli valid = Cli.run("validate", file.toString());
    assertThat(valid.code()).as("%s", valid).isZero();
    assertThat(valid.out()).startsWith(dir + "/cuba\\u001B[31m.json: valid");
    Path out = dir.resolve("out\n.jsonl");
    Cli converted = Cli.run("convert", file.toString(), out.toString());
    assertThat(converted.code()).as("%s", converted).isZero();
    assertThat(converted.out()).isEqualTo("wrote 1 question to " + dir + "/out\\u000A.jsonl" + System.lineSeparator());
    Cli made = Cli.run("new", "a-question", "-o", dir.resolve("new\u0085.md").toString());
    assertThat(made.code()).as("%s", made).isZero();
    assertPrintable(made.err());
  }

  @Test
  void failuresOfEveryKindAreEscaped() {
    List<Exception> failures = List.of(
        new JudgementException("q\u001B", List.of("the custom criterion 'x' failed: \u001B[2Jboom\nfoo:1:1: fine")),
        new InvalidModelException(ModelPath.root().field("id"), ProblemKind.BAD_VALUE, "'a\nb' is not an id"),
        new NoSuchFileException("in\u001B.json"),
        new IOException("disk\r\nfull"),
        new IllegalArgumentException("no format writes files named like a\u2029b"),
        new IllegalStateException("odd\u0000state"));
    for (Exception failure : failures) {
      StringWriter err = new StringWriter();
      Failures.report(failure, new PrintWriter(err, true));
      assertThat(err.toString()).as("%s", failure).isNotEmpty();
      assertThat(err.toString().lines()).as("%s", failure).hasSize(1);
      assertPrintable(err.toString());
    }
  }
}
