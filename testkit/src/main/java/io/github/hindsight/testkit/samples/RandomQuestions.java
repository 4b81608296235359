package io.github.hindsight.testkit.samples;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.ActorRole;
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
import io.github.hindsight.model.Quantity;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Stance;
import io.github.hindsight.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid questions made from a seed, for property tests, contract tests and benchmarks: the same
 * seed always gives the same question. Every part of the model is used, and the text is chosen
 * to be awkward for formats: punctuation that Markdown and JSON treat specially, quotes,
 * non-Latin letters and characters outside the Basic Multilingual Plane.
 *
 * <p>Instances are not needed: every method is static and thread-safe.
 */
public final class RandomQuestions {
  private static final String[] WORDS = {
    "crisis", "treaty", "missile", "blockade", "summit", "pledge", "embargo", "détente", "Хрущёв",
    "Kennedy's", "\"quarantine\"", "*secret*", "_deal_", "`code`", "# heading", "[link](x)", "a|b",
    "<b>bold</b>", "50%", "&amp;", "back\\slash", "1962", "c. 1500", "- dash", "+ plus", "1. one",
    "> quote", "emoji 🚀", "naïve", "œuvre", "{brace}", "~tilde~", "!bang", ":colon:", "key: value",
    "--- rule", "'single'", "tab-free", "Berlin", "Havana", "Ankara", "中文", "ümlaut", "end."
  };
  private static final String[] ID_WORDS = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "nov", "oscar", "papa", "quebec", "romeo", "sierra", "tango"
  };

  private static final String[] UNITS = {
    "tons", "flights", "battleships", "soldiers", "Reichsmark", "% of the vote", "*stars*", "km²", "`units`", "Хрущёвs"
  };

  /** How many objectives of a {@link #judgeable(long)} question may depend on a reading. */
  public static final int JUDGEABLE_READINGS = 4;

  private RandomQuestions() {}

  /**
   * A question of moderate size.
   *
   * @param seed the seed
   * @return a valid question
   */
  public static Question question(long seed) {
    return question(seed, 4);
  }

  /**
   * A question of moderate size that the standard judge can judge: {@link #question(long)} without
   * the criteria that use a custom measure, which only a judge with that measure registered knows,
   * with the default criteria when those left weigh nothing, and with at most
   * {@value #JUDGEABLE_READINGS} objectives that depend on a reading (the others take the status of
   * their first reading), so that their scenarios stay well under the judge's limit.
   *
   * @param seed the seed
   * @return a valid question whose criteria all use built-in measures
   */
  public static Question judgeable(long seed) {
    Question q = question(seed);
    List<Objective> objectives = new ArrayList<>();
    int varied = 0;
    for (Objective o : q.objectives()) {
      boolean depends = o.outcome().status() == OutcomeStatus.DEPENDS_ON_READING;
      if (depends && ++varied > JUDGEABLE_READINGS) {
        o = o.withOutcome(Outcome.builder().from(o.outcome()).status(o.outcome().readings().get(0).status()).readings(List.of()).build());
      }
      objectives.add(o);
    }
    q = q.withObjectives(objectives);
    List<Criterion> builtIn = q.criteria().stream().filter(c -> c.measure() != Measure.CUSTOM).toList();
    return q.withCriteria(builtIn.stream().mapToDouble(Criterion::weight).sum() > 0 ? builtIn : List.of());
  }

  /**
   * A question whose lists grow with {@code size}: about {@code size} actors and several times as
   * many objectives, consequences and pieces of evidence.
   *
   * @param seed the seed
   * @param size 1 or more
   * @return a valid question
   */
  public static Question question(long seed, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size: expected 1 or more but found " + size);
    }
    return new Maker(new SplittableRandom(seed), new SplittableRandom(~seed), "q" + Long.toHexString(seed).replace('-', 'n')).question(size);
  }

  /**
   * A bank of questions with a topic for every few questions, linked both ways.
   *
   * @param seed the seed
   * @param questions how many questions
   * @return a valid bank
   */
  public static QuestionBank bank(long seed, int questions) {
    SplittableRandom random = new SplittableRandom(seed);
    QuestionBank.Builder bank = QuestionBank.builder();
    List<String> ids = new ArrayList<>();
    int topics = Math.max(1, questions / 5);
    for (int i = 0; i < questions; i++) {
      String id = "question-" + i;
      ids.add(id);
      Question q = new Maker(random.split(), new SplittableRandom(~seed * 31 + i), "b" + i).question(1 + random.nextInt(4)).withId(id);
      bank.addQuestion(q.withTopic("topic-" + (i % topics)));
    }
    for (int t = 0; t < topics; t++) {
      Topic.Builder topic = Topic.builder().id("topic-" + t).title("Topic " + t + " " + WORDS[random.nextInt(WORDS.length)]);
      if (random.nextBoolean()) {
        topic.period(1900 + random.nextInt(100) + "-" + (2000 + random.nextInt(20)));
      }
      if (random.nextBoolean()) {
        topic.course("The Cold War");
      }
      if (topics > 1) {
        topic.addRelatedTopic("topic-" + ((t + 1) % topics));
      }
      for (int i = t; i < questions; i += topics) {
        topic.addRelatedQuestion(ids.get(i));
      }
      bank.addTopic(topic.build());
    }
    return bank.build();
  }

  /**
   * Builds one question from two random streams: one for what questions have always had, and one
   * for the structures added since (roles, coalitions, dated representatives, quantities, stances
   * and works), so that adding these left the rest of every seed's question as it was.
   */
  private static final class Maker {
    private final SplittableRandom random;
    private final SplittableRandom facts;
    private final String prefix;
    /** Draws for the parts added to the model later, from a stream of their own so the rest stays as before. */
    private final SplittableRandom later;
    private final RandomDates dates;

    Maker(SplittableRandom random, SplittableRandom facts, String prefix) {
      this.random = random;
      this.facts = facts;
      this.prefix = prefix;
      this.later = new SplittableRandom(prefix.hashCode());
      this.dates = new RandomDates(later);
    }

    /** @return a representative of that name, for the whole period or, one time in three, for part of it */
    private Representative representative(String name) {
      Representative.Builder r = Representative.builder().name(name);
      int from = 1900 + facts.nextInt(100);
      switch (facts.nextInt(6)) {
        case 0 -> r.from(HistoricalDate.ofMonth(from, 1 + facts.nextInt(12)));
        case 1 -> r.until(HistoricalDate.ofYear(from));
        // A later year: a day within the year it started may fall before the year ends, which the
        // one time rule does not take as over (docs/judgement.md, the time rules).
        case 2 -> r.from(HistoricalDate.ofYear(from)).until(HistoricalDate.of(from + 1 + facts.nextInt(9), 1 + facts.nextInt(12), 1 + facts.nextInt(28)));
        default -> { }
      }
      return r.build();
    }

    /** @return a figure, exact or approximate, whole or with decimals, in an awkward unit now and then */
    private Quantity quantity() {
      BigDecimal value = BigDecimal.valueOf(facts.nextLong(-1_000, 10_000_000_000L), facts.nextInt(4));
      return Quantity.builder().value(value).unit(UNITS[facts.nextInt(UNITS.length)]).approximate(facts.nextBoolean()).build();
    }

    /** @return the role of the actor at an index: the first is always a side, the others more often than not */
    private ActorRole role(int index) {
      ActorRole[] roles = ActorRole.values();
      return index == 0 || facts.nextBoolean() ? ActorRole.SIDE : roles[facts.nextInt(roles.length)];
    }

    private String text(int words) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(words);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      }
      return sb.toString();
    }

    private String id(String kind, int index) {
      return kind + "-" + ID_WORDS[random.nextInt(ID_WORDS.length)] + "-" + index;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[random.nextInt(values.length)];
    }

    private HistoricalDate date() {
      int year = 1900 + random.nextInt(120);
      switch (random.nextInt(6)) {
        case 0:
          return dates.widen(HistoricalDate.ofYear(year));
        case 1:
          return HistoricalDate.ofMonth(year, 1 + random.nextInt(12));
        case 2:
          return HistoricalDate.ofYear(-(1 + random.nextInt(3000)));
        case 3:
          return HistoricalDate.ofYear(year).withCirca(true);
        default:
          return dates.widen(HistoricalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
    }

    private List<String> some(List<String> ids, int max) {
      List<String> out = new ArrayList<>();
      if (ids.isEmpty()) {
        return out;
      }
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        String id = ids.get(random.nextInt(ids.size()));
        if (!out.contains(id)) {
          out.add(id);
        }
      }
      return out;
    }

    private OutcomeStatus settled() {
      return settled(random);
    }

    private static OutcomeStatus settled(SplittableRandom from) {
      OutcomeStatus[] settled = {OutcomeStatus.ACHIEVED, OutcomeStatus.PARTLY_ACHIEVED, OutcomeStatus.NOT_ACHIEVED, OutcomeStatus.UNCLEAR};
      return settled[from.nextInt(settled.length)];
    }

    Question question(int size) {
      Question.Builder q = Question.builder().id(prefix + "-question").prompt(text(8) + "?");
      QuestionKind kind = pick(QuestionKind.class);
      q.kind(kind);
      if (kind == QuestionKind.OTHER) {
        q.kindLabel(text(3));
      }
      if (random.nextBoolean()) {
        q.topic(prefix + "-topic");
      }
      for (int i = 0, n = random.nextInt(3); i < n; i++) {
        q.addGuidance(text(10));
      }

      List<String> sources = new ArrayList<>();
      for (int i = 0, n = random.nextInt(size + 1); i < n; i++) {
        Source.Builder s = Source.builder().id(id("source", i)).title(text(5));
        if (random.nextBoolean()) {
          s.author(text(2));
        }
        if (random.nextBoolean()) {
          s.date(date());
        }
        if (random.nextBoolean()) {
          s.locator("p. " + (1 + random.nextInt(400)));
        }
        Source source = s.build();
        sources.add(source.id());
        q.addSource(source);
      }

      List<String> evidence = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(2 * size + 1); i < n; i++) {
        Evidence.Builder e = Evidence.builder().id(id("evidence", i)).statement(text(12));
        if (random.nextInt(4) > 0) {
          HistoricalDate d = dates.widen(HistoricalDate.of(1900 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28)));
          e.date(d);
          if (random.nextInt(3) == 0) {
            HistoricalDate knownFrom = HistoricalDate.ofYear(d.year() + 1 + random.nextInt(40));
            if (d.isOnOrBefore(knownFrom)) {
              e.knownFrom(dates.later(knownFrom, d));
            }
          }
        }
        for (int k = 0, n2 = facts.nextInt(3) == 0 ? 1 + facts.nextInt(2) : 0; k < n2; k++) {
          e.addQuantity(quantity());
        }
        if (!sources.isEmpty() && random.nextBoolean()) {
          e.source(sources.get(random.nextInt(sources.size())));
        }
        Evidence ev = e.build();
        evidence.add(ev.id());
        q.addEvidence(ev);
      }

      List<String> actors = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(size + 1); i < n; i++) {
        Actor.Builder a = Actor.builder().id(id("actor", i)).name(text(3)).kind(pick(ActorKind.class)).role(role(i));
        if (i > 0 && facts.nextInt(4) == 0) {
          // Members come from the actors before, so that no coalition contains itself.
          for (int m = 0, count = 1 + facts.nextInt(Math.min(i, 3)); m < count; m++) {
            String member = actors.get(facts.nextInt(i));
            if (!a.build().members().contains(member)) {
              a.addMember(member);
            }
          }
        }
        for (int r = 0, m = random.nextInt(3); r < m; r++) {
          a.addRepresentative(representative(text(2)));
        }
        if (random.nextBoolean()) {
          a.putIdentifier("wikidata", "Q" + (1 + random.nextInt(1_000_000)));
        }
        Actor actor = a.build();
        actors.add(actor.id());
        q.addActor(actor);
      }

      for (int i = 0, n = actors.size() * (1 + random.nextInt(3)); i < n; i++) {
        List<String> holders = new ArrayList<>();
        holders.add(actors.get(i % actors.size()));
        if (actors.size() > 1 && random.nextInt(5) == 0) {
          holders.add(actors.get((i + 1) % actors.size()));
        }
        q.addObjective(Objective.builder()
            .id(id("objective", i))
            .actors(holders)
            .statement(text(10))
            .horizon(pick(Horizon.class))
            .importance(pick(Importance.class))
            .basis(pick(Basis.class))
            .outcome(outcome(evidence))
            .build());
      }

      for (int i = 0, n = random.nextInt(2 * size + 1); i < n; i++) {
        Consequence.Builder c = Consequence.builder().id(id("consequence", i)).statement(text(10))
            .horizon(pick(Horizon.class)).balanceOfPower(random.nextInt(4) == 0)
            .evidence(some(evidence, 2));
        if (random.nextBoolean()) {
          c.date(date());
        }
        for (String actor : some(actors, 3)) {
          ActorEffect.Builder effect = ActorEffect.builder().actor(actor).effect(pick(Effect.class));
          if (random.nextBoolean()) {
            effect.note(text(6));
          }
          c.addEffect(effect.build());
        }
        q.addConsequence(c.build());
      }

      for (int i = 0, n = random.nextInt(size + 1); i < n; i++) {
        Perception.Builder p = Perception.builder().id(id("perception", i))
            .actor(actors.get(random.nextInt(actors.size()))).heldBy(text(3)).statement(text(8))
            .view(pick(Effect.class)).period(pick(Period.class)).evidence(some(evidence, 2));
        if (random.nextBoolean()) {
          p.date(date());
        }
        q.addPerception(p.build());
      }

      List<String> interpretations = new ArrayList<>();
      for (int i = 0, n = random.nextInt(size + 1); i < n; i++) {
        Provenance.Builder prov = Provenance.builder();
        if (random.nextBoolean()) {
          prov.author(text(2)).work(text(4)).date(date()).school(text(1));
        }
        if (random.nextBoolean()) {
          prov.nature(text(4)).origin(text(4)).purpose(text(4));
        }
        Interpretation.Builder in = Interpretation.builder().id(id("interpretation", i)).claim(text(12))
            .favours(some(actors, 2)).provenance(prov.build())
            .supportingEvidence(some(evidence, 3)).challengingEvidence(some(evidence, 2));
        if (facts.nextBoolean()) {
          in.stance(Stance.values()[facts.nextInt(Stance.values().length)]);
        }
        if (!sources.isEmpty() && facts.nextBoolean()) {
          in.source(sources.get(facts.nextInt(sources.size())));
        }
        Interpretation interpretation = in.build();
        interpretations.add(interpretation.id());
        q.addInterpretation(interpretation);
      }

      for (int i = 0, n = random.nextInt(4); i < n; i++) {
        Measure measure = pick(Measure.class);
        Criterion.Builder c = Criterion.builder().id(id("criterion", i)).name(text(3)).measure(measure)
            .weight(random.nextInt(9) / 4.0);
        if (random.nextBoolean()) {
          c.description(text(8));
        }
        if (measure == Measure.CUSTOM) {
          c.customMeasure("custom-" + ID_WORDS[random.nextInt(ID_WORDS.length)]);
        }
        q.addCriterion(c.build());
      }

      if (random.nextInt(3) == 0) {
        ExamMetadata.Builder exam = ExamMetadata.builder().board(text(1)).commandWord(text(2))
            .marks(1 + random.nextInt(40)).addAssessmentObjective("AO" + (1 + random.nextInt(4)));
        for (int i = 0; i < interpretations.size() && i < 2; i++) {
          exam.addInterpretation(LabelledInterpretation.of(String.valueOf((char) ('A' + i)), interpretations.get(i)));
        }
        for (int level = 1, low = 1, n = random.nextInt(4); level <= n; level++, low += 4) {
          exam.addLevel(LevelDescriptor.builder().level(level).minMarks(low).maxMarks(low + 3).descriptor(text(8)).build());
        }
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
          exam.addIndicativeContent(text(10));
        }
        if (random.nextBoolean()) {
          exam.paper(text(2));
        }
        q.exam(exam.build());
      }
      for (int i = 0, n = random.nextInt(3); i < n; i++) {
        q.addTag("tag-" + ID_WORDS[random.nextInt(ID_WORDS.length)] + "-" + i);
      }
      return q.build();
    }

    private Outcome outcome(List<String> evidence) {
      Outcome.Builder o = Outcome.builder().evidence(some(evidence, 2));
      if (random.nextBoolean()) {
        o.rationale(text(10));
      }
      if (random.nextInt(4) == 0) {
        o.status(OutcomeStatus.DEPENDS_ON_READING);
        for (int r = 0, n = 2 + random.nextInt(2); r < n; r++) {
          String intent = text(8);
          OutcomeStatus status = settled();
          List<String> cited = some(evidence, 2);
          Reading.Builder reading = Reading.builder().id("reading-" + r).intent(intent).status(status).evidence(cited);
          if (random.nextBoolean()) {
            reading.rationale(text(8));
          }
          if (!cited.isEmpty() && later.nextInt(3) == 0) {
            reading.statusBeforeEvidence(settled(later));
          }
          o.addReading(reading.build());
        }
        return o.build();
      }
      o.status(settled());
      Outcome plain = o.build();
      if (!plain.evidence().isEmpty() && random.nextInt(4) == 0) {
        return plain.withStatusBeforeEvidence(settled());
      }
      return plain;
    }
  }

  /**
   * Several questions, one per seed from {@code seed} on.
   *
   * @param seed the first seed
   * @param count how many
   * @return the questions
   */
  public static List<Question> questions(long seed, int count) {
    List<Question> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(question(seed + i));
    }
    return List.copyOf(out);
  }
}
