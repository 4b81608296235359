package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.FormatProvider;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hindsight formats}: what this installation can read and write. */
final class FormatsCommand implements Callable<Integer> {
  private final CommandSpec spec = Specs.command(this, "formats",
      "List the installed formats, built-in and plugins found on the class path: id, extensions, whether each reads and writes, and its name.",
      "Plugins that failed to load are reported on standard error.");

  private final Terminal terminal = new Terminal(spec);

  FormatsCommand() {
    Specs.examples(spec,
        "  hindsight formats",
        "  java -cp hindsight-cli-all.jar:my-plugin.jar io.github.hindsight.cli.HindsightCli formats");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Hindsight hindsight = Discovery.hindsight();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "EXTENSIONS", "READ", "WRITE", "NAME"));
    for (FormatProvider f : hindsight.formats()) {
      rows.add(List.of(f.id(),
          f.extensions().isEmpty() ? "-" : f.extensions().stream().map(x -> "." + x).collect(Collectors.joining(" ")),
          f.reader().isPresent() ? "yes" : "no",
          f.writer().isPresent() ? "yes" : "no",
          f.displayName()));
    }
    PrintWriter out = terminal.out();
    int columns = rows.get(0).size();
    String layout = java.util.stream.IntStream.range(0, columns)
        .mapToObj(i -> "%-" + rows.stream().mapToInt(r -> r.get(i).length()).max().orElse(0) + "s")
        .collect(Collectors.joining("  "));
    // A plugin names its own format: printed escaped, as every other line is.
    rows.forEach(row -> Failures.say(out, String.format(layout, row.toArray()).stripTrailing()));
    out.flush();
    Failures.notLoaded(terminal.err(), hindsight.problems());
    return HindsightCli.OK;
  }
}
