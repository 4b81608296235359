package io.github.hindsight.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each reproducer of the fuzzing rounds, as it is kept in the seed corpus, gives the result the
 * issue asks for: the located problem, or the model read correctly. A fuzz test only checks that
 * a refusal is located; these say where and what.
 */
class ReproducersTest {
  private static byte[] seed(String folder, String name) throws IOException {
    String path = folder + "/" + name;
    try (InputStream in = ReproducersTest.class.getResourceAsStream(path)) {
      assertThat(in).as("the seed %s", path).isNotNull();
      return in.readAllBytes();
    }
  }

  private static byte[] jsonSeed(String name) throws IOException {
    return seed("JsonReaderFuzzTestInputs/read", name);
  }

  private static byte[] markdownSeed(String name) throws IOException {
    return seed("MarkdownReaderFuzzTestInputs/read", name);
  }

  private static FormatException refusedAsQuestion(String format, byte[] doc, boolean strict) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> Formats.reader(format).readQuestion(new ByteArrayInputStream(doc), Reads.options(strict)));
    assertThat(e).as("refused").isNotNull();
    Reads.assertLocated(e, doc);
    return e;
  }

  private static FormatProblem first(FormatException e) {
    return e.problems().get(0);
  }

  private static void at(FormatProblem p, int line, int column, String words) {
    assertThat(p.location().line()).as("%s", p).hasValue(line);
    assertThat(p.location().column()).as("%s", p).hasValue(column);
    assertThat(p.message()).contains(words);
  }

  @Test
  void r1ManyProblemsAreTheFirstHundredAndACount() throws IOException {
    FormatException json = refusedAsQuestion("json", jsonSeed("r1-actors-20000-numbers.json"), true);
    assertThat(json.problems()).hasSize(FormatException.MAX_PROBLEMS + 1);
    assertThat(json.problems().get(FormatException.MAX_PROBLEMS).message()).startsWith("and 19900 more problems");
    FormatException md = refusedAsQuestion("markdown", markdownSeed("r1-150-bad-kinds.md"), true);
    assertThat(md.problems()).hasSize(FormatException.MAX_PROBLEMS + 1);
    at(first(md), 12, 13, "'planet' is not a valid actor kind");
    assertThat(md.problems().get(FormatException.MAX_PROBLEMS).message()).startsWith("and 50 more problems");
  }

  @Test
  void r2BytesThatLookLikeUtf32AreNotUtf8AtTheirStart() throws IOException {
    for (String format : List.of("json", "jsonl")) {
      for (boolean strict : new boolean[] {true, false}) {
        at(first(refusedAsQuestion(format, jsonSeed("r2-utf32-like-bytes"), strict)), 1, 1, "expected UTF-8");
      }
    }
  }

  @Test
  void r3UnmatchedBracketsAreRefusedAtTheFirstOverTheLimit() throws IOException {
    byte[] doc = markdownSeed("r3-image-brackets-20k.md");
    FormatException e = refusedAsQuestion("markdown", doc, false);
    // The brackets of the seed stand in the first line, where its front matter should be too.
    assertThat(e.problems()).anySatisfy(p -> at(p, 1, 258, "a paragraph with more than 128 '['"));
  }

  @Test
  void r4ControlCharactersInAnIdAreEscapedInTheProblem() throws IOException {
    for (String[] seed : List.of(new String[] {"r4-id-esc.json", "\\u001B"}, new String[] {"r4-id-nul.json", "\\u0000"},
        new String[] {"r4-id-u2028.json", "\\u2028"}, new String[] {"r4-id-u202e.json", "\\u202E"})) {
      FormatException e = refusedAsQuestion("json", jsonSeed(seed[0]), true);
      assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains(seed[1]));
      assertThat(e.getMessage()).doesNotContain("\u001B", "\u0000", "\u2028", "\u202E");
    }
  }

  @Test
  void r5ATabInFrontMatterIsOneLineAtTheTab() throws IOException {
    FormatException e = refusedAsQuestion("markdown", markdownSeed("r5-tab-in-front-matter.md"), true);
    assertThat(e.problems()).singleElement().satisfies(p -> at(p, 3, 1, "a tab cannot indent YAML; use spaces"));
  }

  @Test
  void r6InvalidBytesAndLoneSurrogatesAreRefusedWhereTheyAre() throws IOException {
    for (boolean strict : new boolean[] {true, false}) {
      at(first(refusedAsQuestion("json", jsonSeed("r6-f5-80-80-80-in-a-member-name.json"), strict)), 1, 69, "not UTF-8");
      assertThat(first(refusedAsQuestion("json", jsonSeed("r6-lone-surrogate.json"), strict)).message()).contains("surrogate");
      // The seed's title, '# Who won ' and then the bytes, on line 5.
      at(first(refusedAsQuestion("markdown", markdownSeed("r6-f5-80-80-80-in-the-title.md"), strict)), 5, 11, "the byte F5, which is not UTF-8");
    }
  }

  @Test
  void r7WhatTheMarkdownReaderRefusesItsWriterRefusesBeforeAByte() throws IOException {
    Question tagged = Formats.reader("json").readQuestion(new ByteArrayInputStream(jsonSeed("r7-tag-70000.json")), Reads.options(true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> Formats.format("markdown").writer().orElseThrow().writeQuestion(tagged, out));
    assertThat(out.size()).isZero();
    assertThat(first(e).location().pointer()).hasValue("/tags/0");
    QuestionBank empty = Formats.reader("json").readBank(
        new ByteArrayInputStream(seed("JsonRoundTripFuzzTestInputs/roundTrip", "r7-empty-bank.json")), Reads.options(true));
    assertThat(empty.questions()).isEmpty();
    FormatException none = catchThrowableOfType(FormatException.class,
        () -> Formats.format("markdown").writer().orElseThrow().writeBank(empty, out));
    assertThat(out.size()).isZero();
    assertThat(first(none).message()).contains("nothing to write");
  }

  @Test
  void r8AQuestionDocumentWhoseTopicItDoesNotDefineIsNoBank() throws IOException {
    byte[] doc = jsonSeed("r8-undefined-topic.json");
    assertThat(Formats.reader("json").readQuestion(new ByteArrayInputStream(doc), Reads.options(true)).topic()).hasValue("nowhere");
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> Formats.reader("json").readBank(new ByteArrayInputStream(doc), Reads.options(true)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/topic");
      assertThat(p.message()).contains("'nowhere'");
    });
  }

  @Test
  void r9AStrayIndentedBulletReadLenientlyComesBackTheSame() throws IOException {
    comesBackTheSameWhenReadLeniently("r9-stray-indented-bullet.md");
  }

  @Test
  void anUnknownSectionUnderAnUnderlinedHeadingIsKeptWithTheWholeHeading() throws IOException {
    Question q = comesBackTheSameWhenReadLeniently("underlined-unknown-section-after-a-list.md");
    assertThat(q.extras()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("id: broken-question kind: who-wins");
      assertThat(e.content()).isEqualTo("id: broken-question\nkind: who-wins\n---");
    });
  }

  /** Reads a Markdown seed leniently, writes it, and reads it again: the same question, and the same bytes when written again. */
  private static Question comesBackTheSameWhenReadLeniently(String seed) throws IOException {
    FormatReader md = Formats.reader("markdown");
    Question q = md.readQuestion(new ByteArrayInputStream(markdownSeed(seed)), Reads.options(false));
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    Formats.format("markdown").writer().orElseThrow().writeQuestion(q, once);
    Question back = md.readQuestion(new ByteArrayInputStream(once.toByteArray()), Reads.options(false));
    assertThat(back).isEqualTo(q);
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    Formats.format("markdown").writer().orElseThrow().writeQuestion(back, twice);
    assertThat(twice.toByteArray()).isEqualTo(once.toByteArray());
    return q;
  }

  @Test
  void alsoAStreamBrokenOutsideAnyQuestionReportsOnceAndEnds() throws IOException {
    byte[] doc = jsonSeed("also-bank-broken-outside-a-question.json");
    try (QuestionStream s = Formats.reader("json").streamQuestions(new ByteArrayInputStream(doc), Reads.options(true))) {
      assertThat(s.next().id()).isEqualTo("a");
      at(first(catchThrowableOfType(FormatException.class, s::hasNext)), 3, 1, "a question object");
      assertThat(s.hasNext()).isFalse();
    }
    byte[] lines = seed("JsonLinesReaderFuzzTestInputs/read", "also-problems-outside-any-question.jsonl");
    List<Integer> failedLines = new ArrayList<>();
    List<String> read = new ArrayList<>();
    try (QuestionStream s = Formats.reader("jsonl").streamQuestions(new ByteArrayInputStream(lines), Reads.options(true))) {
      while (s.hasNext()) {
        try {
          read.add(s.next().id());
        } catch (FormatException e) {
          failedLines.add(first(e).location().line().orElseThrow());
        }
      }
    }
    assertThat(failedLines).containsExactly(1, 2, 3);
    assertThat(read).containsExactly("q");
  }

  @Test
  void alsoAMarkdownDocumentOfThousandsOfLinesReads() throws IOException {
    Question q = Formats.reader("markdown").readQuestion(new ByteArrayInputStream(markdownSeed("also-3000-lines.md")), Reads.options(true));
    assertThat(q.guidance()).hasSize(3000).endsWith("Point 2999.");
  }
}
