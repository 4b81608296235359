package io.github.hindsight.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A YAML parser's error, told on one line in the words of someone who writes front matter. The
 * parser's own message spans several lines (what it was doing, a quoted snippet with a caret,
 * what it found) and names its tokens; the author needs where, what was found and what to write.
 */
final class YamlMessages {
  /** A mark in the parser's message: {@code in reader, line 2, column 7:}, counted from 1. */
  private static final Pattern MARK = Pattern.compile("^\\s*in \\S+, line (\\d+), column (\\d+):?$");
  private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");

  private YamlMessages() {}

  /**
   * A parser's error, translated.
   *
   * @param line the front matter's line of the error, from 1, or 0 if the message says none
   * @param column its column, from 1
   * @param message the one-line message
   */
  record Translated(int line, int column, String message) {}

  /** What the parser said, with the mark after it, if any. */
  private record Said(String text, int line, int column) {}

  /**
   * Translates a parser's error.
   *
   * @param parserMessage the message, of any number of lines
   * @param text the front matter the parser read, to quote the character at a mark
   * @param firstLine the line of the document on which the front matter starts
   * @return the problem, located at the parser's last mark (0 if there was none)
   */
  static Translated translate(String parserMessage, String text, int firstLine) {
    List<Said> said = parse(parserMessage);
    if (said.isEmpty()) {
      return new Translated(0, 0, "front matter: not valid YAML; expected 'key: value' lines");
    }
    Said problem = said.get(said.size() - 1);
    Said context = said.size() > 1 && said.get(0).text().startsWith("while ") ? said.get(0) : null;
    String message = message(problem.text(), context, text, firstLine);
    return new Translated(problem.line(), problem.column(), "front matter: " + message);
  }

  private static String message(String problem, @Nullable Said context, String text, int firstLine) {
    Matcher cannotStart = CANNOT_START.matcher(problem);
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return "a tab cannot indent YAML; use spaces";
    }
    if (cannotStart.matches()) {
      return "a value cannot start with '" + cannotStart.group(1) + "'; put the value in quotes";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return "found ':' where no value can start; line the key up with the keys above, or put a value that holds ': ' in quotes";
    }
    if (context != null && context.line() > 0 && context.text().startsWith("while parsing a flow sequence")) {
      return "the list opened with '[' at " + at(context, firstLine) + " is not closed; expected ']'";
    }
    if (context != null && context.line() > 0 && context.text().startsWith("while parsing a flow mapping")) {
      return "the mapping opened with '{' at " + at(context, firstLine) + " is not closed; expected '}'";
    }
    if (context != null && context.line() > 0 && context.text().startsWith("while scanning a quoted scalar")) {
      String quote = String.valueOf(charAt(text, context.line(), context.column()));
      return "the value opened with '" + quote + "' at " + at(context, firstLine) + " is not closed; expected a closing '" + quote + "'";
    }
    if (problem.startsWith("expected <block end>") || problem.startsWith("expected <block mapping end>")) {
      return "found an entry that is not lined up with the keys above; expected 'key: value' at the same indentation as them";
    }
    if (problem.startsWith("could not find expected ':'")) {
      return "found a line without ':'; expected 'key: value'";
    }
    if (problem.startsWith("Expected a property name")) {
      return "a key must be a single word or text, such as 'id'; found a list or a mapping";
    }
    if (problem.startsWith("found undefined alias")) {
      return "found '*' naming no '&' before it; put the value in quotes";
    }
    if (problem.startsWith("Version{")) {
      return "this YAML version is not read; remove the '%YAML' line";
    }
    return "not valid YAML (" + problem + "); expected 'key: value' lines";
  }

  /** @return where a mark is, in the document's lines */
  private static String at(Said mark, int firstLine) {
    return "line " + (firstLine + mark.line() - 1) + ", column " + mark.column();
  }

  private static char charAt(String text, int line, int column) {
    String[] lines = text.split("\n", -1);
    String l = line <= lines.length ? lines[line - 1] : "";
    return column <= l.length() ? l.charAt(column - 1) : '"';
  }

  /** The unindented lines of a message, each with the mark that follows it, if any. */
  private static List<Said> parse(String message) {
    List<Said> said = new ArrayList<>();
    String text = null;
    for (String l : message.split("\\R")) {
      Matcher mark = MARK.matcher(l);
      if (mark.matches() && text != null) {
        said.add(new Said(text, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))));
        text = null;
      } else if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
        if (text != null) {
          said.add(new Said(text, 0, 0));
        }
        text = l.strip();
      }
    }
    if (text != null) {
      said.add(new Said(text, 0, 0));
    }
    return said;
  }
}
