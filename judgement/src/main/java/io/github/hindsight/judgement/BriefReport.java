package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.some;
import static io.github.hindsight.judgement.TextLayout.wrap;

import io.github.hindsight.model.ActorRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report a student reads first: the answer in a few sentences and one table, at most {@link
 * #LINES} lines of at most {@link TextLayout#WIDTH} columns. It is made of blocks, each with a
 * rank; when the blocks would make more lines than that, the least important go first.
 */
final class BriefReport {
  /** The most lines of the report. */
  static final int LINES = 40;
  /** The most rows of the table, the header apart. */
  private static final int ROWS = 12;
  private static final Comparator<String> BY_NUMBER = new ByNumber();
  /** The best supported first; a stable sort keeps the question's order among equals. */
  private static final Comparator<InterpretationSupport> BY_SUPPORT = new BySupport();

  private record Block(int rank, List<String> lines) {}

  /** The cells of one row of a table; a table makes them only for the rows it shows. */
  interface Row {
    List<String> cells(String id);
  }

  final Judgement j;
  final Verdict first;
  private final List<Block> blocks = new ArrayList<>();

  private BriefReport(Judgement judgement) {
    this.j = judgement;
    this.first = judgement.verdict();
  }

  static String render(Judgement judgement) {
    BriefReport r = new BriefReport(judgement);
    r.build();
    return r.assemble();
  }

  void add(int rank, List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Block(rank, lines));
    }
  }

  void say(int rank, String paragraph) {
    add(rank, wrap(paragraph, "  "));
  }

  private String assemble() {
    List<Block> kept = new ArrayList<>(blocks);
    while (height(kept) > LINES) {
      // The first of the least important blocks, those of the highest rank.
      Block least = kept.get(0);
      for (Block b : kept) {
        if (b.rank() > least.rank()) {
          least = b;
        }
      }
      if (least.rank() == 0) {
        break;
      }
      kept.remove(kept.lastIndexOf(least));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      for (String l : kept.get(i).lines()) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** Blank lines come between blocks, so each block costs one more line than it has. */
  private static int height(List<Block> blocks) {
    int lines = 0;
    for (Block b : blocks) {
      lines += b.lines().size() + 1;
    }
    return lines - 1;
  }

  String name(String id) {
    return j.actors().getOrDefault(id, id);
  }

  List<String> names(List<String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(name(id));
    }
    return out;
  }

  private void build() {
    List<String> head = new ArrayList<>(wrap(j.prompt(), "  "));
    if (j.config().asOf().isPresent()) {
      head.addAll(wrap("Judged as of " + j.config().asOf().get() + ": only what had happened and was known by then counts"
          + (j.unknownEvidence().isEmpty() ? "" : "; not yet known: " + some(j.unknownEvidence(), 4)) + ".", "  "));
    } else {
      head.add("Judged with hindsight: everything now known counts.");
    }
    Optional<String> note = j.methodNote();
    head.addAll(wrap("Method: " + j.method().describe() + (note.isPresent() ? " (" + note.get() + ")" : "") + ".", "  "));
    add(0, head);
    switch (j.method()) {
      case EXTENT_OF_AIMS -> new AimsBrief(this).write();
      case INTERPRETATIONS -> new InterpretationsBrief(this).write();
      default -> contest();
    }
    say(6, "The full trace, scenario by scenario, is in the detailed report (--trace on the command line).");
  }

  /** The answer to who won, also when the method has nothing else to show. */
  void contest() {
    new ContestBrief(this).write();
  }

  /** A cell over every scenario, from its value in each: the one value, or the lowest and highest when they differ. */
  String across(List<String> values) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    distinct.sort(BY_NUMBER);
    return distinct.size() == 1 ? distinct.get(0) : distinct.get(0) + "-" + distinct.get(distinct.size() - 1);
  }

  private static final class ByNumber implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      try {
        return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
      } catch (NumberFormatException e) {
        return a.compareTo(b);
      }
    }
  }

  List<String> table(Row row, List<String> header, List<String> ids) {
    return tableUnder(row, List.of(header), ids);
  }

  /** The table of the ids, one row each after the header rows, at most {@link #ROWS} of them. */
  List<String> tableUnder(Row row, List<List<String>> headers, List<String> ids) {
    List<List<String>> rows = new ArrayList<>(headers);
    for (String id : ids.subList(0, Math.min(ids.size(), ROWS))) {
      rows.add(row.cells(id));
    }
    List<String> out = new ArrayList<>(TextLayout.table(rows));
    if (ids.size() > ROWS) {
      out.add("... and " + (ids.size() - ROWS) + " more in the detailed report");
    }
    if (headers.get(headers.size() - 1).contains("Total") && VerdictReport.anyWithoutBasis(first)) {
      out.add("- nothing to score: the criterion is left out of that side's total, its weight spread over the rest");
    }
    return out;
  }

  /** @return the actor's name with its role when it is not a side: {@code Poland (a party affected)} */
  String withRole(String id) {
    ActorRole role = j.roles().getOrDefault(id, ActorRole.SIDE);
    return name(id) + switch (role) {
      case SIDE -> "";
      case AFFECTED -> " (a party affected)";
      case MEDIATOR -> " (a mediator)";
      case OBSERVER -> " (an observer)";
    };
  }

  void leftOut() {
    Set<String> unclear = new LinkedHashSet<>();
    for (TraceEntry e : first.trace()) {
      if (e.kind() == TraceKind.OBJECTIVE && !e.counted()) {
        unclear.add(e.subject());
      }
    }
    if (!unclear.isEmpty()) {
      say(4, "Left out as unclear, not guessed: " + some(new ArrayList<>(unclear), 6) + ".");
    }
  }

  void supportLine(int rank) {
    if (!j.interpretations().isEmpty()) {
      List<InterpretationSupport> sorted = new ArrayList<>(j.interpretations());
      sorted.sort(BY_SUPPORT);
      List<String> parts = new ArrayList<>(sorted.size());
      for (InterpretationSupport i : sorted) {
        parts.add(i.name() + " " + Numbers.format(i.support()));
      }
      say(rank, "Interpretations, best supported first by the evidence counted: " + String.join(", ", parts) + ".");
    }
  }

  private static final class BySupport implements Comparator<InterpretationSupport> {
    @Override
    public int compare(InterpretationSupport a, InterpretationSupport b) {
      return Double.compare(b.support(), a.support());
    }
  }
}
