package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The Markdown writer refuses, before it writes a byte, every question that its reader would refuse. */
class WriterRefusesWhatReaderRefusesTest {
  private static final FormatWriter WRITER = new MarkdownFormat().writer().orElseThrow();
  private static final ReadOptions LENIENT = ReadOptions.builder().sourceName("q.md").strict(false).build();

  private static FormatProblem refusal(Question q) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatException e = catchThrowableOfType(FormatException.class, () -> WRITER.writeQuestion(q, out));
    assertThat(e).as("expected the writer to refuse").isNotNull();
    assertThat(out.size()).as("bytes written").isZero();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void aTagThatMakesTheFrontMatterTooLongIsRefusedAtTheTag() throws Exception {
    Question q = Samples.cubanMissileCrisis();
    Question tagged = q.withTags(List.of("cold-war", "x".repeat(70_000)));
    FormatProblem p = refusal(tagged);
    assertThat(p.location().pointer()).hasValue("/tags/1");
    assertThat(p.location().source()).isEqualTo(q.id());
    assertThat(p.message()).startsWith("this value makes the front matter ").endsWith(" characters long; the Markdown reader reads at most 65536");
  }

  @Test
  void anIdentifierSchemeWithTooManyBracketsIsRefusedAtTheIdentifier() throws Exception {
    Question q = Samples.cubanMissileCrisis();
    Actor first = q.actors().get(0);
    Map<String, String> identifiers = new LinkedHashMap<>(first.identifiers());
    identifiers.put("[".repeat(200), "Q1");
    List<Actor> actors = new ArrayList<>(q.actors());
    actors.set(0, first.withIdentifiers(identifiers));
    FormatProblem p = refusal(q.withActors(actors));
    assertThat(p.location().pointer()).hasValue("/actors/0/identifiers/" + "[".repeat(200));
    assertThat(p.message()).isEqualTo("this value puts more than 128 '[' in one paragraph; the Markdown reader reads at most 128 a paragraph");
  }

  @Test
  void anExtraWithTooManyBracketsIsRefusedAtTheExtra() throws Exception {
    Question q = Samples.cubanMissileCrisis().withExtras(
        Extra.builder().format("markdown").location("after:title").name("text").content("A note.").build(),
        Extra.builder().format("markdown").location("after:Actors").name("text").content("[x".repeat(129)).build());
    assertThat(refusal(q).location().pointer()).hasValue("/extras/1");
  }

  @Test
  void aTopicWhoseFrontMatterIsTooLongIsRefusedAtTheValue() {
    Topic t = Topic.builder().id("berlin").title("Berlin").course("c".repeat(70_000)).build();
    QuestionBank bank = QuestionBank.builder().addTopics(t).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatException e = catchThrowableOfType(FormatException.class, () -> WRITER.writeBank(bank, out));
    assertThat(out.size()).isZero();
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.location().pointer()).hasValue("/course"));
  }

  @Test
  void anEmptyBankIsRefusedRatherThanWrittenAsAnEmptyFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatException e = catchThrowableOfType(FormatException.class, () -> WRITER.writeBank(QuestionBank.builder().build(), out));
    assertThat(out.size()).isZero();
    assertThat(e.problems()).singleElement().hasToString(
        "bank (/questions): the bank has no questions and no topics; a Markdown bank holds at least one document, so there is nothing to write");
  }

  @Property(tries = 150)
  void whatTheWriterWritesTheReaderReadsBackEqual(@ForAll @LongRange(min = -10_000, max = 10_000) long seed,
      @ForAll @IntRange(min = 1, max = 3) int size, @ForAll("long strings") String text, @ForAll @IntRange(min = 0, max = 4) int where) {
    Statistics.coverage(c -> {
      c.check("refused").percentage(p -> p > 5);
      c.check("written").percentage(p -> p > 30);
    });
    Question q = withLongString(RandomQuestions.question(seed, size), text, where);
    String unchecked = CanonicalWriter.unchecked(q);
    String written;
    try {
      written = MarkdownFormat.write(q);
    } catch (FormatException e) {
      Statistics.collect("refused");
      // Refused only for what the reader would refuse: the same text, unchecked, does not read.
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.location().pointer()).isPresent());
      assertThat(catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(unchecked, LENIENT))).isNotNull();
      return;
    }
    Statistics.collect("written");
    assertThat(written).isEqualTo(unchecked);
    Question read = MarkdownFormat.read(written, LENIENT);
    assertThat(read).isEqualTo(q);
    assertThat(MarkdownFormat.write(read)).isEqualTo(written);
  }

  @Property(tries = 30)
  void aBankTheWriterWritesReadsBackEqual(@ForAll @LongRange(min = -10_000, max = 10_000) long seed, @ForAll @IntRange(min = 1, max = 6) int questions)
      throws Exception {
    QuestionBank bank = RandomQuestions.bank(seed, questions);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeBank(bank, out);
    QuestionBank read = new MarkdownFormat().reader().orElseThrow().readBank(new ByteArrayInputStream(out.toByteArray()), LENIENT);
    assertThat(read).isEqualTo(bank);
  }

  @Provide("long strings")
  Arbitrary<String> longStrings() {
    // Lengths around the front matter's limit of 65,536 characters, and short ones.
    Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(1, 300)), Tuple.of(3, Arbitraries.integers().between(50_000, 90_000)));
    Arbitrary<String> units = Arbitraries.of("x", "[", "[x", "a-", "é", "ab cd ");
    return net.jqwik.api.Combinators.combine(units, lengths).as((unit, length) -> unit.repeat(Math.max(1, length / unit.length())));
  }

  /** The question with the text in one of several places that a reader limits; text unfit for a place is made fit. */
  private static Question withLongString(Question q, String text, int where) {
    String slug = text.replaceAll("[^a-z]", "x").replaceAll("^-+|-+$", "").replaceAll("-{2,}", "-");
    String oneLine = text.strip().isEmpty() ? "x" : text.strip();
    return switch (where) {
      case 0 -> q.withTags(List.of(slug.isEmpty() ? "x" : slug));
      case 1 -> q.withExam(ExamMetadata.builder().board(oneLine).build());
      case 2 -> q.withPrompt(oneLine);
      case 3 -> q.withExtras(Extra.builder().format("markdown").location("after:title").name("text").content(oneLine).build());
      default -> {
        List<Actor> actors = new ArrayList<>(q.actors());
        actors.set(0, actors.get(0).withIdentifiers(Map.of(oneLine, "v")));
        yield q.withActors(actors);
      }
    };
  }
}
