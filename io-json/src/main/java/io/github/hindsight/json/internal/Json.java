package io.github.hindsight.json.internal;

import java.util.List;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** The constants of the format and the Jackson factories that read and write it. */
public final class Json {
  /** The {@code format} of a question document. */
  public static final String QUESTION = "hindsight-question";
  /** The {@code format} of a bank document. */
  public static final String BANK = "hindsight-bank";
  /** The {@code format} of a topic line in JSON Lines. */
  public static final String TOPIC = "hindsight-topic";
  /** The version this code writes and the newest it reads. */
  public static final int VERSION = 1;
  /** The format id kept in {@code Extra.format()}. */
  public static final String EXTRA_FORMAT = "json";

  /** Deeper nesting than the format needs (about 8) leaves room for kept unknown members. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** One string, such as a claim; the model's text is one paragraph. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** One member name. */
  public static final int MAX_NAME_LENGTH = 1024;
  /** One number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** A whole {@code .json} document. */
  public static final long MAX_DOCUMENT_LENGTH = 256L << 20;
  /** One line of JSON Lines. */
  public static final int MAX_LINE_LENGTH = 16 << 20;

  static final List<String> QUESTION_MEMBERS = List.of("format", "version", "id", "prompt", "kind", "kindLabel", "topic", "guidance",
      "actors", "objectives", "consequences", "evidence", "perceptions", "sources", "interpretations", "criteria", "exam", "tags");
  static final List<String> BANK_MEMBERS = List.of("format", "version", "topics", "questions");
  static final List<String> TOPIC_MEMBERS = List.of("id", "title", "period", "course", "relatedTopics", "relatedQuestions");
  static final List<String> TOPIC_LINE_MEMBERS = List.of("format", "version", "id", "title", "period", "course", "relatedTopics", "relatedQuestions");
  static final List<String> ACTOR_MEMBERS = List.of("id", "name", "kind", "representatives", "identifiers");
  static final List<String> OBJECTIVE_MEMBERS = List.of("id", "actors", "statement", "horizon", "importance", "basis", "outcome");
  static final List<String> OUTCOME_MEMBERS = List.of("status", "rationale", "evidence", "statusBeforeEvidence", "readings");
  static final List<String> READING_MEMBERS = List.of("id", "intent", "status", "rationale", "evidence");
  static final List<String> CONSEQUENCE_MEMBERS = List.of("id", "statement", "date", "horizon", "effects", "balanceOfPower", "evidence");
  static final List<String> EFFECT_MEMBERS = List.of("actor", "effect", "note");
  static final List<String> EVIDENCE_MEMBERS = List.of("id", "statement", "date", "source", "knownFrom");
  static final List<String> PERCEPTION_MEMBERS = List.of("id", "actor", "heldBy", "statement", "view", "period", "date", "evidence");
  static final List<String> SOURCE_MEMBERS = List.of("id", "title", "author", "date", "locator");
  static final List<String> INTERPRETATION_MEMBERS = List.of("id", "claim", "favours", "provenance", "supportingEvidence", "challengingEvidence");
  static final List<String> PROVENANCE_MEMBERS = List.of("author", "work", "date", "school", "nature", "origin", "purpose");
  static final List<String> CRITERION_MEMBERS = List.of("id", "name", "description", "weight", "measure", "customMeasure");
  static final List<String> EXAM_MEMBERS = List.of("board", "paper", "commandWord", "marks", "assessmentObjectives", "interpretations", "levels", "indicativeContent");
  static final List<String> LABELLED_MEMBERS = List.of("label", "interpretation");
  static final List<String> LEVEL_MEMBERS = List.of("level", "minMarks", "maxMarks", "descriptor");

  private static final StreamReadConstraints DOCUMENT_LIMITS = limits(MAX_DOCUMENT_LENGTH);
  private static final StreamReadConstraints LINE_LIMITS = limits(MAX_LINE_LENGTH);

  /** For {@code .json} documents: limits for a whole document. */
  public static final JsonFactory DOCUMENTS = factory(DOCUMENT_LIMITS);
  /** For one line of JSON Lines, and for kept unknown members. */
  public static final JsonFactory LINES = factory(LINE_LIMITS);

  private Json() {}

  /**
   * The JSON pointer of where a parser or generator is; the root is the empty string.
   *
   * @param context the stream context
   * @return the pointer
   */
  public static String pointer(TokenStreamContext context) {
    // The same walk as pathAsPointer(), without building a JsonPointer only to print it: the
    // reader asks for a pointer at every object and every id, so this is on the hot path.
    TokenStreamContext c = context;
    if (!c.hasPathSegment()) {
      c = c.getParent();
    }
    int depth = 0;
    for (TokenStreamContext d = c; d != null; d = d.getParent()) {
      if (d.inObject() || d.inArray()) {
        depth++;
      }
    }
    if (depth == 0) {
      return "";
    }
    String[] segments = new String[depth];
    for (TokenStreamContext d = c; d != null; d = d.getParent()) {
      if (d.inObject()) {
        String name = d.currentName();
        segments[--depth] = name == null ? "" : QuestionWriter.escape(name);
      } else if (d.inArray()) {
        segments[--depth] = Integer.toString(d.getCurrentIndex());
      }
    }
    StringBuilder sb = new StringBuilder(16 * segments.length);
    for (String segment : segments) {
      sb.append('/').append(segment);
    }
    return sb.toString();
  }

  private static StreamReadConstraints limits(long documentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(documentLength)
        .build();
  }

  private static JsonFactory factory(StreamReadConstraints limits) {
    // The caller owns the streams: neither parsers nor generators may close them.
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * The write context of {@code .json} documents: two spaces, {@code "name": value}, and a bare
   * line feed on every platform so that the bytes are the same everywhere.
   */
  public static ObjectWriteContext pretty() {
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withRootSeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }
}
