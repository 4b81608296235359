package io.github.hindsight.cli;

import io.github.hindsight.cli.serve.Preview;
import io.github.hindsight.html.HtmlPage;
import io.github.hindsight.judgement.Judge;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight serve}: a live preview of questions in the browser, on this machine only. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Preview questions in a browser while you write them: an index of the folder (or the one file), and a page per question that reloads when its file changes.",
        "A form on each page sets the weights, the readings of intent and the date to judge as of; the server judges again, and the address keeps the settings.",
        "Only this machine can connect: the server listens on 127.0.0.1. Ctrl-C stops it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  hindsight serve examples/questions",
        "  hindsight serve cuba.md --port 9000",
        "  hindsight serve . --port 0"
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin
  Terminal terminal;

  @Parameters(paramLabel = "FILE|FOLDER", arity = "0..1", defaultValue = ".",
      description = "The folder of questions, or one question (default: the current folder).")
  Path target = Path.of(".");

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port on 127.0.0.1, from 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw CliException.usage(Failures.PREFIX + "--port: " + port + " is not a port; expected 0 (any free port) or 1 to 65535");
    }
    if (!Files.exists(target)) {
      throw new NoSuchFileException(target.toString());
    }
    Judge judge = Discovery.judge();
    Preview preview = Preview.start(Discovery.hindsight(), HtmlPage.with(judge), target, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      stopped.countDown();
    }, "hindsight-serve-stop"));
    Failures.say(terminal.out(), preview.startLine());
    terminal.out().flush();
    Failures.notLoaded(terminal.err(), judge.problems());
    terminal.err().flush();
    stopped.await();
    return HindsightCli.OK;
  }
}
