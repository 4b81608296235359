package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.html.HtmlFormat;
import io.github.hindsight.html.HtmlSite;
import io.github.hindsight.judgement.JudgementConfig;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.registry.Capability;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hindsight convert}: one question, a bank, or a folder of questions from one format to another. */
final class ConvertCommand implements Callable<Integer> {
  private final CommandSpec spec = Specs.command(this, "convert",
      "Convert a question or a bank from one format to another. Formats come from the file extensions, or from --from and --to.",
      "IN may be a folder: every file in it that a format reads, merged into one bank.",
      "OUT may be a folder (one that exists, or a name ending in /): each question is written to its own file, <id>.<extension>, in the format named by --to; with --to html, the folder becomes a site: index.html, a page per question and a page per topic.",
      "Otherwise OUT is one file: a single question is written as a question, several as a bank. OUT may not be a link, a device or a pipe; - writes to standard output, in the format named by --to.",
      "With --stream, questions go from IN to OUT one at a time, in constant memory, for corpora too large to hold; topics in IN are skipped.");

  private final Terminal terminal = new Terminal(spec);

  private final Threads threads = new Threads(spec);

  private final PositionalParamSpec inParameter = Specs.add(spec, PositionalParamSpec.builder().index("0").paramLabel("IN").arity("1").required(true).type(Path.class)
      .description("The file or folder to read."));

  // A string, not a Path: a Path forgets the trailing slash that marks a folder still to be made.
  private final PositionalParamSpec outParameter = Specs.add(spec, PositionalParamSpec.builder().index("1").paramLabel("OUT").arity("1").required(true).type(String.class)
      .description("The file or folder to write, or - for standard output."));

  private final OptionSpec fromOption = Specs.add(spec, OptionSpec.builder("--from").paramLabel("FORMAT").type(String.class)
      .description("The format of IN, by id (see 'hindsight formats')."));

  private final OptionSpec toOption = Specs.add(spec, OptionSpec.builder("--to").paramLabel("FORMAT").type(String.class)
      .description("The format of OUT, by id."));

  private final OptionSpec streamFlag = Specs.flag(spec, "--stream",
      "Convert one question at a time, in constant memory; IN and OUT are files, and topics are skipped.");

  // What the command line gave, taken from the specs when the command runs.
  private Path in = Path.of(".");
  private String outArg = "";
  private Path out = Path.of(".");
  private @Nullable String from;
  private @Nullable String to;
  private boolean stream;

  ConvertCommand() {
    Specs.examples(spec,
        "  hindsight convert cuba.md cuba.json",
        "  hindsight convert questions/ bank.jsonl",
        "  hindsight convert bank.jsonl questions/ --to markdown",
        "  hindsight convert questions/ site/ --to html",
        "  hindsight convert notes.txt cuba.json --from markdown",
        "  hindsight convert --stream corpus.jsonl corpus.json",
        "  hindsight convert --threads 2 questions/ bank.jsonl",
        "  hindsight convert cuba.md - --to json");
  }

  /** @return the command's model, for the command line */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    in = inParameter.getValue();
    outArg = outParameter.getValue();
    from = fromOption.getValue();
    to = toOption.getValue();
    stream = Specs.isSet(streamFlag);
    Hindsight hindsight = threads.apply(Discovery.hindsight());
    requireFormat(hindsight, "--from", from, Capability.READ);
    requireFormat(hindsight, "--to", to, Capability.WRITE);
    Files2.requireReadable(in);
    boolean folderIn = Files.isDirectory(in);
    if (folderIn && from != null) {
      throw CliException.usage(Failures.PREFIX + "--from applies to a file; the files of a folder are read by their extensions");
    }
    out = Path.of(outArg);
    boolean toStandardOutput = StandardOutput.isDash(outArg);
    boolean folderOut = !toStandardOutput && (Files.isDirectory(out) || outArg.endsWith("/") || outArg.endsWith(java.io.File.separator));
    if (folderOut && to == null) {
      throw CliException.usage(Failures.PREFIX + "--to is needed to write into the folder " + out + ", to say the format of its files");
    }
    if (toStandardOutput && to == null) {
      throw CliException.usage(Failures.PREFIX + "--to is needed to write to standard output, to say its format");
    }
    PrintWriter stdout = terminal.out();
    if (stream) {
      if (folderIn || folderOut) {
        throw CliException.usage(Failures.PREFIX + "--stream converts one file into another, not folders");
      }
      long n;
      try (QuestionStream questions = from == null ? hindsight.stream(in) : hindsight.stream(in, from)) {
        if (toStandardOutput) {
          streamToStandardOutput(hindsight, questions);
          return HindsightCli.OK;
        }
        n = to == null ? hindsight.writeAll(questions, out) : hindsight.writeAll(questions, out, to);
      }
      Failures.say(stdout, "wrote " + count(n) + " to " + out);
      stdout.flush();
      return HindsightCli.OK;
    }
    QuestionBank bank = Documents.read(hindsight, in, from);
    if (toStandardOutput) {
      toStandardOutput(hindsight, bank);
      return HindsightCli.OK;
    }
    if (folderOut) {
      writeFolder(hindsight, bank);
      Failures.say(stdout, "wrote " + count(bank.questions().size()) + " to " + out);
    } else if (bank.questions().size() == 1 && bank.topics().isEmpty()) {
      Question question = bank.questions().get(0);
      if (to == null) {
        hindsight.write(question, out);
      } else {
        hindsight.write(question, out, to);
      }
      Failures.say(stdout, "wrote 1 question to " + out);
    } else {
      if (to == null) {
        hindsight.writeBank(bank, out);
      } else {
        hindsight.writeBank(bank, out, to);
      }
      Failures.say(stdout, "wrote a bank of " + count(bank.questions().size()) + " to " + out);
    }
    stdout.flush();
    return HindsightCli.OK;
  }

  private void writeFolder(Hindsight hindsight, QuestionBank bank) throws IOException {
    if (HtmlFormat.ID.equals(to)) {
      // A site is several files, which a format, writing one stream, cannot make: an index, a page per question and per topic.
      FormatWriter.requireValid(bank);
      HtmlSite.standard().write(bank, JudgementConfig.hindsight(), out);
      return;
    }
    Files.createDirectories(out);
    FormatProvider format = hindsight.registry().require(to, Capability.WRITE);
    String extension = format.extensions().isEmpty() ? format.id() : format.extensions().get(0);
    if (!bank.topics().isEmpty()) {
      terminal.err().println(Failures.PREFIX + "note: the bank's " + bank.topics().size()
          + " topics are not written, since a folder holds one file per question; convert to a single file to keep them");
    }
    try (Progress progress = Progress.onTerminal(terminal.err(), "writing", bank.questions().size())) {
      for (Question q : bank.questions()) {
        hindsight.write(q, out.resolve(q.id() + "." + extension), format.id());
        progress.step();
      }
    }
  }

  /** The document alone, so that it can be piped: one question as a question, more as a bank. */
  private void toStandardOutput(Hindsight hindsight, QuestionBank bank) throws IOException {
    FormatWriter writer = writerOfTo(hindsight);
    try (OutputStream stdout = terminal.outBytes()) {
      if (bank.questions().size() == 1 && bank.topics().isEmpty()) {
        Question question = bank.questions().get(0);
        FormatWriter.requireValid(question);
        writer.writeQuestion(question, stdout);
      } else {
        FormatWriter.requireValid(bank);
        writer.writeBank(bank, stdout);
      }
    }
  }

  /** What has gone out stays out: unlike a file, standard output cannot be taken back when a question fails. */
  private void streamToStandardOutput(Hindsight hindsight, QuestionStream questions) throws IOException {
    try (OutputStream stdout = terminal.outBytes(); QuestionSink sink = writerOfTo(hindsight).openSink(stdout)) {
      while (questions.hasNext()) {
        Question question = questions.next();
        FormatWriter.requireValid(question);
        sink.write(question);
      }
    }
  }

  private FormatWriter writerOfTo(Hindsight hindsight) {
    return hindsight.registry().require(to, Capability.WRITE).writer().orElseThrow();
  }

  static void requireFormat(Hindsight hindsight, String option, @Nullable String id, Capability capability) {
    if (id == null) {
      return;
    }
    boolean ok = hindsight.format(id).map(f -> capability == Capability.READ ? f.reader().isPresent() : f.writer().isPresent()).orElse(false);
    if (!ok) {
      throw CliException.usage(Failures.PREFIX + option + ": no format '" + id + "' that can " + (capability == Capability.READ ? "read" : "write")
          + "; formats that can: " + hindsight.registry().describe(capability));
    }
  }

  private static String count(long n) {
    return n + (n == 1 ? " question" : " questions");
  }
}
