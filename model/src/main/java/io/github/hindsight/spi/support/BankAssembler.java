package io.github.hindsight.spi.support;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Rules;
import io.github.hindsight.model.Severity;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assembles one bank from the parts read from one or more documents, such as the files of a
 * folder or the documents of one Markdown file. This is the one place where a bank is put
 * together: the facade's {@code readBank} on a folder and the bundled formats' {@code readBank}
 * all use it, so that the same problem is reported the same way however the bank was read.
 *
 * <p>Readers give each {@link BankPart} with a {@link Locator} from model paths within the part
 * to locations. The assembler then
 *
 * <ul>
 *   <li>checks that every question and topic id is used once across all parts;
 *   <li>runs the bank's validation on the merged bank: the links from questions to topics and
 *       from topics to topics and questions, across parts, and the warnings of every question;
 *   <li>maps each problem's model path, such as {@code questions[7].topic} of the merged bank,
 *       back to the part it came from and through that part's locator, so that it reads
 *       {@code file:line:column: message} wherever the reader knows the line.
 * </ul>
 *
 * <p>A document that could not be read at all is given as its problems
 * ({@link #addProblems(List)}): they are reported with the others, in the order of the documents,
 * and links are then not checked, since what they point to may be in that document.
 *
 * <pre>{@code
 * AssembledBank result = new BankAssembler()
 *     .add(new BankPart("a.json", questions, topics, path -> locationOf(path)))
 *     .assemble();
 * }</pre>
 *
 * <p>Not thread-safe: one assembler per bank.
 */
public final class BankAssembler {
  /** The member of a question that links it to a topic of the bank. */
  private static final ModelPath TOPIC = ModelPath.of("topic");

  /** A part, the problems of a document that could not be read, or an id of an item that could not be. */
  private record Entry(@Nullable BankPart part, List<FormatProblem> problems, @Nullable String id, @Nullable Location at) {}

  /** Where an item of the merged bank came from. */
  private record Origin(BankPart part, int index) {}

  /** Where an id is, for the message that it is repeated. */
  private interface Place {
    Location locate();
  }

  /** An id of an item that could not be read, where the reader found it. */
  private static final class Given implements Place {
    private final Location at;

    Given(Location at) {
      this.at = at;
    }

    @Override
    public Location locate() {
      return at;
    }
  }

  /** The id of a question or topic of a part, such as {@code questions[3].id}. */
  private static final class ItemId implements Place {
    private final BankPart part;
    private final String list;
    private final int index;

    ItemId(BankPart part, String list, int index) {
      this.part = part;
      this.list = list;
      this.index = index;
    }

    @Override
    public Location locate() {
      return part.locator().locate(ModelPath.of(list).index(index).field("id"));
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private boolean checkLinks = true;

  /** Creates an assembler with no parts, which checks links. */
  public BankAssembler() {}

  /**
   * Adds a part; parts are merged in the order they are added.
   *
   * @param part the part
   * @return this assembler
   */
  public BankAssembler add(BankPart part) {
    Objects.requireNonNull(part, "part");
    entries.add(new Entry(part, List.of(), null, null));
    return this;
  }

  /**
   * Adds the problems of a document that could not be read, to be reported with the others in
   * the order of the documents. Once there are any, links are not checked.
   *
   * @param problems the problems, usually those of a {@link FormatException}
   * @return this assembler
   */
  public BankAssembler addProblems(List<FormatProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    entries.add(new Entry(null, List.copyOf(problems), null, null));
    return this;
  }

  /**
   * Adds the id of a question or topic that has an id but could not be read for other reasons,
   * so that another item using the same id is still reported, as it would be were both readable.
   *
   * @param id the id
   * @param at where the id is
   * @return this assembler
   */
  public BankAssembler addId(String id, Location at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    entries.add(new Entry(null, List.of(), id, at));
    return this;
  }

  /**
   * Whether to check the links between questions and topics (the default); off, as with
   * {@link io.github.hindsight.spi.ReadOptions#checkLinks()} false, only ids are checked.
   *
   * @param check false to leave the links unchecked
   * @return this assembler
   */
  public BankAssembler checkLinks(boolean check) {
    this.checkLinks = check;
    return this;
  }

  /**
   * Merges the parts into one bank and checks it.
   *
   * @return the bank with its warnings, each located in its part
   * @throws FormatException with every problem, in the order of the documents and, within each,
   *     of lines and columns, and every warning in {@link FormatException#warnings()}
   */
  public AssembledBank assemble() {
    return assemble(true);
  }

  /**
   * Merges the parts into one bank and checks it, as {@link #assemble()} does, for a reader
   * whose {@code readBank} returns the bank alone: the warnings of a bank without errors are
   * neither located nor kept, since no one would see them, which spares a format that locates a
   * path by reading its document again. With errors, the warnings join them as before.
   *
   * @return the bank
   * @throws FormatException as {@link #assemble()} does
   */
  public QuestionBank assembleBank() {
    return assemble(false).bank();
  }

  private AssembledBank assemble(boolean keepWarnings) {
    Map<String, Integer> order = new HashMap<>();
    List<FormatProblem> problems = new ArrayList<>();
    // Where each id was first seen, found only when it is repeated: a locator may have to read its document again.
    Map<String, Place> firstSeen = new HashMap<>();
    QuestionBank.Builder merged = QuestionBank.builder();
    List<Origin> questions = new ArrayList<>();
    List<Origin> topics = new ArrayList<>();
    boolean partsFailed = false;
    for (Entry e : entries) {
      BankPart part = e.part();
      if (e.id() != null && e.at() != null) {
        order.putIfAbsent(e.at().source(), order.size());
        unique(firstSeen, e.id(), new Given(e.at()), problems);
        continue;
      }
      if (part == null) {
        for (FormatProblem p : e.problems()) {
          order.putIfAbsent(p.location().source(), order.size());
        }
        problems.addAll(e.problems());
        partsFailed = true;
        continue;
      }
      order.putIfAbsent(part.source(), order.size());
      for (int i = 0; i < part.questions().size(); i++) {
        Question q = part.questions().get(i);
        if (unique(firstSeen, q.id(), new ItemId(part, "questions", i), problems)) {
          merged.addQuestion(q);
          questions.add(new Origin(part, i));
        }
      }
      for (int i = 0; i < part.topics().size(); i++) {
        Topic t = part.topics().get(i);
        if (unique(firstSeen, t.id(), new ItemId(part, "topics", i), problems)) {
          merged.addTopic(t);
          topics.add(new Origin(part, i));
        }
      }
    }
    Comparator<FormatProblem> byDocument = new ByDocument(order);
    // Without a part that could not be read, links would point at what is missing only because
    // of it; a repeated id alone leaves a bank that can still be checked, so its problems join in.
    if (partsFailed) {
      throw new FormatException(sorted(problems, byDocument));
    }
    QuestionBank bank = merged.build();
    List<FormatProblem> warnings = new ArrayList<>();
    List<Problem> unlocated = new ArrayList<>();
    Locator inParts = new InParts(questions, topics);
    for (Problem p : bank.validate().problems()) {
      boolean error = p.severity() == Severity.ERROR;
      if (error && !checkLinks && isLink(p.path())) {
        continue;
      }
      if (error || keepWarnings) {
        (error ? problems : warnings).add(located(p, inParts));
      } else {
        unlocated.add(p);
      }
    }
    if (!problems.isEmpty()) {
      for (Problem w : unlocated) {
        warnings.add(located(w, inParts));
      }
      // The warnings go with the problems, so that one report tells everything.
      throw new FormatException(sorted(problems, byDocument), sorted(warnings, byDocument));
    }
    return new AssembledBank(bank, sorted(warnings, byDocument));
  }

  /**
   * A problem found by validation, at its location: an error with its message, a warning with
   * {@code warning: } before it, so that it prints as {@code file:line:column: warning: message}.
   *
   * @param problem the problem, with a model path such as {@code questions[0].actors[2]}
   * @param locator where the paths of the problem were read
   * @return the located problem
   */
  public static FormatProblem located(Problem problem, Locator locator) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(locator, "locator");
    Location at = locator.locate(problem.path());
    return FormatProblem.of(at, problem.severity() == Severity.ERROR ? problem.message() : problem.severity().word() + ": " + problem.message());
  }

  private static boolean unique(Map<String, Place> firstSeen, String id, Place here, List<FormatProblem> problems) {
    Place first = firstSeen.putIfAbsent(id, here);
    if (first == null) {
      return true;
    }
    problems.add(FormatProblem.of(here.locate(), "duplicate id '" + Rules.excerpt(id) + "' (first at " + first.locate() + "); expected every question and topic id once in a bank"));
    return false;
  }

  /** Whether a validation path is a link between the items of a bank, not one within a question. */
  private static boolean isLink(ModelPath path) {
    Optional<BankItem> item = BankItem.of(path);
    return item.isPresent() && (!item.get().question() || item.get().within(path).equals(TOPIC));
  }

  /** A path of the merged bank, such as {@code questions[7].topic}, in the part it came from. */
  private static final class InParts implements Locator {
    private final List<Origin> questions;
    private final List<Origin> topics;

    InParts(List<Origin> questions, List<Origin> topics) {
      this.questions = questions;
      this.topics = topics;
    }

    @Override
    public Location locate(ModelPath path) {
      Optional<BankItem> found = BankItem.of(path);
      if (found.isPresent()) {
        BankItem item = found.get();
        Origin origin = (item.question() ? questions : topics).get(item.index());
        @Nullable Location at = origin.part().locator().locate(item.at(origin.index()).resolve(item.within(path)));
        // A part's locator that answers null, against its contract, still leaves the document.
        if (at != null) {
          return at;
        }
      }
      // Bank validation only names items; this is for paths it may name one day.
      Origin any = !questions.isEmpty() ? questions.get(0) : topics.get(0);
      return Locator.pointers(any.part().source()).locate(path);
    }
  }

  /** In the order the documents were added, then by line and column; unlocated last. */
  private static final class ByDocument implements Comparator<FormatProblem> {
    private final Map<String, Integer> order;

    ByDocument(Map<String, Integer> order) {
      this.order = order;
    }

    @Override
    public int compare(FormatProblem a, FormatProblem b) {
      int c = Integer.compare(document(a), document(b));
      if (c == 0) {
        c = Integer.compare(a.location().line().orElse(Integer.MAX_VALUE), b.location().line().orElse(Integer.MAX_VALUE));
      }
      if (c == 0) {
        c = Integer.compare(a.location().column().orElse(Integer.MAX_VALUE), b.location().column().orElse(Integer.MAX_VALUE));
      }
      return c;
    }

    private int document(FormatProblem p) {
      return order.getOrDefault(p.location().source(), Integer.MAX_VALUE);
    }
  }

  private static List<FormatProblem> sorted(List<FormatProblem> problems, Comparator<FormatProblem> order) {
    List<FormatProblem> out = new ArrayList<>(problems);
    out.sort(order);
    return out;
  }
}
