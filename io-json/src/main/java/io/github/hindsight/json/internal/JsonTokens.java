package io.github.hindsight.json.internal;

import io.github.hindsight.spi.support.ProblemList;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * The tokens of one parser, read as the format expects them: a value that is not what was
 * expected becomes a problem at its line, column and JSON pointer, and is skipped, so that reading
 * goes on. Broken JSON is the one thing that stops reading (see {@link #guard}).
 *
 * <p>Not thread-safe: one token reader per parser.
 */
final class JsonTokens {
  /** Jackson's advice to turn on its comments, and to turn on any other feature of its own. */
  private static final Pattern COMMENT_ADVICE = Pattern.compile(
      "maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
  private static final Pattern FEATURE_ADVICE = Pattern.compile(
      ":? ?enable `[A-Za-z_.]+` to allow| ?\\(?(?:since )?Feature '[A-Z_]+' (?:is )?not enabled(?: for parser)?\\)?");

  private final JsonParser p;
  private final Problems problems;
  private final int lineOffset;
  /** The parser of the format's own bytes, which tells where a value starts without making a location. */
  private final @Nullable ParserBase bytes;
  /** A document's checked bytes, taken now: the parser lets go of its input at the end of it. */
  private final @Nullable Utf8Input input;
  private boolean broken;

  /**
   * Creates a token reader.
   *
   * @param p the parser
   * @param problems where problems go
   * @param lineOffset added to the parser's line numbers, for one line of JSON Lines
   */
  JsonTokens(JsonParser p, Problems problems, int lineOffset) {
    this.p = p;
    this.problems = problems;
    this.lineOffset = lineOffset;
    this.bytes = p.getClass() == UTF8StreamJsonParser.class ? (ParserBase) p : null;
    this.input = p.streamReadInputSource() instanceof Utf8Input in ? in : null;
  }

  /** @return the parser, for moving through the document */
  JsonParser parser() {
    return p;
  }

  /**
   * Runs reading steps and turns broken JSON into one more located problem, thrown with the
   * others; failures of the bytes themselves come out as {@link IOException}.
   *
   * @param step what to read
   * @param <T> the result
   * @return the result
   * @throws IOException if the bytes cannot be read
   */
  <T> T guard(QuestionReader.Step<T> step) throws IOException {
    try {
      return step.run();
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8Input.NotUtf8 n) {
        // The parser stands where the bad bytes start: the input hands it every byte before them.
        broken = true;
        problems.add(pack(p.currentLocation()), safePointer(), n.getMessage());
        throw problems.failure();
      }
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    } catch (JacksonException e) {
      fatal(e);
      throw problems.failure();
    }
  }

  /** @return true once the bytes or the JSON are broken, so that nothing after can be read */
  boolean broken() {
    return broken;
  }

  private String safePointer() {
    try {
      return pointer();
    } catch (RuntimeException ignored) {
      return "";
    }
  }

  private void fatal(JacksonException e) {
    broken = true;
    TokenStreamLocation at = e.getLocation() != null && e.getLocation() != TokenStreamLocation.NA ? e.getLocation() : p.currentLocation();
    String pointer = safePointer();
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      message = "the document breaks a limit of Hindsight JSON: " + message;
    } else if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input") || cutShort()) {
      // Jackson's own words here can name its settings ("StreamReadFeature..."), not the document.
      message = "the document ends too early: " + unclosed(message);
    } else {
      message = "not valid JSON: " + withoutParserAdvice(message);
    }
    problems.add(pack(at), pointer, message);
  }

  /**
   * Jackson's message less its advice to turn on a feature of its own, which the writer of a
   * document can do nothing with: {@code Non-standard token 'NaN': enable
   * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow} becomes {@code Non-standard token 'NaN'}.
   */
  static String withoutParserAdvice(String message) {
    String m = COMMENT_ADVICE.matcher(message).replaceAll("a comment, which JSON does not allow");
    return FEATURE_ADVICE.matcher(m).replaceAll("");
  }

  /**
   * Whether the parser failed where a document's input ran out, inside an object or an array: a
   * document cut short inside a literal or a number ({@code fa}, {@code 0.}), which Jackson
   * reports as a bad token rather than as the end of the input. A bad character it read before
   * the end ({@code ,}} as the last bytes) is not a cut, nor is anything after a whole value.
   */
  private boolean cutShort() {
    TokenStreamContext c = p.streamReadContext();
    if (c == null || c.inRoot()) {
      return false;
    }
    return input != null && input.ended();
  }

  /** What a document that stops short still needed: the closing of a string, or of the innermost object or array. */
  private String unclosed(String parserMessage) {
    boolean inString = parserMessage.contains("VALUE_STRING") || parserMessage.contains("closing quote")
        || parserMessage.contains("closing '\"'") || parserMessage.contains("in property name") || parserMessage.contains("escape sequence");
    String string = inString ? "the closing '\"' of a string, then " : "";
    for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
      if (c.inObject() || c.inArray()) {
        TokenStreamLocation start = c.startLocation(ContentReference.unknown());
        String opened = start != null && start.getLineNr() > 0
            ? " that opens at line " + (start.getLineNr() + lineOffset) + ", column " + start.getColumnNr() : "";
        return "expected " + string + "the rest of the " + (c.inObject() ? "object" : "array") + opened
            + " and its closing '" + (c.inObject() ? '}' : ']') + "'";
      }
    }
    return string.isEmpty() ? "expected a value" : "expected the closing '\"' of a string";
  }

  // ---- where ----

  /** @return the packed line and column of the current token */
  long here() {
    ParserBase b = bytes;
    if (b != null && p.currentToken() != JsonToken.PROPERTY_NAME) {
      // The same line and column as currentTokenLocation() gives for a value; a name's are kept apart.
      return pack(b.getTokenLineNr(), b.getTokenColumnNr() - 1);
    }
    return pack(p.currentTokenLocation());
  }

  private long pack(@Nullable TokenStreamLocation l) {
    return l == null ? Problems.NO_LOCATION : pack(l.getLineNr(), l.getColumnNr());
  }

  private long pack(int line, int column) {
    if (line < 1) {
      return Problems.NO_LOCATION;
    }
    return Problems.at(line + lineOffset, Math.max(column, 1));
  }

  /** @return the JSON pointer of the current token */
  String pointer() {
    return Json.pointer(p.streamReadContext());
  }

  /**
   * Records a problem at the current token.
   *
   * @param message what was found and what was expected
   */
  void problemHere(String message) {
    problems.add(here(), pointer(), message);
  }

  // ---- the document ----

  /**
   * Moves to the first token, which must start an object.
   *
   * @param what what the object is, for the message
   * @return false (with a problem) if it does not
   */
  boolean startDocument(String what) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    // An empty document has nothing to point at but its start.
    problems.add(t == null ? Problems.DOCUMENT_START : here(), "", t == null
        ? "the document is empty; expected " + what
        : "expected " + what + " but found " + describe());
    return false;
  }

  /** Checks that nothing follows the top-level value. */
  void endDocument() {
    JsonToken t = p.nextToken();
    if (t != null) {
      problems.add(here(), "", "expected the end of the document but found " + describe());
    }
  }

  // ---- values ----

  /** The current value as the person who wrote it would call it, for messages. */
  private String describe() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        String s = p.getString();
        return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }

  /**
   * Reports the current value as the wrong type and skips it.
   *
   * @param expected what was expected, such as {@code a string}
   */
  void typeError(String expected) {
    problemHere("expected " + expected + " but found " + describe());
    p.skipChildren();
  }

  /**
   * Expects the current value to start an array.
   *
   * @param expected what was expected, for the message
   * @return false (with a problem, the value skipped) if it does not
   */
  boolean array(String expected) {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    typeError(expected);
    return false;
  }

  /**
   * Expects the current value to start an object.
   *
   * @param expected what was expected, for the message
   * @return false (with a problem, the value skipped) if it does not
   */
  boolean object(String expected) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    typeError(expected);
    return false;
  }

  /** @return the current string, or null (with a problem) if it is something else */
  @Nullable String string() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    typeError("a string");
    return null;
  }

  /** @return the current whole number, or null (with a problem) if it is something else or too big */
  @Nullable Integer wholeNumber() {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    typeError("a whole number");
    return null;
  }

  /** @return the current number, or null (with a problem) if it is something else */
  @Nullable Double number() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    typeError("a number");
    return null;
  }

  /** @return the current number, exactly as written, or null (with a problem) if it is something else */
  @Nullable BigDecimal decimal() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    typeError("a number");
    return null;
  }

  /** @return the current boolean, or null (with a problem) if it is something else */
  @Nullable Boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    typeError("true or false");
    return null;
  }

  /**
   * The current string as the value it spells, such as the question kind {@code who-won} or a
   * date.
   *
   * @param parse reads the string; refuses one it cannot read with a message for the user
   * @return the value, or null (with a problem) if it cannot be read
   */
  <E> @Nullable E parsed(Function<String, E> parse) {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      problemHere(e.getMessage());
      return null;
    }
  }

  /**
   * The problem of a name given twice in one object, as every reader of the format words it.
   *
   * @param name the name
   * @param in what the object is, such as {@code a question}
   * @return the message
   */
  static String givenTwice(String name, String in) {
    return "the member '" + ProblemList.excerpt(name) + "' is given twice in " + in + "; expected each member once";
  }

  /** @return the current object as names and strings, or null (with problems) if it is not one */
  @Nullable Map<String, String> stringMap() {
    if (!object("an object of strings")) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    // Every name met, whether its value could be read or not.
    Set<String> names = new HashSet<>();
    boolean ok = true;
    String name;
    while ((name = p.nextName()) != null) {
      if (!names.add(name)) {
        problemHere(givenTwice(name, "an object of strings"));
        ok = false;
        p.nextToken();
        p.skipChildren();
        continue;
      }
      p.nextToken();
      String s = string();
      if (s == null) {
        ok = false;
      } else {
        out.put(name, s);
      }
    }
    return ok ? out : null;
  }
}
