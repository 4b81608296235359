package io.github.hindsight.json;

import io.github.hindsight.json.internal.QuestionReader;
import io.github.hindsight.json.internal.QuestionWriter;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module for applications that keep Hindsight values inside their own JSON: add it to
 * a {@code JsonMapper} and {@link Question} fields are written and read in the Hindsight JSON form
 * (a question document, with its {@code format} and {@code version}), and {@link HistoricalDate}
 * fields as their text form, such as {@code "1962-10-28"}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HindsightJacksonModule()).build();
 * }</pre>
 *
 * <p>Reading is strict: an unknown member, a type error or a validation error fails with a
 * {@link FormatException} listing every problem with its line, column and JSON pointer (Jackson
 * may wrap it; its cause is the {@code FormatException}). {@link #lenient()} keeps unknown
 * members of questions instead. Limits on the document are those of the application's mapper.
 */
public final class HindsightJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Strict reading, as {@link java.util.ServiceLoader} finds it. */
  public HindsightJacksonModule() {
    this(true);
  }

  private HindsightJacksonModule(boolean strict) {
    super("hindsight", Version.unknownVersion());
    addSerializer(Question.class, new QuestionSerializer());
    addDeserializer(Question.class, new QuestionDeserializer(strict));
    addSerializer(HistoricalDate.class, new DateSerializer());
    addDeserializer(HistoricalDate.class, new DateDeserializer());
  }

  /**
   * A module that reads leniently: unknown members of questions are kept as extras and written
   * back in place.
   *
   * @return the module
   */
  public static HindsightJacksonModule lenient() {
    return new HindsightJacksonModule(false);
  }

  private static final class QuestionSerializer extends ValueSerializer<Question> {
    @Override
    public void serialize(Question value, JsonGenerator g, SerializationContext ctxt) {
      QuestionWriter.writeDocument(value, g);
    }
  }

  private static final class QuestionDeserializer extends ValueDeserializer<Question> {
    private final boolean strict;

    QuestionDeserializer(boolean strict) {
      this.strict = strict;
    }

    @Override
    public Question deserialize(JsonParser p, DeserializationContext ctxt) {
      QuestionReader r = new QuestionReader(p, "<json>", strict, 0);
      if (p.currentToken() != JsonToken.START_OBJECT) {
        r.typeError("a question object");
        throw r.failure();
      }
      return r.result(r.questionDocument());
    }
  }

  private static final class DateSerializer extends ValueSerializer<HistoricalDate> {
    @Override
    public void serialize(HistoricalDate value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.toString());
    }
  }

  private static final class DateDeserializer extends ValueDeserializer<HistoricalDate> {
    @Override
    public HistoricalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (HistoricalDate) ctxt.handleUnexpectedToken(HistoricalDate.class, p);
      }
      try {
        return HistoricalDate.parse(p.getString());
      } catch (IllegalArgumentException e) {
        return (HistoricalDate) ctxt.handleWeirdStringValue(HistoricalDate.class, p.getString(), e.getMessage());
      }
    }
  }
}
