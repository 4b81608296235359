package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The front matter read without the YAML parser is read as the parser reads it: the same values
 * at the same lines and columns, or not at all, and then the parser reads it.
 */
class PlainYamlTest {
  /** Lines and parts of lines, some the writer makes and some it never does. */
  private static final List<String> PIECES = List.of(
      "id: q", "kind: who-won", "topic: t-1", "tags: [a, b-2]", "tags: []", "tags: [a,b]", "tags: [ a ]", "tags: [yes, no]",
      "exam:", "  board: Example Board", "  marks: 16", "  marks: 1.5", "  marks: 007", "  marks: 1e3", "  marks: 0x1F",
      "  marks: 1_000", "  marks: -1", "  levels:", "    - level: 1", "      marks: 1-4", "      descriptor: \"a \\\"b\\\" \\u00E9 \\\\\"",
      "    - AO4", "  - AO1", "- x", "  interpretations:", "    A: i-1", "key: true", "key: True", "key: null", "key: ~", "key: \"true\"",
      "key: \"\"", "key: 'single'", "key: a, b (c)", "key: a #comment", "key: a: b", "key:  two spaces", "key: trailing ", "key:",
      "key: \"\\n\"", "key: \"\\x41\"", "key: \"open", "key: \"ok\" after", "Key_2: v", "1: one", "null: v", "key: \"🚀 中文 ümlaut\"",
      "key: \"\u2028\"", "key: [x]]", "   ", "", "id: dup", "id: q");

  @Property(tries = 200)
  void theWritersFrontMatterReadsAsTheParserReadsIt(@ForAll @LongRange(min = -100_000, max = 100_000) long seed,
      @ForAll @IntRange(min = 1, max = 12) int size) throws Yaml.SyntaxError {
    String text = MarkdownFormat.write(RandomQuestions.question(seed, size));
    String frontMatter = text.substring(4, text.indexOf("\n---\n"));
    Yaml.Node plain = PlainYaml.read(frontMatter, 2);
    if (plain != null) {
      assertThat(describe(plain)).isEqualTo(describe(Yaml.readWithParser(frontMatter, 2)));
    }
  }

  @Property(tries = 2000)
  void anyFrontMatterIsReadAsTheParserReadsItOrLeftToIt(@ForAll("frontMatters") String frontMatter) {
    Yaml.Node plain = PlainYaml.read(frontMatter, 3);
    if (plain == null) {
      return;
    }
    String parsed;
    try {
      parsed = describe(Yaml.readWithParser(frontMatter, 3));
    } catch (Yaml.SyntaxError e) {
      parsed = "a syntax error: " + e.getMessage();
    }
    assertThat(describe(plain)).as(frontMatter).isEqualTo(parsed);
  }

  @Provide
  Arbitrary<String> frontMatters() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("\n", l));
  }

  @Test
  void theWritersUsualFrontMatterIsReadWithoutTheParser() {
    String frontMatter = "id: q-1\nkind: who-won\ntopic: t-1\ntags: [a, b-2]\nexam:\n  board: Example Board\n  marks: 16\n"
        + "  assessment-objectives:\n    - AO4\n  levels:\n    - level: 1\n      marks: 1-4\n      descriptor: \"ümlaut :colon: 🚀\"";
    assertThat(PlainYaml.read(frontMatter, 2)).isNotNull();
  }

  @Test
  void whatComesNearTheParsersOwnLimitsIsLeftToTheParser() {
    StringBuilder deep = new StringBuilder("id: q");
    for (int i = 0; i < 40; i++) {
      deep.append('\n').append(" ".repeat(i)).append("k").append(i).append(':');
    }
    deep.append(" v");
    assertThat(PlainYaml.read(deep.toString(), 2)).isNull();
    assertThat(PlainYaml.read("k" + "e".repeat(300) + ": v", 2)).isNull();
    assertThat(PlainYaml.read("k: 1" + "0".repeat(300), 2)).isNull();
  }

  /** A node with everything the readers of the front matter ask of it. */
  private static String describe(Yaml.Node n) {
    StringBuilder sb = new StringBuilder().append(n.line).append(':').append(n.column);
    if (n.scalar != null) {
      sb.append(" '").append(n.scalar).append('\'');
    }
    if (n.map != null) {
      sb.append(" {");
      for (Map.Entry<String, Yaml.Node> e : n.map.entrySet()) {
        int[] at = n.keyPositions.get(e.getKey());
        sb.append(e.getKey()).append('@').append(at[0]).append(':').append(at[1]).append('=').append(describe(e.getValue())).append(", ");
      }
      sb.append('}');
    }
    if (n.list != null) {
      sb.append(" [");
      n.list.forEach(item -> sb.append(describe(item)).append(", "));
      sb.append(']');
    }
    return sb.toString();
  }
}
