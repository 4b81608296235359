package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.spi.Location;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code exam:} mapping of a question's front matter: board, paper, command word, marks,
 * assessment objectives, labelled interpretations, levels (each a band of marks with a
 * descriptor) and indicative content.
 */
final class ExamFrontMatter {
  private static final List<String> KEYS = List.of("board", "paper", "command-word", "marks", "assessment-objectives", "interpretations", "levels", "indicative-content");
  private static final Pattern BAND = Pattern.compile("([0-9]{1,6})-([0-9]{1,6})");

  private final SectionContext ctx;
  private final FrontMatter fm;

  private ExamFrontMatter(SectionContext ctx, FrontMatter fm) {
    this.ctx = ctx;
    this.fm = fm;
  }

  /** @return the exam metadata, or null (reported) if it cannot be built */
  static @Nullable ExamMetadata read(SectionContext ctx, FrontMatter fm, Yaml.Node exam) {
    return new ExamFrontMatter(ctx, fm).exam(exam);
  }

  private @Nullable ExamMetadata exam(Yaml.Node exam) {
    if (exam.map == null) {
      ctx.located.problem(fm.valueAt(exam), "'exam' must be a mapping with keys such as command-word and marks but found " + exam.kind());
      return null;
    }
    fm.unknownKeys(exam, KEYS, "'exam'", false);
    ExamMetadata.Builder e = ExamMetadata.builder();
    for (String key : List.of("board", "paper", "command-word")) {
      String v = fm.scalar(exam, key);
      if (v != null) {
        String field = key.equals("command-word") ? "commandWord" : key;
        ctx.located.path("exam." + field, fm.valueAt(exam, key));
        switch (key) {
          case "board" -> e.board(v);
          case "paper" -> e.paper(v);
          default -> e.commandWord(v);
        }
      }
    }
    String marks = fm.scalar(exam, "marks");
    if (marks != null) {
      ctx.located.path("exam.marks", fm.valueAt(exam, "marks"));
      Integer m = wholeNumber(marks, fm.valueAt(exam, "marks"), "marks");
      if (m != null) {
        e.marks(m);
      }
    }
    e.assessmentObjectives(fm.scalars(exam, "assessment-objectives", "exam.assessmentObjectives"));
    e.indicativeContent(fm.scalars(exam, "indicative-content", "exam.indicativeContent"));
    Yaml.Node labelled = exam.map.get("interpretations");
    if (labelled != null) {
      interpretations(labelled, e);
    }
    Yaml.Node levels = exam.map.get("levels");
    if (levels != null) {
      if (levels.list == null) {
        ctx.located.problem(fm.valueAt(levels), "'levels' must be a list of levels, each with level, marks and descriptor, but found " + levels.kind());
      } else {
        for (Yaml.Node level : levels.list) {
          LevelDescriptor l = level(level);
          if (l != null) {
            e.addLevel(l);
          }
        }
      }
    }
    try {
      return e.build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed("exam", "exam", invalid);
      return null;
    }
  }

  private void interpretations(Yaml.Node labelled, ExamMetadata.Builder e) {
    if (labelled.map == null) {
      ctx.located.problem(fm.valueAt(labelled), "'interpretations' must map each label to an interpretation id, such as 'A: kennedy-victory', but found " + labelled.kind());
      return;
    }
    int i = 0;
    for (Map.Entry<String, Yaml.Node> entry : labelled.map.entrySet()) {
      String path = "exam.interpretations[" + i + "]";
      Location at = fm.keyAt(labelled, entry.getKey());
      ctx.located.path(path, at);
      if (entry.getValue().scalar == null) {
        ctx.located.problem(fm.valueAt(entry.getValue()), "the interpretation labelled '" + entry.getKey() + "' must be an id but found " + entry.getValue().kind());
        continue;
      }
      ctx.located.path(path + ".interpretation", fm.valueAt(entry.getValue()));
      LabelledInterpretation li;
      try {
        li = LabelledInterpretation.of(entry.getKey(), entry.getValue().scalar);
      } catch (InvalidModelException | IllegalStateException invalid) {
        ctx.located.buildFailed(path, "labelled interpretation", invalid);
        continue;
      }
      e.addInterpretation(li);
      i++;
    }
  }

  private @Nullable Integer wholeNumber(String text, Location at, String what) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException ex) {
      ctx.located.problem(at, "'" + what + "' must be a whole number but found '" + text + "'");
      return null;
    }
  }

  private @Nullable LevelDescriptor level(Yaml.Node level) {
    if (level.map == null) {
      ctx.located.problem(fm.valueAt(level), "a level must be a mapping with level, marks and descriptor but found " + level.kind());
      return null;
    }
    fm.unknownKeys(level, List.of("level", "marks", "descriptor"), "a level", false);
    String number = fm.scalar(level, "level");
    String marks = fm.scalar(level, "marks");
    String descriptor = fm.scalar(level, "descriptor");
    if (number == null || marks == null || descriptor == null) {
      ctx.located.problem(fm.valueAt(level), "a level needs level, marks (such as 5-8) and descriptor");
      return null;
    }
    Integer n = wholeNumber(number, fm.valueAt(level, "level"), "level");
    Matcher band = BAND.matcher(marks);
    boolean isBand = band.matches();
    if (!isBand) {
      ctx.located.problem(fm.valueAt(level, "marks"), "'marks' of a level must be a band such as 5-8 but found '" + marks + "'");
    }
    if (n == null || !isBand) {
      return null;
    }
    String prefix = "exam.levels";
    ctx.located.path(prefix, fm.valueAt(level));
    try {
      return LevelDescriptor.builder().level(n).minMarks(Integer.parseInt(band.group(1)))
          .maxMarks(Integer.parseInt(band.group(2))).descriptor(descriptor).build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(prefix, "level", invalid);
      return null;
    }
  }
}
