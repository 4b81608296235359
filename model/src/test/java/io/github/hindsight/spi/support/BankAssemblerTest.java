package io.github.hindsight.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler maps each problem of the merged bank back to the part, and the path, it came from. */
class BankAssemblerTest {
  private static Question question(String id) {
    return Question.builder().id(id).prompt("Who gained most from " + id + "?").build();
  }

  /** Says which path it was asked for, so that the test sees the path within the part. */
  private static Locator echo(String source) {
    return path -> Location.builder().source(source).line(path.toString().length()).column(1).pointer(path.pointer()).build();
  }

  private static List<String> problems(BankAssembler assembler) {
    FormatException e = catchThrowableOfType(FormatException.class, assembler::assemble);
    assertThat(e).isNotNull();
    return e.problems().stream().map(FormatProblem::toString).toList();
  }

  @Test
  void aLinkInTheSecondPartIsLocatedByItsIndexInThatPart() {
    BankAssembler assembler = new BankAssembler()
        .add(new BankPart("a", List.of(question("one"), question("two")), List.of(Topic.builder().id("t").title("T").build()), echo("a")))
        .add(new BankPart("b", List.of(question("three").withTopic("missing")), List.of(), echo("b")));

    assertThat(problems(assembler)).containsExactly("b:18:1 (/questions/0/topic): unknown topic 'missing'; expected one of t");
  }

  @Test
  void aTopicsLinkIsLocatedByItsIndexInItsPart() {
    BankAssembler assembler = new BankAssembler()
        .add(new BankPart("a", List.of(question("one")), List.of(Topic.builder().id("t").title("T").build()), echo("a")))
        .add(new BankPart("b", List.of(), List.of(Topic.builder().id("u").title("U").addRelatedTopic("gone").build()), echo("b")));

    assertThat(problems(assembler)).containsExactly("b:26:1 (/topics/0/relatedTopics/0): unknown topic 'gone'; expected one of t, u");
  }

  @Test
  void withoutLinkChecksOnlyIdsAreChecked() {
    BankAssembler assembler = new BankAssembler().checkLinks(false)
        .add(new BankPart("b", List.of(question("three").withTopic("missing")), List.of(), echo("b")));

    assertThat(assembler.assemble().bank().questions()).extracting(Question::id).containsExactly("three");
  }

  @Test
  void anUnreadableDocumentKeepsItsPlaceAndStopsTheLinkChecks() {
    FormatProblem broken = FormatProblem.of(Location.at("a", 2, 1), "not a question");
    BankAssembler assembler = new BankAssembler()
        .addProblems(List.of(broken))
        .add(new BankPart("b", List.of(question("one").withTopic("defined-in-a")), List.of(), echo("b")))
        .addId("one", Location.at("c", 1, 5));

    assertThat(problems(assembler)).containsExactly(
        "a:2:1: not a question",
        "c:1:5: duplicate id 'one' (first at b:15:1 (/questions/0/id)); expected every question and topic id once in a bank");
  }

  @Test
  void warningsAreLocatedAndSaySo() {
    AssembledBank bank = new BankAssembler()
        .add(new BankPart("a", List.of(question("one")), List.of(), echo("a")))
        .assemble();

    assertThat(bank.warnings()).extracting(FormatProblem::toString)
        .containsExactly("a:19:1 (/questions/0/actors): warning: the question has no actors, so nothing can be judged");
  }

  @Test
  void theBankAloneLocatesNoWarningUnlessThereAreErrorsToReportWithThem() {
    List<String> asked = new java.util.ArrayList<>();
    Locator counting = path -> {
      asked.add(path.toString());
      return echo("a").locate(path);
    };
    QuestionBank bank = new BankAssembler().add(new BankPart("a", List.of(question("one")), List.of(), counting)).assembleBank();
    assertThat(bank.questions()).extracting(Question::id).containsExactly("one");
    assertThat(asked).isEmpty();

    FormatException e = catchThrowableOfType(FormatException.class, new BankAssembler()
        .add(new BankPart("a", List.of(question("one").withTopic("missing")), List.of(), counting))::assembleBank);
    assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly("a:18:1 (/questions/0/topic): unknown topic 'missing' (none is defined)");
    assertThat(e.warnings()).extracting(FormatProblem::toString)
        .containsExactly("a:19:1 (/questions/0/actors): warning: the question has no actors, so nothing can be judged");
  }

  @Test
  void theDefaultLocatorGivesPointers() {
    assertThat(Locator.pointers("a.tiny").locate(ModelPath.of("questions").index(0).field("actors").index(2)))
        .hasToString("a.tiny (/questions/0/actors/2)");
    assertThat(Locator.pointers("a").locate(ModelPath.root())).hasToString("a");
  }
}
