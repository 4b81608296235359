package io.github.hindsight.testkit.samples;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.model.Representative;

/** Sample questions, built in code. */
public final class Samples {
  private Samples() {}

  private static HistoricalDate date(String text) {
    return HistoricalDate.parse(text);
  }

  /**
   * The topic of the reference question, in a Cold War unit.
   *
   * @return the topic
   */
  public static Topic cubanMissileCrisisTopic() {
    return Topic.builder()
        .id("cuban-missile-crisis")
        .title("The Cuban Missile Crisis")
        .period("1962")
        .course("The Cold War")
        .addRelatedQuestion("cuban-missile-crisis-who-won")
        .build();
  }

  /**
   * The reference question, "Who won the Cuban Missile Crisis?", with the aims of the Soviet
   * Union, the United States and Cuba, what became of each, the consequences in the years after,
   * what was known at the time against what came out later, historians' interpretations and the
   * criteria of judgement.
   *
   * @return the question, valid
   */
  public static Question cubanMissileCrisis() {
    return Question.builder()
        .id("cuban-missile-crisis-who-won")
        .prompt("Who won the Cuban Missile Crisis?")
        .kind(QuestionKind.WHO_WON)
        .topic("cuban-missile-crisis")
        .addGuidance("Stay balanced: give each side's aims before deciding who came out ahead.")
        .addGuidance("Judge each aim by what actually happened, not by how it looked.")
        .addGuidance("Follow the consequences into the months and years after October 1962.")
        .addGuidance("Separate what was known at the time from what came out later.")
        .addActor(Actor.builder().id("ussr").name("Soviet Union").kind(ActorKind.STATE)
            .addRepresentative(Representative.of("Nikita Khrushchev")).putIdentifier("wikidata", "Q15180").build())
        .addActor(Actor.builder().id("usa").name("United States").kind(ActorKind.STATE)
            .addRepresentative(Representative.of("John F. Kennedy")).putIdentifier("wikidata", "Q30").build())
        .addActor(Actor.builder().id("cuba").name("Cuba").kind(ActorKind.STATE)
            .addRepresentative(Representative.of("Fidel Castro")).putIdentifier("wikidata", "Q241").build())
        // The Soviet Union's aims.
        .addObjective(Objective.builder()
            .id("turkey-missiles-out").addActor("ussr")
            .statement("Have the American Jupiter missiles taken out of Turkey.")
            .horizon(Horizon.SHORT_TERM).importance(Importance.HIGH).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED)
                .rationale("Kennedy secretly agreed to withdraw the Jupiters, and they were gone by April 1963.")
                .addEvidence("turkey-deal")
                .statusBeforeEvidence(OutcomeStatus.NOT_ACHIEVED)
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("cuba-secure").addActor("ussr")
            .statement("Keep Cuba safe from an American invasion.")
            .horizon(Horizon.LONG_TERM).importance(Importance.HIGH).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED)
                .rationale("The United States pledged not to invade Cuba and has kept that pledge ever since.")
                .addEvidence("no-invasion-pledge")
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("missiles-near-usa").addActor("ussr")
            .statement("Station nuclear missiles within easy reach of the United States.")
            .horizon(Horizon.IMMEDIATE).importance(Importance.MEDIUM).basis(Basis.INFERRED)
            .outcome(Outcome.builder().status(OutcomeStatus.DEPENDS_ON_READING)
                .rationale("Whether this failed turns on what Khrushchev meant the missiles for.")
                .addReading(Reading.builder().id("permanent-base")
                    .intent("The missiles were meant to stay in Cuba for good.")
                    .status(OutcomeStatus.NOT_ACHIEVED)
                    .rationale("Every missile was shipped back to the Soviet Union within weeks.")
                    .addEvidence("soviet-missiles-withdrawn")
                    .build())
                .addReading(Reading.builder().id("bargaining-chip")
                    .intent("The missiles were a lever to win concessions elsewhere.")
                    .status(OutcomeStatus.ACHIEVED)
                    .rationale("Their withdrawal bought the no-invasion pledge and the removal of the Jupiters.")
                    .addEvidence("no-invasion-pledge").addEvidence("turkey-deal")
                    .build())
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("khrushchev-standing").addActor("ussr")
            .statement("Strengthen Khrushchev's position at home and quieten the Kremlin hard-liners.")
            .horizon(Horizon.SHORT_TERM).importance(Importance.MEDIUM).basis(Basis.INFERRED)
            .outcome(Outcome.builder().status(OutcomeStatus.NOT_ACHIEVED)
                .rationale("Relations with China fell apart and Khrushchev was removed from power in October 1964.")
                .addEvidence("sino-soviet-split").addEvidence("khrushchev-removed")
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("peaceful-coexistence").addActor("ussr")
            .statement("Move the superpowers towards peaceful coexistence.")
            .horizon(Horizon.LONG_TERM).importance(Importance.MEDIUM).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED)
                .rationale("Having come so close to nuclear war, both sides set up a direct line and began talks on nuclear arms.")
                .addEvidence("hotline-opened").addEvidence("test-ban-signed")
                .build())
            .build())
        // The United States' aims.
        .addObjective(Objective.builder()
            .id("cuban-missiles-removed").addActor("usa")
            .statement("End the threat of Soviet nuclear missiles in Cuba.")
            .horizon(Horizon.IMMEDIATE).importance(Importance.HIGH).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED)
                .rationale("The missiles were dismantled and shipped home, and the naval quarantine was lifted in November 1962.")
                .addEvidence("soviet-missiles-withdrawn")
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("no-concessions").addActor("usa")
            .statement("Get the missiles out without paying for it with concessions.")
            .horizon(Horizon.IMMEDIATE).importance(Importance.MEDIUM).basis(Basis.INFERRED)
            .outcome(Outcome.builder().status(OutcomeStatus.NOT_ACHIEVED)
                .rationale("Kennedy gave a public pledge not to invade Cuba and a secret promise to remove the Jupiters from Turkey.")
                .addEvidence("turkey-deal")
                .statusBeforeEvidence(OutcomeStatus.ACHIEVED)
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("cuba-isolated").addActor("usa")
            .statement("Isolate Cuba and, in the longer run, see its communist government fall.")
            .horizon(Horizon.LONG_TERM).importance(Importance.LOW).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.PARTLY_ACHIEVED)
                .rationale("The no-invasion pledge let Castro's government survive, but Castro felt let down by Moscow and Cuban-Soviet relations cooled for years.")
                .addEvidence("no-invasion-pledge").addEvidence("castro-sidelined")
                .build())
            .build())
        // An aim both superpowers shared.
        .addObjective(Objective.builder()
            .id("safer-homeland").addActor("ussr").addActor("usa")
            .statement("Make their own country safer from nuclear attack.")
            .horizon(Horizon.SHORT_TERM).importance(Importance.MEDIUM).basis(Basis.INFERRED)
            .outcome(Outcome.builder().status(OutcomeStatus.PARTLY_ACHIEVED)
                .rationale("Missiles left Cuba and Turkey alike, though the arms race went on.")
                .addEvidence("soviet-missiles-withdrawn").addEvidence("turkey-deal")
                .build())
            .build())
        // Cuba's aims.
        .addObjective(Objective.builder()
            .id("guantanamo-addressed").addActor("cuba")
            .statement("Have its grievances, such as the American base at Guantanamo Bay, settled in the deal.")
            .horizon(Horizon.IMMEDIATE).importance(Importance.MEDIUM).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.NOT_ACHIEVED)
                .rationale("The superpowers settled without Castro, and Guantanamo was never raised.")
                .addEvidence("castro-sidelined")
                .build())
            .build())
        .addObjective(Objective.builder()
            .id("revolution-survives").addActor("cuba")
            .statement("Keep the revolutionary government safe from invasion.")
            .horizon(Horizon.LONG_TERM).importance(Importance.HIGH).basis(Basis.STATED)
            .outcome(Outcome.builder().status(OutcomeStatus.ACHIEVED)
                .rationale("The American pledge not to invade protected the government for decades.")
                .addEvidence("no-invasion-pledge")
                .build())
            .build())
        // What followed.
        .addConsequence(Consequence.builder()
            .id("castro-estranged")
            .statement("Castro, left out of the settlement, felt betrayed, and relations between Havana and Moscow stayed cool for some time.")
            .date(date("1962-11")).horizon(Horizon.SHORT_TERM)
            .addEffect(ActorEffect.builder().actor("cuba").effect(Effect.NEGATIVE).note("Cuba was treated as a pawn.").build())
            .addEffect(ActorEffect.builder().actor("ussr").effect(Effect.NEGATIVE).note("Moscow's standing with its ally suffered.").build())
            .addEffect(ActorEffect.builder().actor("usa").effect(Effect.POSITIVE).note("A rift between its enemies suited Washington.").build())
            .addEvidence("castro-sidelined")
            .build())
        .addConsequence(Consequence.builder()
            .id("hotline")
            .statement("A direct line between the Kremlin and the White House was set up so that leaders could talk in a crisis.")
            .date(date("1963-08-30")).horizon(Horizon.SHORT_TERM)
            .addEffect(ActorEffect.of("ussr", Effect.POSITIVE))
            .addEffect(ActorEffect.of("usa", Effect.POSITIVE))
            .addEvidence("hotline-opened")
            .build())
        .addConsequence(Consequence.builder()
            .id("arms-control-talks")
            .statement("Talks on nuclear testing and the spread of nuclear weapons began, starting with the Partial Test Ban Treaty.")
            .date(date("1963-08-05")).horizon(Horizon.LONG_TERM)
            .addEffect(ActorEffect.of("ussr", Effect.POSITIVE))
            .addEffect(ActorEffect.of("usa", Effect.POSITIVE))
            .addEvidence("test-ban-signed")
            .build())
        .addConsequence(Consequence.builder()
            .id("sino-soviet-rift")
            .statement("China mocked the Soviet climb-down, and the split between Moscow and Beijing deepened.")
            .date(date("1963")).horizon(Horizon.SHORT_TERM)
            .addEffect(ActorEffect.builder().actor("ussr").effect(Effect.NEGATIVE).note("The communist world divided.").build())
            .addEvidence("sino-soviet-split")
            .build())
        .addConsequence(Consequence.builder()
            .id("khrushchev-falls")
            .statement("Khrushchev was ousted by his colleagues, two years after the crisis.")
            .date(date("1964-10-14")).horizon(Horizon.LONG_TERM)
            .addEffect(ActorEffect.builder().actor("ussr").effect(Effect.NEGATIVE).note("The crisis was held against him.").build())
            .addEvidence("khrushchev-removed")
            .build())
        .addConsequence(Consequence.builder()
            .id("castro-regime-endures")
            .statement("Castro's government survived under the shelter of the no-invasion pledge.")
            .date(date("1963")).horizon(Horizon.LONG_TERM)
            .addEffect(ActorEffect.of("cuba", Effect.POSITIVE))
            .addEffect(ActorEffect.of("ussr", Effect.POSITIVE))
            .addEffect(ActorEffect.of("usa", Effect.NEGATIVE))
            .addEvidence("no-invasion-pledge")
            .build())
        .addConsequence(Consequence.builder()
            .id("balance-unchanged")
            .statement("The strategic balance barely moved: America's lead in intercontinental missiles stood, though missiles left in Cuba would have changed how the balance looked.")
            .date(date("1962-11")).horizon(Horizon.SHORT_TERM).balanceOfPower(true)
            .addEffect(ActorEffect.builder().actor("usa").effect(Effect.POSITIVE).note("Kept its lead, in fact and in appearance.").build())
            .addEffect(ActorEffect.builder().actor("ussr").effect(Effect.NEGATIVE).note("Gained nothing it could show.").build())
            .addEvidence("us-missile-lead")
            .build())
        // What is known, and since when.
        .addSource(Source.builder().id("kennedy-address").title("Address to the nation on Soviet arms in Cuba")
            .author("John F. Kennedy").date(date("1962-10-22")).build())
        .addSource(Source.builder().id("kennedy-khrushchev-letters").title("Letters between Kennedy and Khrushchev, 26 to 28 October 1962")
            .date(date("1962-10")).build())
        .addSource(Source.builder().id("thirteen-days").title("Thirteen Days").author("Robert F. Kennedy")
            .date(date("1969")).build())
        .addSource(Source.builder().id("moscow-conference").title("Papers of the Moscow conference on the crisis")
            .date(date("1989-01")).build())
        .addEvidence(Evidence.builder().id("soviet-missiles-withdrawn")
            .statement("The Soviet missiles were taken apart and shipped out of Cuba, and the quarantine ended on 20 November 1962.")
            .date(date("1962-11-20")).source("kennedy-khrushchev-letters").build())
        .addEvidence(Evidence.builder().id("no-invasion-pledge")
            .statement("Kennedy undertook in public not to invade Cuba if the missiles were removed.")
            .date(date("1962-10-28")).source("kennedy-khrushchev-letters").build())
        .addEvidence(Evidence.builder().id("turkey-deal")
            .statement("Robert Kennedy privately promised the Soviet ambassador that the Jupiter missiles would leave Turkey; the link to Cuba was denied in public.")
            .date(date("1962-10-27")).knownFrom(date("1989-01")).source("moscow-conference").build())
        .addEvidence(Evidence.builder().id("kennedy-broadcast")
            .statement("Kennedy told the world about the missiles on television and announced a naval quarantine of Cuba.")
            .date(date("1962-10-22")).source("kennedy-address").build())
        .addEvidence(Evidence.builder().id("castro-sidelined")
            .statement("Castro was not consulted on the settlement, and his demands, Guantanamo among them, were left out of it.")
            .date(date("1962-11")).build())
        .addEvidence(Evidence.builder().id("hotline-opened")
            .statement("The Moscow-Washington hot-line went into service.")
            .date(date("1963-08-30")).build())
        .addEvidence(Evidence.builder().id("test-ban-signed")
            .statement("The Partial Test Ban Treaty was signed in Moscow.")
            .date(date("1963-08-05")).build())
        .addEvidence(Evidence.builder().id("sino-soviet-split")
            .statement("Chinese leaders attacked Khrushchev in public for giving way to the Americans.")
            .date(date("1963")).build())
        .addEvidence(Evidence.builder().id("khrushchev-removed")
            .statement("The Soviet leadership removed Khrushchev from office.")
            .date(date("1964-10-14")).build())
        .addEvidence(Evidence.builder().id("us-missile-lead")
            .statement("The United States had far more intercontinental missiles than the Soviet Union, with greater range, readiness and accuracy.")
            .date(date("1962")).build())
        // How the sides were seen.
        .addPerception(Perception.builder().id("kennedy-triumphant").actor("usa").heldBy("World opinion")
            .statement("Kennedy was seen to have faced Khrushchev down with calm firmness.")
            .view(Effect.POSITIVE).period(Period.AT_THE_TIME).date(date("1962-11"))
            .addEvidence("kennedy-broadcast").addEvidence("soviet-missiles-withdrawn").build())
        .addPerception(Perception.builder().id("khrushchev-backed-down").actor("ussr").heldBy("World opinion and Soviet hard-liners")
            .statement("Khrushchev seemed to have given in to American pressure.")
            .view(Effect.NEGATIVE).period(Period.AT_THE_TIME).date(date("1962-11"))
            .addEvidence("soviet-missiles-withdrawn").build())
        .addPerception(Perception.builder().id("castro-ignored").actor("cuba").heldBy("Cuban leaders")
            .statement("Cuba had been bargained over without a say of its own.")
            .view(Effect.NEGATIVE).period(Period.AT_THE_TIME).date(date("1962-11"))
            .addEvidence("castro-sidelined").build())
        .addPerception(Perception.builder().id("soviet-gains-recognised").actor("ussr").heldBy("Historians after the secret deal came out")
            .statement("Khrushchev came to be seen as having won most of what he was after.")
            .view(Effect.POSITIVE).period(Period.LATER).date(date("1989"))
            .addEvidence("turkey-deal").build())
        // What historians have argued.
        .addInterpretation(Interpretation.builder().id("kennedy-victory")
            .claim("Kennedy's firm and careful handling forced Khrushchev to back down: a clear American victory.")
            .addFavour("usa")
            .provenance(Provenance.builder().author("Arthur M. Schlesinger Jr.").work("A Thousand Days")
                .date(date("1965")).school("orthodox").nature("A history by a member of Kennedy's staff")
                .origin("Written soon after Kennedy's death by one of his advisers")
                .purpose("To record and defend the Kennedy presidency").build())
            .addSupportingEvidence("soviet-missiles-withdrawn").addSupportingEvidence("kennedy-broadcast")
            .addChallengingEvidence("turkey-deal")
            .build())
        .addInterpretation(Interpretation.builder().id("negotiated-compromise")
            .claim("The crisis ended in a compromise in which each side gave up missiles and both stepped back from war.")
            .addFavour("usa").addFavour("ussr")
            .provenance(Provenance.builder().author("Raymond L. Garthoff").work("Reflections on the Cuban Missile Crisis")
                .date(date("1989")).school("post-revisionist").nature("An academic history by a former official")
                .origin("Revised after Soviet participants spoke at conferences in the late 1980s")
                .purpose("To explain the crisis from both sides' records").build())
            .addSupportingEvidence("turkey-deal").addSupportingEvidence("no-invasion-pledge").addSupportingEvidence("hotline-opened")
            .build())
        .addInterpretation(Interpretation.builder().id("soviet-success")
            .claim("Khrushchev got what mattered most to him, a safe Cuba and the Jupiters out of Turkey, so the Soviet Union did better than it looked.")
            .addFavour("ussr")
            .provenance(Provenance.builder().school("revisionist").nature("A view of later historians")
                .origin("Put forward once the Turkey deal was public").build())
            .addSupportingEvidence("turkey-deal").addSupportingEvidence("no-invasion-pledge")
            .addChallengingEvidence("khrushchev-removed").addChallengingEvidence("sino-soviet-split")
            .build())
        // How to judge.
        .addCriterion(Criterion.builder().id("objectives").name("Objectives achieved")
            .description("How far each side got what it set out to get, weighted by how much each aim mattered.")
            .weight(2.0).measure(Measure.OBJECTIVES_ACHIEVED).build())
        .addCriterion(Criterion.builder().id("consequences").name("Consequences")
            .description("Whether what followed, in the months and years after, was good or bad for each side.")
            .weight(1.0).measure(Measure.CONSEQUENCES).build())
        .addCriterion(Criterion.builder().id("perception").name("Perception at the time")
            .description("How each side's handling of the crisis was seen while it was happening.")
            .weight(1.0).measure(Measure.PERCEPTION).build())
        .addCriterion(Criterion.builder().id("shared-aims").name("Shared objectives")
            .description("How far the aims the sides had in common were met.")
            .weight(0.5).measure(Measure.SHARED_OBJECTIVES).build())
        .addCriterion(Criterion.builder().id("balance-of-power").name("Balance of power")
            .description("Whether the balance of power, or the way the public saw it, moved in a side's favour.")
            .weight(0.5).measure(Measure.BALANCE_OF_POWER).build())
        .exam(ExamMetadata.builder()
            .commandWord("How far")
            .marks(16)
            .addAssessmentObjective("AO1").addAssessmentObjective("AO2")
            .addInterpretation(LabelledInterpretation.of("A", "kennedy-victory"))
            .addInterpretation(LabelledInterpretation.of("B", "soviet-success"))
            .addLevel(LevelDescriptor.builder().level(1).minMarks(1).maxMarks(4)
                .descriptor("Simple statements about one side, with little support.").build())
            .addLevel(LevelDescriptor.builder().level(2).minMarks(5).maxMarks(8)
                .descriptor("Describes the aims of both sides with some knowledge.").build())
            .addLevel(LevelDescriptor.builder().level(3).minMarks(9).maxMarks(12)
                .descriptor("Explains how far each side met its aims, using the consequences.").build())
            .addLevel(LevelDescriptor.builder().level(4).minMarks(13).maxMarks(16)
                .descriptor("A balanced judgement that weighs aims, consequences and what was known at the time against what came out later.").build())
            .addIndicativeContent("The Soviet Union won the removal of the Jupiters and a safe Cuba, but the Turkey deal was secret.")
            .addIndicativeContent("Kennedy was hailed at the time, while Khrushchev fell two years later.")
            .addIndicativeContent("Both sides drew back and built safeguards, such as the hot-line.")
            .build())
        .addTag("cold-war").addTag("1962").addTag("interpretations")
        .build();
  }

  /**
   * A bank with the reference question and its topic.
   *
   * @return the bank, valid
   */
  public static QuestionBank coldWarBank() {
    return QuestionBank.builder().addQuestion(cubanMissileCrisis()).addTopic(cubanMissileCrisisTopic()).build();
  }
}
