package io.github.hindsight.integration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One way of breaking a valid document, named so that a failing case says what was done to it.
 * Positions are fractions of the document, so the same mutation applies to documents of any
 * length and jqwik can shrink it.
 *
 * @param name what the mutation does, with its parameters
 * @param apply the mutation
 */
record Mutation(String name, UnaryOperator<byte[]> apply) {

  /** The nesting that a hostile document tries: hundreds of times deeper than any format allows. */
  static final int DEEP = 20_000;

  /** A string far longer than any real statement, and over the JSON formats' limit of 1 Mi characters. */
  static final int HUGE = 2 << 20;

  @Override
  public String toString() {
    return name;
  }

  /**
   * Breaks a document.
   *
   * @param document the valid document
   * @return the broken one
   */
  byte[] on(byte[] document) {
    return apply.apply(document);
  }

  /** @return every kind of mutation, for any text format */
  static Arbitrary<Mutation> any() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    return Arbitraries.oneOf(
        at.map(Mutation::truncate),
        Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Mutation::flip),
        at.map(Mutation::deleteLine),
        at.map(Mutation::duplicateLine),
        Combinators.combine(at, Arbitraries.of(INVALID_UTF8)).as(Mutation::insertBytes),
        Arbitraries.just(bom()),
        at.map(f -> insertText(f, "[".repeat(DEEP), "deep JSON nesting")),
        at.map(f -> insertText(f, "\n" + "> ".repeat(DEEP / 10) + "x\n", "deep block quotes")),
        at.map(Mutation::deepList),
        at.map(Mutation::hugeString),
        Arbitraries.integers().between(0, 50).map(Mutation::collideIds),
        Arbitraries.integers().between(0, 50).map(Mutation::selfRelatedTopic),
        Combinators.combine(at, at).as(Mutation::swapLines));
  }

  /** Byte sequences that are not UTF-8: a lone continuation, an overlong form, a surrogate, a cut-off sequence. */
  private static final List<byte[]> INVALID_UTF8 = List.of(
      new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF0, (byte) 0x9F},
      new byte[] {(byte) 0xFF, (byte) 0xFE},
      new byte[] {0});

  private static int position(byte[] doc, double fraction) {
    return (int) Math.min(doc.length, Math.floor(fraction * doc.length));
  }

  static Mutation truncate(double at) {
    return new Mutation("truncate at " + at, doc -> Arrays.copyOf(doc, position(doc, at)));
  }

  static Mutation flip(double at, int bit) {
    return new Mutation("flip bit " + bit + " at " + at, doc -> {
      if (doc.length == 0) {
        return doc;
      }
      byte[] out = doc.clone();
      int i = Math.min(doc.length - 1, position(doc, at));
      out[i] ^= (byte) (1 << bit);
      return out;
    });
  }

  static Mutation insertBytes(double at, byte[] bytes) {
    return new Mutation("insert bytes " + Arrays.toString(bytes) + " at " + at, doc -> {
      int i = position(doc, at);
      ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + bytes.length);
      out.write(doc, 0, i);
      out.write(bytes, 0, bytes.length);
      out.write(doc, i, doc.length - i);
      return out.toByteArray();
    });
  }

  static Mutation insertText(double at, String text, String what) {
    Mutation m = insertBytes(at, text.getBytes(StandardCharsets.UTF_8));
    return new Mutation(what + " at " + at, m.apply());
  }

  static Mutation deepList(double at) {
    return insertText(at, "\n" + nestedList(2_000), "deep list nesting");
  }

  static Mutation bom() {
    return new Mutation("byte-order mark", doc -> insertBytes(0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).on(doc));
  }

  private static String nestedList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- x\n");
    }
    return sb.toString();
  }

  private static List<String> lines(byte[] doc) {
    return new ArrayList<>(Arrays.asList(new String(doc, StandardCharsets.UTF_8).split("\n", -1)));
  }

  private static byte[] join(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static Mutation deleteLine(double at) {
    return new Mutation("delete line at " + at, doc -> {
      List<String> lines = lines(doc);
      lines.remove(Math.min(lines.size() - 1, (int) (at * lines.size())));
      return join(lines);
    });
  }

  static Mutation duplicateLine(double at) {
    return new Mutation("duplicate line at " + at, doc -> {
      List<String> lines = lines(doc);
      int i = Math.min(lines.size() - 1, (int) (at * lines.size()));
      lines.add(i, lines.get(i));
      return join(lines);
    });
  }

  static Mutation swapLines(double a, double b) {
    return new Mutation("swap lines at " + a + " and " + b, doc -> {
      List<String> lines = lines(doc);
      int i = Math.min(lines.size() - 1, (int) (a * lines.size()));
      int j = Math.min(lines.size() - 1, (int) (b * lines.size()));
      String line = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, line);
      return join(lines);
    });
  }

  /** Makes a long run of text inside a line, where a string value or a statement would be. */
  static Mutation hugeString(double at) {
    return new Mutation("huge string at " + at, doc -> {
      List<String> lines = lines(doc);
      int i = Math.min(lines.size() - 1, (int) (at * lines.size()));
      String line = lines.get(i);
      int cut = line.length() / 2;
      lines.set(i, line.substring(0, cut) + "x".repeat(HUGE) + line.substring(cut));
      return join(lines);
    });
  }

  private static final Pattern SLUG = Pattern.compile("\\b(?:actor|objective|evidence|consequence|source|perception|interpretation|criterion|topic|question|reading)-[a-z0-9-]*[a-z0-9]\\b");

  /** Gives the {@code n}th id the text of the one before it, so that two things share an id. */
  static Mutation collideIds(int n) {
    return copyNeighbour(SLUG, n, "collide id " + n);
  }

  private static final Pattern TOPIC = Pattern.compile("topic-\\d+");

  /** Points the {@code n}th topic reference at the topic named before it: cycles and self-references. */
  static Mutation selfRelatedTopic(int n) {
    return copyNeighbour(TOPIC, n, "topic reference " + n + " to its neighbour");
  }

  private static Mutation copyNeighbour(Pattern pattern, int n, String name) {
    return new Mutation(name, doc -> {
      String text = new String(doc, StandardCharsets.UTF_8);
      Matcher m = pattern.matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      if (spans.size() < 2) {
        return doc;
      }
      int k = 1 + n % (spans.size() - 1);
      int[] before = spans.get(k - 1);
      int[] span = spans.get(k);
      return (text.substring(0, span[0]) + text.substring(before[0], before[1]) + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    });
  }
}
