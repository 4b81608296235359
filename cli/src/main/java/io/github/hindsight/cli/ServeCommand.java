package io.github.hindsight.cli;

import io.github.hindsight.cli.serve.Preview;
import io.github.hindsight.html.HtmlPage;
import io.github.hindsight.judgement.Judge;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight serve}: a live preview of questions in the browser, on this machine only. */
final class ServeCommand implements Callable<Integer> {
  private final CommandSpec spec = Specs.command(this, "serve",
      "Preview questions in a browser while you write them: an index of the folder (or the one file), and a page per question that reloads when its file changes.",
      "A form on each page sets the weights, the readings of intent and the date to judge as of; the server judges again, and the address keeps the settings.",
      "Only this machine can connect: the server listens on 127.0.0.1. Ctrl-C stops it.");

  private final Terminal terminal = new Terminal(spec);

  private final PositionalParamSpec target = Specs.add(spec, PositionalParamSpec.builder().paramLabel("FILE|FOLDER").arity("0..1")
      .type(Path.class).defaultValue(".").description("The folder of questions, or one question (default: the current folder)."));

  private final OptionSpec port = Specs.add(spec, OptionSpec.builder("--port").paramLabel("N").type(int.class).defaultValue("8080")
      .description("The port on 127.0.0.1, from 1 to 65535, or 0 for any free port (default: ${DEFAULT-VALUE})."));

  ServeCommand() {
    Specs.examples(spec,
        "  hindsight serve examples/questions",
        "  hindsight serve cuba.md --port 9000",
        "  hindsight serve . --port 0");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    int port = this.port.<Integer>getValue();
    Path target = this.target.getValue();
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
