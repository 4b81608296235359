package io.github.hindsight.json;

import io.github.hindsight.json.internal.JudgementWriter;
import io.github.hindsight.json.internal.Part;
import io.github.hindsight.json.internal.QuestionReader;
import io.github.hindsight.judgement.AimsExtent;
import io.github.hindsight.judgement.InterpretationSupport;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.judgement.Label;
import io.github.hindsight.judgement.Sensitivity;
import io.github.hindsight.judgement.TippingPoint;
import io.github.hindsight.judgement.TraceEntry;
import io.github.hindsight.judgement.TraceKind;
import io.github.hindsight.judgement.Verdict;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Severity;
import io.github.hindsight.model.Stance;
import io.github.hindsight.spi.FormatException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.util.AccessPattern;

/**
 * A Jackson module for applications that keep Hindsight values inside their own JSON: add it to
 * a {@code JsonMapper} and Hindsight values are written and read in the Hindsight JSON form.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HindsightJacksonModule()).build();
 * }</pre>
 *
 * <p>What each type becomes:
 * <ul>
 *   <li>{@link Question}: a question document, with its {@code format} and {@code version}, the
 *       same JSON as the {@code json} format writes.</li>
 *   <li>{@link QuestionBank}: a bank document, the same JSON as the {@code json} format's
 *       {@code writeBank}; reading it also accepts a question document, as a bank of one, checked
 *       as the {@code json} reader's {@code readBank} checks it: a question whose topic the
 *       document does not define is refused at its {@code topic}.</li>
 *   <li>Each part of a question ({@code Actor}, {@code Objective}, {@code Outcome},
 *       {@code Reading}, {@code Consequence}, {@code ActorEffect}, {@code Evidence},
 *       {@code Perception}, {@code Source}, {@code Interpretation}, {@code Provenance},
 *       {@code Criterion}, {@code ExamMetadata}, {@code LabelledInterpretation},
 *       {@code LevelDescriptor}) and a {@code Topic}: the object a document has for it, read
 *       back by the same code; references in a part are not checked, since there is no question
 *       to check them against.</li>
 *   <li>{@link HistoricalDate}: its text form, such as {@code "1962-10-28"}; the model's enums,
 *       such as {@code OutcomeStatus}: their words, such as {@code "partly-achieved"}.</li>
 *   <li>{@link Judgement}: the report of {@code hindsight judge --format json}; a
 *       {@code Verdict}, {@code Sensitivity}, {@code TippingPoint}, {@code TraceEntry} or
 *       {@code InterpretationSupport} or {@code AimsExtent} as the object it is in that report (a verdict on its own
 *       has no actors' names in its ranking). These are written only: a judgement is computed
 *       from its question, so reading one is refused.</li>
 * </ul>
 *
 * <p>Any other type of Hindsight's core packages, such as a {@code ValidationReport}, an
 * {@code Extra} or a {@code Score}, has no JSON form: writing or reading one fails with an
 * error naming it, rather than writing {@code {}}.
 *
 * <p>Reading is strict: an unknown member, a member given twice, a type error or a validation
 * error fails with a {@link FormatException} listing every problem with its line, column and JSON
 * pointer (Jackson may wrap it; its cause is the {@code FormatException}). A JSON {@code null} where one of these
 * values is expected is such a problem too, never a Java {@code null}; a member left out is
 * Jackson's to handle, as for any other type. {@link #lenient()} keeps unknown members of
 * questions instead. Limits on the document are those of the application's mapper.
 */
public final class HindsightJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The packages whose types the module handles or refuses. */
  private static final Set<String> HINDSIGHT_PACKAGES = Set.of("io.github.hindsight", "io.github.hindsight.model",
      "io.github.hindsight.judgement", "io.github.hindsight.judgement.spi", "io.github.hindsight.spi",
      "io.github.hindsight.registry", "io.github.hindsight.testkit.samples");

  /** The types given a serializer; every other Hindsight type is refused. */
  private final Set<Class<?>> written = new HashSet<>();
  /** The types given a deserializer. */
  private final Set<Class<?>> read = new HashSet<>();

  /** Strict reading, as {@link java.util.ServiceLoader} finds it. */
  public HindsightJacksonModule() {
    this(true);
  }

  private HindsightJacksonModule(boolean strict) {
    super("hindsight", Version.unknownVersion());
    for (Part<?> part : Part.ALL) {
      part(part, strict);
    }
    written(HistoricalDate.class, (d, g) -> g.writeString(d.toString()));
    read(HistoricalDate.class, new TextDeserializer<>(HistoricalDate.class, "a date such as \"1962-10-28\"", HistoricalDate::parse));
    word(ActorKind.class, ActorKind::word, ActorKind::fromWord);
    word(ActorRole.class, ActorRole::word, ActorRole::fromWord);
    word(Basis.class, Basis::word, Basis::fromWord);
    word(Effect.class, Effect::word, Effect::fromWord);
    word(Horizon.class, Horizon::word, Horizon::fromWord);
    word(Importance.class, Importance::word, Importance::fromWord);
    word(Measure.class, Measure::word, Measure::fromWord);
    word(OutcomeStatus.class, OutcomeStatus::word, OutcomeStatus::fromWord);
    word(Period.class, Period::word, Period::fromWord);
    word(QuestionKind.class, QuestionKind::word, QuestionKind::fromWord);
    word(Severity.class, Severity::word, Severity::fromWord);
    word(Stance.class, Stance::word, Stance::fromWord);
    written(Label.class, (l, g) -> g.writeString(l.word()));
    written(TraceKind.class, (k, g) -> g.writeString(k.word()));
    written(Judgement.class, JudgementWriter::judgement);
    written(Verdict.class, JudgementWriter::verdict);
    written(Sensitivity.class, JudgementWriter::sensitivity);
    written(TippingPoint.class, JudgementWriter::tippingPoint);
    written(TraceEntry.class, JudgementWriter::trace);
    written(InterpretationSupport.class, JudgementWriter::interpretation);
    written(AimsExtent.class, JudgementWriter::aims);
  }

  /**
   * A module that reads leniently: unknown members of questions are kept as extras and written
   * back in place. The parts of a question on their own, topics and banks' own members have
   * nowhere to keep them and are still read strictly.
   *
   * @return the module
   */
  public static HindsightJacksonModule lenient() {
    return new HindsightJacksonModule(false);
  }

  /**
   * Adds the module's serializers and deserializers, then the refusal of every other Hindsight
   * type.
   *
   * @param context the mapper being built
   */
  @Override
  public void setupModule(SetupContext context) {
    Objects.requireNonNull(context, "context");
    super.setupModule(context);
    Refusals refusals = new Refusals(Set.copyOf(written), Set.copyOf(read));
    context.addSerializers(refusals);
    context.addDeserializers(refusals);
  }

  private <T> void part(Part<T> part, boolean strict) {
    written(part.type(), part::write);
    read(part.type(), new PartDeserializer<>(part, strict));
  }

  private <T> void written(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
    addSerializer(type, new WriterSerializer<>(writer));
    written.add(type);
  }

  private <T> void read(Class<T> type, ValueDeserializer<T> deserializer) {
    addDeserializer(type, deserializer);
    read.add(type);
  }

  private <E extends Enum<E>> void word(Class<E> type, Function<E, String> word, Function<String, E> fromWord) {
    written(type, (e, g) -> g.writeString(word.apply(e)));
    read(type, new TextDeserializer<>(type, words(type), fromWord));
  }

  /** A type's name in words: {@code ValidationReport} is {@code a validation report}. */
  static String words(Class<?> type) {
    String words = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  private static final class WriterSerializer<T> extends ValueSerializer<T> {
    private final BiConsumer<T, JsonGenerator> writer;

    WriterSerializer(BiConsumer<T, JsonGenerator> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      writer.accept(value, g);
    }
  }

  /**
   * A deserializer that refuses a JSON {@code null}, which Jackson hands to
   * {@link #getNullValue} instead of {@link #deserialize}, with the null's location.
   */
  private abstract static class Required<T> extends ValueDeserializer<T> {
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      throw missing(ctxt.getParser());
    }

    /** Every null is read afresh: the failure has the location of that null. */
    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    /** A member left out is not a {@code null} in the document: Jackson's own rules apply. */
    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }

    abstract FormatException missing(JsonParser p);
  }

  private static final class PartDeserializer<T> extends Required<T> {
    private final Part<T> part;
    private final boolean strict;

    PartDeserializer(Part<T> part, boolean strict) {
      this.part = part;
      this.strict = strict;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return part.read(p, strict);
    }

    @Override
    FormatException missing(JsonParser p) {
      return part.missing(p);
    }
  }

  /** A value written as a string: a date, or an enum as its word. */
  private static final class TextDeserializer<T> extends Required<T> {
    private final Class<T> type;
    private final String what;
    private final Function<String, T> parse;

    TextDeserializer(Class<T> type, String what, Function<String, T> parse) {
      this.type = type;
      this.what = what;
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(type, p);
      }
      try {
        return parse.apply(p.getString());
      } catch (IllegalArgumentException e) {
        return (T) ctxt.handleWeirdStringValue(type, p.getString(), e.getMessage());
      }
    }

    @Override
    FormatException missing(JsonParser p) {
      return QuestionReader.typeErrorAt(p, what);
    }
  }

  /** Refuses every Hindsight type that the module does not write or read, naming it. */
  private static final class Refusals implements Serializers, Deserializers {
    private final Set<Class<?>> written;
    private final Set<Class<?>> read;

    Refusals(Set<Class<?>> written, Set<Class<?>> read) {
      this.written = written;
      this.read = read;
    }

    private static boolean hindsight(Class<?> type) {
      return HINDSIGHT_PACKAGES.contains(type.getPackageName());
    }

    @Override
    public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      Class<?> raw = type.getRawClass();
      return hindsight(raw) && !written.contains(raw) ? new Refused<>(raw) : null;
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      return findSerializer(config, type, beanDescRef, formatOverrides);
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      return hasDeserializerFor(config, raw) ? new Unread<>(raw) : null;
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      return findBeanDeserializer(type, config, beanDescRef);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return hindsight(valueType) && !read.contains(valueType);
    }
  }

  private static final class Refused<T> extends ValueSerializer<T> {
    private final Class<?> type;

    Refused(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      ctxt.reportBadDefinition(type, "Hindsight JSON has no form for " + words(type) + " (" + type.getName()
          + "); the Hindsight Jackson module writes questions, banks, the parts of a question, dates, the model's"
          + " words and judgements");
    }
  }

  private static final class Unread<T> extends ValueDeserializer<T> {
    private final Class<?> type;

    Unread(Class<?> type) {
      this.type = type;
    }

    private String message() {
      String why = type.getPackageName().startsWith("io.github.hindsight.judgement")
          ? "; a judgement is written, not read: it is computed from its question, so judge the question again"
          : "; the Hindsight Jackson module reads questions, banks, the parts of a question, dates and the model's words";
      return "Hindsight JSON cannot read " + words(type) + " (" + type.getName() + ")" + why;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return ctxt.reportBadDefinition(type, message());
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return ctxt.reportBadDefinition(type, message());
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }
}
