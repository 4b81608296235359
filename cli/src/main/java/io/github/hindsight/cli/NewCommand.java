package io.github.hindsight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight new}: a commented template in the Markdown authoring format. */
final class NewCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final CommandSpec spec = Specs.command(this, "new",
      "Write a commented Markdown template for a new question, on standard output or into FILE (- for standard output).",
      "The template is a valid question as it stands, so 'hindsight validate' passes from the start and points at each mistake as you edit.");

  private final Terminal terminal = new Terminal(spec);

  private final PositionalParamSpec id = Specs.add(spec, PositionalParamSpec.builder().paramLabel("QUESTION-ID").arity("1").required(true).type(String.class)
      .description("The new question's id: lower-case words joined by hyphens."));

  private final OptionSpec output = Specs.add(spec, OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
      .description("Write into FILE, a regular file, instead of standard output; - is standard output."));

  private final OptionSpec force = Specs.flag(spec, "--force", "Replace FILE if it exists.");

  NewCommand() {
    Specs.examples(spec,
        "  hindsight new berlin-wall-who-won",
        "  hindsight new berlin-wall-who-won -o questions/berlin-wall.md");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    String id = this.id.getValue();
    @Nullable Path output = this.output.getValue();
    if (!ID.matcher(id).matches()) {
      throw CliException.usage(Failures.PREFIX + "'" + id + "' is not a question id; expected lower-case words and digits joined by hyphens, such as berlin-wall-who-won");
    }
    String text = template(id);
    if (output == null || StandardOutput.isDash(output.toString())) {
      PrintWriter out = terminal.out();
      out.print(text);
      out.flush();
    } else {
      if (Files.exists(output) && !Specs.isSet(force)) {
        throw CliException.usage(Failures.PREFIX + output + " already exists; choose another file or add --force to replace it");
      }
      Files2.writeAtomically(output, text);
      Failures.say(terminal.err(), Failures.PREFIX + "wrote " + output + "; check it with: hindsight validate " + output);
    }
    return HindsightCli.OK;
  }

  /** The template with the id filled in. */
  static String template(String id) {
    return resource("new-question.md").replace("QUESTION-ID", id);
  }

  static String resource(String name) {
    try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the hindsight-cli jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
