package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.spi.CustomCriterion;
import io.github.hindsight.judgement.spi.JudgementContext;
import io.github.hindsight.judgement.spi.ScoredItem;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Stance;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The notes show the verdicts of the judge the format is given, not one of the format's own. */
class RevisionNotesJudgeTest {
  /** The Cuban Missile Crisis judged by one custom criterion, which no service declares. */
  private static final Question JUDGED_BY_FAVOUR = Samples.cubanMissileCrisis().withCriteria(List.of(
      Criterion.builder().id("favour").name("Favour").weight(1.0).measure(Measure.CUSTOM).customMeasure("favour").build()));

  /** Full credit to one side, none to the others, so that the side it favours leads. */
  private static Judge favouring(String actor) {
    CustomCriterion favour = new CustomCriterion() {
      @Override
      public String id() {
        return "favour";
      }

      @Override
      public List<ScoredItem> score(JudgementContext context, String scored) {
        return List.of(ScoredItem.of(scored, scored.equals(actor) ? 1 : 0, 1, "favoured or not"));
      }
    };
    return Judge.builder().addCustomCriterion(favour).build();
  }

  private static String notes(RevisionNotesFormat format, Question question) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer().orElseThrow().writeQuestion(question, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theNotesShowTheVerdictOfTheJudgeGiven() throws IOException {
    String forCuba = notes(new RevisionNotesFormat(favouring("cuba")), JUDGED_BY_FAVOUR);
    String forUsa = notes(new RevisionNotesFormat(favouring("usa")), JUDGED_BY_FAVOUR);

    assertThat(forCuba).contains("| Rank | Side | Favour ×1 | Total |").contains("| 1 | **Cuba** | 1.00 | **1.00** |")
        .contains("Ahead: **Cuba**").doesNotContain("cannot judge");
    assertThat(forUsa).contains("| 1 | **United States** | 1.00 | **1.00** |").contains("Ahead: **United States**");
  }

  @Test
  void aHowConvincingQuestionGetsTheStatementWeighedThroughTheStances() throws IOException {
    Question q = Samples.cubanMissileCrisis().withKind(QuestionKind.HOW_CONVINCING);
    q = q.withInterpretations(List.of(q.interpretations().get(0).withStance(Stance.AGREES), q.interpretations().get(1),
        q.interpretations().get(2).withStance(Stance.DISAGREES)));
    String notes = notes(new RevisionNotesFormat(), q);
    String answer = Judge.standard().judge(q).statementAnswer().orElseThrow();

    assertThat(notes).contains("| **On the statement** | agrees | no stance | disagrees |")
        .contains(answer.substring(0, answer.indexOf(':'))).contains("Agrees: Schlesinger (orthodox), support");
    assertThat(notes(new RevisionNotesFormat(), Samples.cubanMissileCrisis())).doesNotContain("On the statement")
        .doesNotContain("The statement is");
  }

  @Test
  void theStandardJudgeKnowsNoUndeclaredCriterion() throws IOException {
    String standard = notes(new RevisionNotesFormat(), JUDGED_BY_FAVOUR);

    assertThat(standard).contains("The engine cannot judge this question:").contains("'favour'").doesNotContain("Ahead:");
    assertThat(RevisionNotesFormat.write(JUDGED_BY_FAVOUR)).isEqualTo(standard);
  }

  @Test
  void aSinkAndABankUseTheJudgeGivenToo() throws IOException {
    RevisionNotesFormat format = new RevisionNotesFormat(favouring("cuba"));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (var questions = format.writer().orElseThrow().openSink(sink)) {
      questions.write(JUDGED_BY_FAVOUR);
    }
    ByteArrayOutputStream bank = new ByteArrayOutputStream();
    format.writer().orElseThrow().writeBank(QuestionBank.builder().addQuestion(JUDGED_BY_FAVOUR.withTopic(Optional.empty())).build(), bank);

    assertThat(sink.toString(StandardCharsets.UTF_8)).contains("Ahead: **Cuba**");
    assertThat(bank.toString(StandardCharsets.UTF_8)).contains("Ahead: **Cuba**");
  }
}
