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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hindsight new}: a commented template in the Markdown authoring format. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
        "Write a commented Markdown template for a new question, on standard output or into FILE (- for standard output).",
        "The template is a valid question as it stands, so 'hindsight validate' passes from the start and points at each mistake as you edit."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  hindsight new berlin-wall-who-won",
        "  hindsight new berlin-wall-who-won -o questions/berlin-wall.md"
    })
final class NewCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Mixin
  Terminal terminal;

  @Parameters(paramLabel = "QUESTION-ID", description = "The new question's id: lower-case words joined by hyphens.")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write into FILE, a regular file, instead of standard output; - is standard output.")
  @Nullable Path output;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!ID.matcher(id).matches()) {
      throw CliException.usage(Failures.PREFIX + "'" + id + "' is not a question id; expected lower-case words and digits joined by hyphens, such as berlin-wall-who-won");
    }
    String text = template(id);
    if (output == null || StandardOutput.isDash(output.toString())) {
      PrintWriter out = terminal.out();
      out.print(text);
      out.flush();
    } else {
      if (Files.exists(output) && !force) {
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
