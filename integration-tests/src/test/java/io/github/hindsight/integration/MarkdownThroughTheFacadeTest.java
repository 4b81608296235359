package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.markdown.RevisionNotesFormat;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade finds the Markdown formats by file name and by id, as an application uses them. */
class MarkdownThroughTheFacadeTest {
  private static final Path QUESTIONS = Path.of("..", "examples", "questions");

  @Test
  void theFacadeReadsMarkdownFilesAndWritesRevisionNotesByTheirId(@TempDir Path dir) throws IOException {
    Hindsight hindsight = Hindsight.standard();
    Question q = hindsight.read(QUESTIONS.resolve("cuban-missile-crisis.md"));
    assertThat(q).isEqualTo(Samples.cubanMissileCrisis());
    Path notes = dir.resolve("notes.md");
    hindsight.write(q, notes, "revision-notes");
    assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(RevisionNotesFormat.write(q));
    // The notes are an export: read as the authoring format, they are refused with located problems.
    assertThatThrownBy(() -> hindsight.read(notes)).isInstanceOf(FormatException.class).hasMessageContaining("notes.md:1:1: missing front matter");
  }

  @Test
  void revisionNotesAddedByHandWinOverTheDiscoveredOnesAndUseTheApplicationsJudge(@TempDir Path dir) throws IOException {
    CustomCriterion cubaFirst = new CustomCriterion() {
      @Override
      public String id() {
        return "cuba-first";
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String actor) {
        return List.of(ScoredItem.of(actor, actor.equals("cuba") ? 1 : 0, 1, "Cuba first"));
      }
    };
    Question q = Samples.cubanMissileCrisis().withCriteria(List.of(
        Criterion.builder().id("cuba-first").name("Cuba first").weight(1.0).measure(Measure.CUSTOM).customMeasure("cuba-first").build()));
    RevisionNotesFormat byHand = new RevisionNotesFormat(Judge.builder().addCustomCriterion(cubaFirst).build());
    Hindsight hindsight = Hindsight.builder().addFormat(byHand).build();

    Path notes = dir.resolve("notes.md");
    hindsight.write(q, notes, "revision-notes");

    assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("Ahead: **Cuba**").doesNotContain("cannot judge");
    // Discovery finds the same class on the class path; the instance added by hand stands.
    assertThat(hindsight.format("revision-notes")).containsSame(byHand);
    // The discovered format, with the standard judge, knows no such criterion.
    Path standard = dir.resolve("standard.md");
    Hindsight.standard().write(q, standard, "revision-notes");
    assertThat(Files.readString(standard, StandardCharsets.UTF_8)).contains("cannot judge").doesNotContain("Ahead:");
  }
}
