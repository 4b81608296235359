// Hindsight's jshell startup: the imports and a few helpers.
// Used by `hindsight shell`; or start jshell yourself with Hindsight on the class path and
//   jshell --class-path <jars> --startup DEFAULT --startup examples/jshell/hindsight.jsh
import io.github.hindsight.*;
import io.github.hindsight.judgement.*;
import io.github.hindsight.model.*;
import io.github.hindsight.testkit.samples.*;
import java.nio.file.*;

// One facade and one judge for the session: both find formats and criteria once.
final Hindsight HINDSIGHT = Hindsight.standard();
final Judge JUDGE = Judge.standard();

// Reads a question from a file in any installed format.
Question load(String path) throws java.io.IOException { return HINDSIGHT.read(Path.of(path)); }

// Writes a question; the format comes from the file's extension.
void save(Question question, String path) throws java.io.IOException { HINDSIGHT.write(question, Path.of(path)); }

// Judges with hindsight, or as of a date such as "1962-11".
Judgement judge(Question question) { return JUDGE.judge(question); }
Judgement judge(Question question, String asOf) { return JUDGE.judge(question, JudgementConfig.asOf(HistoricalDate.parse(asOf))); }
Judgement judge(Question question, JudgementConfig config) { return JUDGE.judge(question, config); }

// A copy of a question with one criterion's weight changed.
Question weigh(Question question, String criterion, double weight) {
  var criteria = question.criteria().isEmpty() ? Judge.defaultCriteria() : question.criteria();
  if (criteria.stream().noneMatch(c -> c.id().equals(criterion))) {
    throw new IllegalArgumentException("no criterion '" + criterion + "'; the criteria are "
        + criteria.stream().map(Criterion::id).toList());
  }
  return question.withCriteria(criteria.stream().map(c -> c.id().equals(criterion) ? c.withWeight(weight) : c).toList());
}

// The leader and the ranking in one line per scenario.
String summary(Judgement judgement) {
  var sb = new StringBuilder();
  for (var v : judgement.verdicts()) {
    sb.append(judgement.name(v.leader())).append(" leads (").append(v.label().word()).append(")");
    if (!v.scenario().readings().isEmpty()) sb.append(" if ").append(v.scenario().describe());
    sb.append(": ");
    sb.append(String.join(", ", v.standings().stream()
        .map(s -> judgement.name(s.actor()) + " " + String.format(java.util.Locale.ROOT, "%.2f", s.total())).toList()));
    sb.append('\n');
  }
  return sb.toString().strip();
}

// Prints the full report of a judgement.
void show(Judgement judgement) { System.out.print(TextReport.render(judgement)); }
