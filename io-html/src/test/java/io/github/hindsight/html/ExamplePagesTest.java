package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.GoldenFiles;
import io.github.hindsight.testkit.SampleBank;
import io.github.hindsight.testkit.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page of the Cuban Missile Crisis is pinned by a golden file; every example question's page,
 * and the pages of the site of the examples, pass the Nu Html Checker with no error, load nothing,
 * and link only to what is there.
 */
class ExamplePagesTest {
  static final Path QUESTIONS = Path.of("..", "examples", "questions");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "cuban-missile-crisis.html");

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(QUESTIONS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  static QuestionBank read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MarkdownFormat().reader().orElseThrow()
          .readBank(in, ReadOptions.named(file.getFileName().toString()).withCheckLinks(false));
    }
  }

  /** The folder of examples as one bank, as the command line reads it. */
  static QuestionBank examplesBank() throws IOException {
    QuestionBank.Builder bank = QuestionBank.builder();
    for (Path file : examples()) {
      QuestionBank part = read(file);
      bank.addAllQuestions(part.questions()).addAllTopics(part.topics());
    }
    return bank.build();
  }

  @Test
  void theCubanPageIsAsBefore() throws IOException {
    String page = HtmlPage.standard().render(Samples.cubanMissileCrisis());
    assertThat(page).isEqualTo(GoldenFiles.expected(GOLDEN, page));
  }

  @Test
  void theCubanPageShowsBothReadingsAndTheSecretDeal() {
    String page = HtmlPage.standard().render(Samples.cubanMissileCrisis());
    assertThat(page).contains("At the time: as of 1962-11", "With hindsight", "Scenario: ", "If the intent was:",
        "no: not yet known", "1989-01", "United States leads");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExamplePageLoadsNothingAndIsAccessible(Path file) throws IOException {
    for (Question q : read(file).questions()) {
      PageChecks.check(HtmlPage.standard().render(q), href -> false);
    }
  }

  @Test
  void everyPageOfTheSiteLinksOnlyToPagesOfTheSite() throws IOException {
    Map<String, String> site = HtmlSite.standard().pages(examplesBank(), io.github.hindsight.judgement.JudgementConfig.hindsight());
    assertThat(site).containsKey("index.html");
    examplesBank().questions().forEach(q -> assertThat(site).containsKey(q.id() + ".html"));
    examplesBank().topics().forEach(t -> assertThat(site).containsKey("topic-" + t.id() + ".html"));
    site.forEach((name, page) -> PageChecks.check(page, site::containsKey));
  }

  @Test
  void theNuHtmlCheckerFindsNoErrorInAnyPage() throws Exception {
    NuChecker.assumeAvailable();
    Map<String, String> pages = new LinkedHashMap<>(HtmlSite.standard().pages(examplesBank(), io.github.hindsight.judgement.JudgementConfig.hindsight()));
    List<Question> samples = new ArrayList<>(SampleBank.bank().questions());
    for (Question q : samples) {
      pages.put("sample-" + q.id(), HtmlPage.standard().render(q));
    }
    pages.put("as-of-1962-11", HtmlPage.standard().render(Samples.cubanMissileCrisis(),
        io.github.hindsight.judgement.JudgementConfig.asOf(io.github.hindsight.model.HistoricalDate.ofMonth(1962, 11))));
    assertThat(NuChecker.errors(pages)).isEmpty();
  }
}
