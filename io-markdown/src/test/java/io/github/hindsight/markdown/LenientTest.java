package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lenient reading keeps what the format does not define, and writing puts it back where it was. */
class LenientTest {
  private static final ReadOptions LENIENT = ReadOptions.builder().sourceName("extras.md").strict(false).build();

  private String document() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/lenient/extras.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void unknownContentIsKeptAsMarkdownExtrasWithWhereItWas() throws IOException {
    Question q = MarkdownFormat.read(document(), LENIENT);
    assertThat(q.extras()).extracting(Extra::format).containsOnly("markdown");
    assertThat(q.extras()).extracting(Extra::location, Extra::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple("front-matter", "colour"),
        org.assertj.core.groups.Tuple.tuple("front-matter", "reviewed-by"),
        org.assertj.core.groups.Tuple.tuple("after:title", "text"),
        org.assertj.core.groups.Tuple.tuple("item:actors/ussr", "Mood"),
        // Text kept from a section is written at its start, before its items, so it comes first.
        org.assertj.core.groups.Tuple.tuple("after:Objectives", "text"),
        org.assertj.core.groups.Tuple.tuple("item:objectives/cuba-safe", "Teacher's comment"),
        org.assertj.core.groups.Tuple.tuple("after:Objectives", "Homework"));
    assertThat(q.extras().get(1).content()).isEqualTo("reviewed-by:\n  - Ms Patel");
    assertThat(q.extras().get(3).content()).isEqualTo("- **Mood:** wary\n  - of the Americans");
    assertThat(q.extras().get(6).content()).isEqualTo("## Homework\n\nRead chapter 4.");
  }

  @Test
  void writingBackGivesAnEqualQuestionAndStableBytes() throws IOException {
    Question q = MarkdownFormat.read(document(), LENIENT);
    String written = MarkdownFormat.write(q);
    assertThat(written).contains("colour: blue\n", "- **Mood:** wary\n  - of the Americans\n", "## Homework\n\nRead chapter 4.\n");
    Question again = MarkdownFormat.read(written, LENIENT);
    assertThat(again).isEqualTo(q);
    assertThat(MarkdownFormat.write(again)).isEqualTo(written);
  }

  @Test
  void anUnknownFieldWithAnotherBulletIsKeptWithTheWritersBulletSoThatItStaysWithItsItem() throws IOException {
    String document = document().replace("- **Kind:** state\n- **Mood:**", "* K-*ind:** state\n- **Mood:**");
    Question q = MarkdownFormat.read(document, LENIENT);
    assertThat(q.extras()).filteredOn(e -> e.location().equals("item:actors/ussr")).extracting(Extra::content)
        .containsExactly("- K-*ind:** state");
    assertWritingBackGivesAnEqualQuestionAndTheSameBytes(q);
  }

  @Test
  void anUnknownSectionUnderAnyFormOfLevelTwoHeadingIsWrittenBackAfterTheSectionBeforeIt() throws IOException {
    for (String heading : List.of("##\n", "## Notes ##\n", "Notes\n---\n")) {
      String document = "---\nid: q\n---\n\n# Who won?\n\n## Guidance\n\n- Read the sources.\n\n" + heading
          + "\nA note.\n\n## Actors\n\n### A `a`\n\n- **Kind:** state\n";
      Question q = MarkdownFormat.read(document, LENIENT);
      assertThat(MarkdownFormat.write(q)).as(heading).containsSubsequence("- Read the sources.", "A note.", "## Actors");
      assertWritingBackGivesAnEqualQuestionAndTheSameBytes(q);
    }
  }

  @Test
  void strayBlocksWrittenBackSideBySideAreKeptAsOneSoThatTwoListsDoNotBecomeOne() throws IOException {
    String document = "---\nid: q\n---\n\n- before the title\n\n# Who won?\n\n- after the title\n\n## Guidance\n\n"
        + "- Read the sources.\n\n## Actors\n\nA note.\n\n### A `a`\n\n- **Kind:** state\n\n* a stray list\n";
    Question q = MarkdownFormat.read(document, LENIENT);
    assertThat(q.extras()).extracting(Extra::location, Extra::content).containsExactly(
        org.assertj.core.groups.Tuple.tuple("after:title", "- before the title\n\n- after the title"),
        org.assertj.core.groups.Tuple.tuple("after:Actors", "A note.\n\n* a stray list"));
    assertWritingBackGivesAnEqualQuestionAndTheSameBytes(q);
  }

  @Test
  void anUnknownFieldThatADashWouldMakeAThematicBreakIsAProblemEvenWhenLenient() throws IOException {
    String document = document().replace("- **Kind:** state\n- **Mood:**", "* **Kind:** state\n* --\n\n- **Mood:**");
    FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(document, LENIENT));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).hasValue(18);
      assertThat(p.message()).startsWith("unknown field '--' of an actor");
    });
  }

  @Test
  void strictReadingReportsEachOfThemWithItsLine() throws IOException {
    FormatException e = catchThrowableOfType(FormatException.class, () -> MarkdownFormat.read(document(), ReadOptions.named("extras.md")));
    assertThat(e.problems()).extracting(p -> p.location().line().getAsInt()).containsExactly(4, 5, 9, 18, 26, 28, 30);
    assertThat(e.getMessage()).contains("extras.md:4:1: unknown key 'colour'", "extras.md:30:1: unknown section 'Homework'");
  }

  @Test
  void extrasOfAnotherFormatAreRefusedRatherThanDropped() {
    Question q = Samples.cubanMissileCrisis().withExtras(Extra.builder().format("json").location("/objectives/0").name("colour").content("\"red\"").build());
    assertThatThrownBy(() -> MarkdownFormat.write(q)).isInstanceOf(FormatException.class)
        .hasMessageContaining("'json' format").hasMessageContaining("'colour' at /objectives/0");
  }

  @Test
  void extrasWhoseItemWasRemovedAreStillWritten() throws IOException {
    Question q = MarkdownFormat.read(document(), LENIENT);
    Question changed = q.withObjectives(q.objectives().get(0).withId("renamed"));
    assertThat(MarkdownFormat.write(changed)).contains("- **Teacher's comment:** a good aim to start with");
  }

  private static void assertWritingBackGivesAnEqualQuestionAndTheSameBytes(Question q) {
    String written = MarkdownFormat.write(q);
    Question again = MarkdownFormat.read(written, LENIENT);
    assertThat(again).isEqualTo(q);
    assertThat(MarkdownFormat.write(again)).isEqualTo(written);
  }
}
