package io.github.hindsight.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A document's problems are bounded: the first ones in full, then one problem that counts the rest. */
class ProblemListTest {

  private static FormatProblem at(int line, String message) {
    return FormatProblem.of(Location.at("crisis.json", line, 1), message);
  }

  @Test
  void theFirstProblemsAreKeptAndTheRestCountedAtTheFirstOfThem() {
    ProblemList list = new ProblemList();
    for (int i = 1; i <= 1_000_000; i++) {
      list.add(at(i, "expected an actor object but found the number " + i));
    }
    List<FormatProblem> problems = list.problems();
    assertThat(problems).hasSize(FormatException.MAX_PROBLEMS + 1);
    assertThat(problems.get(FormatException.MAX_PROBLEMS - 1).message()).endsWith("number 100");
    assertThat(problems.get(FormatException.MAX_PROBLEMS)).hasToString(
        "crisis.json:101:1: and 999900 more problems, not listed; fix those above and read the document again");
    assertThat(list.found()).isEqualTo(1_000_000);
    assertThat(list.failure().problems()).isEqualTo(problems);
  }

  @Test
  void anOrderSortsTheProblemsKeptAndLeavesTheCountLast() {
    ProblemList list = new ProblemList();
    for (int i = FormatException.MAX_PROBLEMS + 5; i > 0; i--) {
      list.add(at(i, "problem " + i));
    }
    List<FormatProblem> problems = list.problems(Comparator.comparingInt(p -> p.location().line().orElseThrow()));
    assertThat(problems.get(0).message()).isEqualTo("problem 6");
    assertThat(problems.get(FormatException.MAX_PROBLEMS).message()).startsWith("and 5 more problems");
    assertThat(problems.get(FormatException.MAX_PROBLEMS).location().line()).hasValue(5);
  }

  @Test
  void listsMergeWithTheirCounts() {
    ProblemList line = new ProblemList();
    for (int i = 0; i < 250; i++) {
      line.add(at(3, "problem " + i));
    }
    ProblemList document = new ProblemList().addAll(List.of(at(1, "first")));
    document.addAll(line);
    assertThat(document.found()).isEqualTo(251);
    assertThat(document.problems()).last().satisfies(p -> assertThat(p.message()).startsWith("and 151 more problems"));
    ProblemList one = new ProblemList();
    for (int i = 0; i <= FormatException.MAX_PROBLEMS; i++) {
      one.add(at(1, "p"));
    }
    assertThat(one.problems()).last().satisfies(p -> assertThat(p.message()).startsWith("and 1 more problem,"));
  }

  @Test
  void anEmptyListHasNoFailureAndClearForgetsEverything() {
    ProblemList list = new ProblemList();
    assertThat(list.isEmpty()).isTrue();
    assertThatThrownBy(list::failure).isInstanceOf(IllegalStateException.class);
    for (int i = 0; i < 200; i++) {
      list.add(at(1, "p"));
    }
    list.clear();
    assertThat(list.isEmpty()).isTrue();
    assertThat(list.found()).isZero();
    list.add(at(2, "q"));
    assertThat(list.problems()).containsExactly(at(2, "q"));
  }

  @Test
  void longValuesAndMessagesAreCut() {
    String value = "x".repeat(1 << 20);
    assertThat(ProblemList.excerpt(value)).hasSize(ProblemList.MAX_EXCERPT_LENGTH).endsWith("x...");
    assertThat(ProblemList.excerpt("who-won")).isEqualTo("who-won");
    String message = "'" + value + "' is not an id; expected lower-case letters";
    ProblemList list = new ProblemList();
    list.add(at(1, message));
    String kept = list.problems().get(0).message();
    assertThat(kept).hasSizeLessThanOrEqualTo(ProblemList.MAX_MESSAGE_LENGTH).startsWith("'xxx").contains(" ... ")
        .endsWith("' is not an id; expected lower-case letters");
  }

  @Property
  void cuttingNeverSplitsACharacterNorMakesAMessageLonger(@ForAll @StringLength(max = 1200) String text,
      @ForAll @IntRange(min = 0, max = 1200) int emojis) {
    String message = text + "\ud83c\udf34".repeat(emojis) + text;
    for (String cut : List.of(ProblemList.bounded(message), ProblemList.excerpt(message))) {
      assertThat(cut.length()).isLessThanOrEqualTo(Math.max(message.length(), 0));
      assertThat(cut.length()).isLessThanOrEqualTo(ProblemList.MAX_MESSAGE_LENGTH);
      if (message.length() <= ProblemList.MAX_EXCERPT_LENGTH) {
        assertThat(cut).isEqualTo(message);
      }
      // Every pair of the message is still a pair, and no half appears that was not one already.
      assertThat(halves(cut)).isLessThanOrEqualTo(halves(message));
    }
  }

  private static long halves(String s) {
    long lone = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        lone++;
      }
    }
    return lone;
  }

  @Test
  void theMessageOfAnExceptionListsAtMostTheCap() {
    List<FormatProblem> many = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      many.add(at(i, "problem " + i));
    }
    FormatException e = new FormatException(many);
    assertThat(e.problems()).hasSize(10_000);
    assertThat(e.getMessage()).startsWith("10000 problems:\ncrisis.json:1:1: problem 1\n")
        .contains("crisis.json:100:1: problem 100\nand 9900 more").doesNotContain("problem 101");
    assertThat(new FormatException(many.subList(0, 3)).getMessage())
        .isEqualTo("3 problems:\ncrisis.json:1:1: problem 1\ncrisis.json:2:1: problem 2\ncrisis.json:3:1: problem 3");
  }
}
