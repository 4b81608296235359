package io.github.hindsight.examples.diagram;

import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the two diagram formats share: which parts of a question are drawn, their colours, and the
 * order of writing. The subclasses only spell it in their syntax.
 */
abstract class DiagramFormat extends SimpleFormatProvider {
  /** Labels wrap at about this many characters, so that boxes stay narrow. */
  static final int WRAP = 34;

  /**
   * A write-only format that spells a document as a header, its questions and a footer.
   *
   * @param description the id, names and extensions
   * @param header the start of a document, given the title for a diagram of one question
   * @param question one question
   * @param footer the end of a document, with the key to the colours
   */
  DiagramFormat(Description description, Function<Optional<String>, String> header, Drawing question, Supplier<String> footer) {
    super(description.writer(new Writer(header, question, footer)));
  }

  /** How a format spells one question. */
  interface Drawing {
    /**
     * One question.
     *
     * @param question the question
     * @param prefix a prefix for node names, unique in the document
     * @param alone whether it is the only question, drawn without a frame
     * @return the text
     */
    String draw(Question question, String prefix, boolean alone);
  }

  /** Writes a question, a bank or a stream of questions in one format's syntax. */
  private static final class Writer implements FormatWriter {
    private final Function<Optional<String>, String> header;
    private final Drawing drawing;
    private final Supplier<String> footer;

    Writer(Function<Optional<String>, String> header, Drawing question, Supplier<String> footer) {
      this.header = header;
      this.drawing = question;
      this.footer = footer;
    }

    /** A diagram leaves out evidence, sources and interpretations by design. */
    @Override
    public boolean isLossless() {
      return false;
    }

    @Override
    public void writeQuestion(Question question, OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      FormatWriter.requireValid(question);
      write(out, header.apply(Optional.of(question.prompt())) + drawing.draw(question, "q0", true) + footer.get());
    }

    @Override
    public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      FormatWriter.requireValid(bank);
      StringBuilder text = new StringBuilder(header.apply(Optional.empty()));
      for (int i = 0; i < bank.questions().size(); i++) {
        text.append(drawing.draw(bank.questions().get(i), "q" + i, false));
      }
      write(out, text.append(footer.get()).toString());
    }

    @Override
    public QuestionSink openSink(OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      write(out, header.apply(Optional.empty()));
      return new QuestionSink() {
        private int count;
        private boolean closed;

        @Override
        public void write(Question question) throws IOException {
          if (closed) {
            throw new IllegalStateException("the diagram is finished; open another sink");
          }
          FormatWriter.requireValid(question);
          Writer.write(out, drawing.draw(question, "q" + count++, false));
        }

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            Writer.write(out, footer.get());
          }
        }
      };
    }

    private static void write(OutputStream out, String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ------------------------------------------------------------------ what is drawn

  /** The colours of an outcome: fill, then border. */
  enum Colour {
    ACHIEVED("#c8e6c9", "#2e7d32"),
    PARTLY_ACHIEVED("#fff1b8", "#b88600"),
    NOT_ACHIEVED("#ffcdd2", "#c62828"),
    UNCLEAR("#e0e0e0", "#616161"),
    DEPENDS_ON_READING("#d9d0f0", "#5e35b1"),
    ACTOR("#bbdefb", "#1565c0"),
    CONSEQUENCE("#fafafa", "#757575");

    final String fill;
    final String stroke;

    Colour(String fill, String stroke) {
      this.fill = fill;
      this.stroke = stroke;
    }

    static Colour of(OutcomeStatus status) {
      return valueOf(status.name());
    }

    /** @return a name usable as a CSS class */
    String className() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The colours that say what became of objectives, for the key. */
  static List<Colour> statusColours() {
    List<Colour> colours = new ArrayList<>();
    for (OutcomeStatus status : OutcomeStatus.values()) {
      colours.add(Colour.of(status));
    }
    return colours;
  }

  /** The label of an objective: the aim, then what became of it (under each reading, if it depends). */
  static List<String> objectiveLines(Objective objective) {
    List<String> lines = new ArrayList<>(wrap(objective.statement()));
    OutcomeStatus status = objective.outcome().status();
    if (status == OutcomeStatus.DEPENDS_ON_READING) {
      for (Reading reading : objective.outcome().readings()) {
        lines.add("if " + reading.id().replace('-', ' ') + ": " + words(reading.status()));
      }
    } else {
      lines.add("→ " + words(status));
    }
    return lines;
  }

  /** The label of an actor: its name and who spoke for it. */
  static List<String> actorLines(io.github.hindsight.model.Actor actor) {
    List<String> lines = new ArrayList<>(wrap(actor.name()));
    if (!actor.representatives().isEmpty()) {
      lines.addAll(wrap(String.join(", ", actor.representatives().stream().map(Representative::name).toList())));
    }
    return lines;
  }

  static String words(OutcomeStatus status) {
    return status.word().replace('-', ' ');
  }

  /** The colour of an effect on an actor. */
  static String effectColour(Effect effect) {
    switch (effect) {
      case POSITIVE:
        return Colour.ACHIEVED.stroke;
      case NEGATIVE:
        return Colour.NOT_ACHIEVED.stroke;
      case MIXED:
        return Colour.PARTLY_ACHIEVED.stroke;
      default:
        return Colour.UNCLEAR.stroke;
    }
  }

  /** A node name from a prefix, a kind and a model id, which is a slug. */
  static String node(String prefix, String kind, String id) {
    return prefix + "_" + kind + "_" + id.replaceAll("[^A-Za-z0-9]", "_");
  }

  /** Splits text into lines of about {@link #WRAP} characters, at spaces. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String joinLines(List<String> lines, java.util.function.UnaryOperator<String> escape, String lineBreak) {
    return lines.stream().map(escape).collect(Collectors.joining(lineBreak));
  }
}
