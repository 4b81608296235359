package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.internal.MarkdownText;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Representative;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.model.Rules;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like Markdown comes back exactly, wherever it stands in the document. */
class EscapingTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "- a list?", "+ plus", "* star", "1. one", "12) twelve", "> quote", "# heading", "a # b #", "=== rule", "--- rule", "~~~ fence",
      "```code```", "*em* and _em_", "**strong**", "[link](x) ![img](y)", "<b>bold</b> <http://x>", "&amp; &#35; &copy; & plain",
      "back\\slash at end\\", "a|b|c", "{#not-an-id}", "ends with `{#x}`", "— dash first", ": colon first", "Хрущёв 中文 🚀", "two  spaces",
      "trailing #", "\\*already escaped\\*"})
  void everyPlaceHoldsTheTextExactly(String text) {
    Question sample = Samples.cubanMissileCrisis();
    Question q = sample
        .withPrompt(text)
        .withGuidance(text)
        .withActors(sample.actors().get(0).withName(text).withRepresentatives(Representative.of(text)), sample.actors().get(1), sample.actors().get(2))
        .withObjectives(sample.objectives().get(0).withStatement(text).withOutcome(sample.objectives().get(0).outcome().withRationale(text)))
        .withCriteria(sample.criteria().get(0).withName(text).withDescription(text))
        .withInterpretations(sample.interpretations().get(0).withClaim(text), sample.interpretations().get(1), sample.interpretations().get(2));
    Question read = MarkdownFormat.read(MarkdownFormat.write(q), ReadOptions.defaults());
    assertThat(read.prompt()).isEqualTo(text);
    assertThat(read).isEqualTo(q);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Plain words, commas and full stops.", "Kennedy's \"quarantine\" (1962)"})
  void ordinaryTextIsLeftAsItIs(String text) {
    assertThat(MarkdownText.escape(text)).isEqualTo(text);
  }

  /**
   * The YAML parser refuses, even inside quotes, what YAML does not call printable, such as
   * U+FFFF: a kind label holding it was written raw into the front matter and read back as "not
   * valid YAML" (a fuzz finding).
   */
  @ParameterizedTest
  @ValueSource(strings = {"\uFFFF", "\uFFFE", "a\uFFFF:\uFFFFb", "a\u2028b", "a\u2029b", "\uFEFFbom", "\u6F2D\u31FF\uFFFF",
      "emoji \uD83D\uDE80", "\"quoted\" and \\"})
  void frontMatterHoldsTextThatYamlCannotPrintExactly(String text) {
    Question q = withKindLabel(text);
    String written = MarkdownFormat.write(q);
    Question read = MarkdownFormat.read(written, ReadOptions.defaults());
    assertThat(read.kindLabel()).contains(text);
    assertThat(read).isEqualTo(q);
    assertThat(MarkdownFormat.write(read)).isEqualTo(written);
  }

  @Property(tries = 300)
  void anyTextTheModelTakesComesBackFromTheFrontMatter(
      @ForAll @StringLength(min = 1, max = 12) @CharRange(from = '\u0000', to = '\uFFFF') String text) {
    Assume.that(Rules.nonBlankTextProblem(text).isEmpty());
    Question q = withKindLabel(text);
    Question read = MarkdownFormat.read(MarkdownFormat.write(q), ReadOptions.defaults());
    assertThat(read).isEqualTo(q);
  }

  private static Question withKindLabel(String label) {
    return Question.builder().from(Samples.cubanMissileCrisis()).kind(QuestionKind.OTHER).kindLabel(label).build();
  }
}
