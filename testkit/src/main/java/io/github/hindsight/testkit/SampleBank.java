package io.github.hindsight.testkit;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Topic;
import io.github.hindsight.model.Representative;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.util.List;

/**
 * The questions every format is tried on: the reference Cuban Missile Crisis question with its
 * topic, the smallest question the model allows, one full of text that trips up careless escaping
 * (quotes, backslashes, markup characters, accents and characters outside the basic plane), and
 * a few questions and topics made by {@link RandomQuestions} from a fixed seed, which use every
 * part of the model.
 */
public final class SampleBank {
  private SampleBank() {}

  /** @return the smallest valid question: an id and a prompt */
  public static Question minimal() {
    return Question.builder().id("minimal").prompt("Was the Berlin Airlift a success?").build();
  }

  /** @return a question whose text needs escaping in most formats */
  public static Question awkwardText() {
    return Question.builder()
        .id("awkward-text")
        .prompt("How far did \"détente\" — or *Entspannung* — change the Cold War?")
        .kind(QuestionKind.OTHER)
        .kindLabel("compare & contrast")
        .addGuidance("Quote sources exactly: 'like this', \"like that\", and C:\\path\\style back-slashes.")
        .addGuidance("Markup must stay text: # not a heading, | not a table, <b>not bold</b>, [not](a link), `not code`.")
        .addActor(Actor.builder().id("brd").name("Bundesrepublik Deutschland (Brandt's Ostpolitik)").kind(ActorKind.STATE)
            .addRepresentative(Representative.of("Willy Brandt")).putIdentifier("wikidata", "Q713750").build())
        .addActor(Actor.builder().id("ceskoslovensko").name("Československo").kind(ActorKind.STATE).build())
        .addActor(Actor.builder().id("dissidents").name("Dissidents 🕊️ & signatories").kind(ActorKind.GROUP).build())
        .addObjective(Objective.builder().id("recognition").addActor("brd").addActor("ceskoslovensko")
            .statement("Settle borders: 100% of them, \"for good\"?")
            .outcome(Outcome.builder().status(OutcomeStatus.PARTLY_ACHIEVED)
                .rationale("Treaties of 1970–73; yet {braces}, [brackets] & <angles> remain text.")
                .addEvidence("prague-treaty").build())
            .build())
        .addObjective(Objective.builder().id("voice").addActor("dissidents")
            .statement("Be heard — at home and abroad.")
            .outcome(Outcome.of(OutcomeStatus.UNCLEAR, "")).build())
        .addConsequence(Consequence.builder().id("charter").statement("Charter 77 cited the Helsinki Final Act.")
            .date(HistoricalDate.parse("1977-01"))
            .addEffect(ActorEffect.builder().actor("dissidents").effect(Effect.MIXED).note("Hope; then arrests.").build())
            .build())
        .addEvidence(Evidence.builder().id("prague-treaty").statement("The Treaty of Prague was signed.")
            .date(HistoricalDate.parse("1973-12-11")).build())
        .addTag("detente").addTag("1970s")
        .build();
  }

  /**
   * A question that builds but fails validation, which every writer must refuse: its objective
   * names an actor the question does not have, and its consequence bears on another.
   *
   * @return the invalid question
   */
  public static Question danglingActor() {
    return Question.builder()
        .id("dangling-actor")
        .prompt("Who gained most from the Berlin Airlift?")
        .addActor(Actor.builder().id("usa").name("United States").kind(ActorKind.STATE).build())
        .addObjective(Objective.builder().id("supply-berlin").addActor("usa").addActor("ussr-typo")
            .statement("Keep West Berlin supplied").outcome(Outcome.of(OutcomeStatus.ACHIEVED, "")).build())
        .addConsequence(Consequence.builder().id("nato").statement("NATO was founded.")
            .addEffect(ActorEffect.builder().actor("britain").effect(Effect.POSITIVE).build()).build())
        .build();
  }

  /**
   * A bank that builds but fails validation, which every writer must refuse: its one question is
   * valid but belongs to a topic the bank does not have, and its topic links to a question the
   * bank does not have.
   *
   * @return the invalid bank
   */
  public static QuestionBank danglingLinks() {
    return QuestionBank.builder()
        .addQuestion(minimal().withTopic("berlin-crises"))
        .addTopic(Topic.builder().id("cold-war").title("The Cold War").addRelatedQuestion("no-such-question").build())
        .build();
  }

  /** The seed of the generated part of the bank; fixed, so that a failure repeats. */
  public static final long SEED = 1962;

  /** How many generated questions the bank holds. */
  public static final int GENERATED = 5;

  /**
   * The bank: the reference question and its topic, {@link #minimal()}, {@link #awkwardText()},
   * then {@link #GENERATED} questions and their topics from {@link RandomQuestions#bank(long, int)}
   * with seed {@link #SEED}.
   *
   * @return the bank, valid
   */
  public static QuestionBank bank() {
    return BANK;
  }

  // Immutable, so one copy serves every test and thread.
  private static final QuestionBank BANK = build();

  private static QuestionBank build() {
    QuestionBank generated = RandomQuestions.bank(SEED, GENERATED);
    return QuestionBank.builder()
        .addQuestion(Samples.cubanMissileCrisis())
        .addQuestion(minimal())
        .addQuestion(awkwardText())
        .addAllQuestions(generated.questions())
        .addTopic(Samples.cubanMissileCrisisTopic())
        .addAllTopics(generated.topics())
        .build();
  }

  /** @return the questions of {@link #bank()} */
  public static List<Question> questions() {
    return bank().questions();
  }
}
