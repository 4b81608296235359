package io.github.hindsight.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.html.HtmlPage;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview served in this JVM on a free loopback port, over a copy of the example questions. */
class PreviewTest {
  private static final String CUBA = "cuban-missile-crisis.md";
  private static final Hindsight HINDSIGHT = Hindsight.standard();

  @TempDir
  Path temp;

  Path folder;
  Question cuba;

  @BeforeEach
  void copyExamples() throws IOException {
    folder = temp.resolve("questions");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "questions"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    cuba = HINDSIGHT.read(folder.resolve(CUBA));
  }

  private Preview start() throws IOException {
    return Preview.start(HINDSIGHT, HtmlPage.standard(), folder, 0);
  }

  /** The {@code <main>} of a page: the part the preview shows as the renderer made it. */
  private static String main(String page) {
    return page.substring(page.indexOf("<main>"), page.indexOf("</main>") + "</main>".length());
  }

  @Test
  void listsTheQuestionsAndServesEachPageAsTheRendererMakesIt() throws IOException {
    try (Preview preview = start()) {
      Http index = Http.get(preview, "/");
      assertThat(index.status()).as("%s", index).isEqualTo(200);
      assertThat(index.head()).containsIgnoringCase("content-type: text/html");
      assertThat(index.body()).contains("href=\"/q/" + CUBA + "\"").contains("marshall-plan.md");

      Http page = Http.get(preview, "/q/" + CUBA);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(page.head()).containsIgnoringCase("content-type: text/html");
      assertThat(page.body()).contains(main(HtmlPage.standard().render(cuba)))
          .contains("<form method=\"get\"").contains("<label for=\"w-objectives\">")
          .contains("/changed?file=" + CUBA).doesNotContain("Problems</h2>");
    }
  }

  @Test
  void aWeightInTheAddressIsJudgedOnTheServerAsTheJudgeWould() throws IOException {
    Map<String, Double> weights = Map.of("objectives", 0.0, "perception", 5.0);
    JudgementConfig changed = Settings.config(cuba, null, weights, Map.of());
    assertThat(Judge.standard().judge(cuba, changed).verdicts())
        .as("the weights chosen change the engine's verdicts")
        .isNotEqualTo(Judge.standard().judge(cuba, JudgementConfig.hindsight()).verdicts());
    try (Preview preview = start()) {
      Http page = Http.get(preview, "/q/" + CUBA + "?w.objectives=0&w.perception=5&as-of=");
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      String expected = main(HtmlPage.standard().render(cuba, changed));
      assertThat(expected).isNotEqualTo(main(HtmlPage.standard().render(cuba)));
      assertThat(page.body()).contains(expected).contains("name=\"w.perception\" value=\"5\"");
    }
  }

  @Test
  void aBadValueInTheAddressIsSaidInWords() throws IOException {
    try (Preview preview = start()) {
      for (String query : new String[] {"w.objectives=abc", "w.nope=1", "as-of=soon", "r.nothing=x", "w.objectives=-1",
          "colour=red"}) {
        Http page = Http.get(preview, "/q/" + CUBA + "?" + query);
        assertThat(page.status()).as("%s: %s", query, page).isEqualTo(400);
        assertThat(page.body()).as(query).contains("Problems</h2>").contains("in the address")
            .doesNotContain("Exception").doesNotContain("at io.github");
      }
      assertThat(Http.get(preview, "/q/" + CUBA + "?w.objectives=abc").body()).contains("&#39;abc&#39;").contains("expected a number");
      // An address that is not well formed is refused by the JDK's server before the preview sees it.
      Http malformed = Http.get(preview, "/q/" + CUBA + "?w.objectives=%zz");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.body()).doesNotContain("\tat ");
    }
  }

  @Test
  void servesNothingOutsideTheFolder() throws IOException {
    Files.copy(folder.resolve(CUBA), temp.resolve("outside.md"));
    Path link = folder.resolve("link.md");
    boolean linked;
    try {
      Files.createSymbolicLink(link, temp.resolve("outside.md"));
      linked = true;
    } catch (IOException | UnsupportedOperationException e) {
      linked = false;
    }
    try (Preview preview = start()) {
      String[] targets = {"/q/../outside.md", "/q/%2e%2e/outside.md", "/q/%2E%2E%2Foutside.md", "/q/..%2foutside.md",
          "/q/" + temp.resolve("outside.md").toAbsolutePath(), "/q/.%2e/questions/../outside.md", "/../outside.md",
          "/q/", "/q/nothing.md", "/etc/passwd", "/q/%00"};
      for (String target : targets) {
        Http r = Http.get(preview, target);
        assertThat(r.status()).as("%s: %s", target, r).isIn(400, 403, 404);
        assertThat(r.body()).as(target).doesNotContain("Cuban");
      }
      if (linked) {
        assertThat(Http.get(preview, "/q/link.md").status()).isEqualTo(404);
        assertThat(Http.get(preview, "/").body()).doesNotContain("link.md");
      }
    }
  }

  @Test
  void onlyGetAndHeadAndNoBody() throws IOException {
    try (Preview preview = start()) {
      for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
        Http r = Http.send(preview, method + " /q/" + CUBA + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).as("%s: %s", method, r).isEqualTo(405);
        assertThat(r.head()).containsIgnoringCase("allow: GET, HEAD");
      }
      Http body = Http.send(preview, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
      assertThat(body.status()).isEqualTo(413);
      Http head = Http.send(preview, "HEAD /q/" + CUBA + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(Http.get(preview, "/?" + "a".repeat(Guard.MAX_URI)).status()).isEqualTo(414);
    }
  }

  @Test
  void aBrokenFileShowsItsProblemsAboveTheLastGoodVersionUntilItIsFixed() throws IOException {
    Path file = folder.resolve(CUBA);
    String good = Files.readString(file);
    try (Preview preview = start()) {
      String lastGood = main(Http.get(preview, "/q/" + CUBA).body());
      Files.writeString(file, good.replaceFirst("kind: who-won", "kind: <b>who-lost</b>"));
      Http broken = Http.get(preview, "/q/" + CUBA);
      assertThat(broken.status()).isEqualTo(200);
      assertThat(broken.body()).contains("Problems</h2>").contains("last version")
          .containsPattern(CUBA + ":\\d+:\\d+").doesNotContain("<b>who-lost</b>").contains(lastGood);

      Files.writeString(file, good);
      Http fixed = Http.get(preview, "/q/" + CUBA);
      assertThat(fixed.body()).doesNotContain("Problems</h2>").contains(main(HtmlPage.standard().render(cuba)));
    }
  }

  @Test
  void aFileBrokenFromTheStartShowsOnlyItsProblems() throws IOException {
    Files.writeString(folder.resolve("new.md"), "---\nid: new\nkind: <i>\n---\n# A question\n");
    try (Preview preview = start()) {
      Http r = Http.get(preview, "/q/new.md");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("Problems</h2>").contains("no version").containsPattern("new\\.md:\\d+:\\d+")
          .doesNotContain("<i>\n");
      assertThat(Http.get(preview, "/").body()).contains("new.md");
    }
  }

  @Test
  void theChangeEndpointReportsANewerTimeOnceTheFileIsRewritten() throws IOException {
    Path file = folder.resolve(CUBA);
    try (Preview preview = start()) {
      Http before = Http.get(preview, "/changed?file=" + CUBA);
      assertThat(before.status()).isEqualTo(200);
      long then = Long.parseLong(before.body().strip());
      Files.writeString(file, Files.readString(file) + "\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(then + 5_000));
      long now = Long.parseLong(Http.get(preview, "/changed?file=" + CUBA).body().strip());
      assertThat(now).isGreaterThan(then);
      assertThat(Http.get(preview, "/changed?file=..%2Foutside.md").status()).isEqualTo(404);
      assertThat(Http.get(preview, "/changed").status()).isEqualTo(404);
    }
  }

  @Test
  void listensOnLoopbackOnlyAndSaysSo() throws IOException {
    try (Preview preview = start()) {
      assertThat(preview.address().getHost()).isEqualTo("127.0.0.1");
      assertThat(preview.startLine()).contains("http://127.0.0.1:" + preview.address().getPort() + "/")
          .contains("this machine only").contains("Ctrl-C");
    }
  }

  @Test
  void oneFileServesOnlyThatFile() throws IOException {
    try (Preview preview = Preview.start(HINDSIGHT, HtmlPage.standard(), folder.resolve(CUBA), 0)) {
      assertThat(Http.get(preview, "/q/" + CUBA).status()).isEqualTo(200);
      assertThat(Http.get(preview, "/q/marshall-plan.md").status()).isEqualTo(404);
      assertThat(Http.get(preview, "/").body()).doesNotContain("marshall-plan.md");
    }
  }
}
