package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Node;

/**
 * The {@code ## Criteria} section: a table with the columns Criterion | Id | Measure | Weight |
 * What it asks, one row a criterion; a custom measure follows the measure in backticks.
 */
final class CriteriaSection {
  private static final List<String> COLUMNS = List.of("Criterion", "Id", "Measure", "Weight", "What it asks");

  private final SectionContext ctx;
  private final List<Criterion> criteria = new ArrayList<>();

  CriteriaSection(SectionContext ctx) {
    this.ctx = ctx;
  }

  /** @return the criteria read, in document order */
  List<Criterion> criteria() {
    return criteria;
  }

  void read(SectionBlocks s) {
    for (Node b : s.blocks()) {
      if (!(b instanceof TableBlock table)) {
        ctx.stray(b, Sections.CRITERIA, "a table with the columns " + String.join(" | ", COLUMNS));
        continue;
      }
      for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
        if (part instanceof TableHead head) {
          List<String> names = new ArrayList<>();
          for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
            names.add(ctx.body.plainOf(cell));
          }
          if (!areColumns(names)) {
            ctx.located.problem(ctx.at(head), "expected the criteria table's columns to be " + String.join(" | ", COLUMNS) + " but found " + String.join(" | ", names));
            return;
          }
        } else if (part instanceof TableBody tbody) {
          for (Node row = tbody.getFirstChild(); row != null; row = row.getNext()) {
            criterion((TableRow) row);
          }
        }
      }
    }
  }

  /** @return whether the names are the columns, in any case */
  private static boolean areColumns(List<String> names) {
    if (names.size() != COLUMNS.size()) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).toLowerCase(Locale.ROOT).equals(COLUMNS.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private void criterion(TableRow row) {
    String path = "criteria[" + criteria.size() + "]";
    List<TableCell> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      cells.add((TableCell) cell);
    }
    ctx.located.path(path, ctx.at(row));
    String name = ctx.body.plainOf(cells.get(0));
    Node idNode = cells.get(1).getFirstChild();
    if (!(idNode instanceof Code idCode) || idNode.getNext() != null) {
      ctx.located.problem(ctx.at(cells.get(1)), "expected the criterion's id in backticks, such as `objectives`, but found '" + MarkdownBody.trim(ctx.body.plain(idNode, null)) + "'");
      return;
    }
    String id = idCode.getLiteral();
    ctx.located.path(path + ".id", ctx.at(idCode));
    Criterion.Builder c = Criterion.builder().name(name).description(ctx.body.plainOf(cells.get(4)));
    TableCell measureCell = cells.get(2);
    ctx.located.path(path + ".measure", ctx.at(measureCell));
    ctx.located.path(path + ".customMeasure", ctx.at(measureCell));
    Node custom = measureCell.getLastChild();
    String measureText = MarkdownBody.trim(ctx.body.plain(measureCell.getFirstChild(), custom instanceof Code ? custom : null));
    Measure measure = ctx.word(measureText, ctx.at(measureCell), WordSet.MEASURES);
    if (custom instanceof Code code) {
      c.customMeasure(code.getLiteral());
    }
    String weight = ctx.body.plainOf(cells.get(3));
    ctx.located.path(path + ".weight", ctx.at(cells.get(3)));
    try {
      c.weight(Double.parseDouble(weight));
    } catch (NumberFormatException e) {
      ctx.located.problem(ctx.at(cells.get(3)), "the weight must be a number such as 1, 0.5 or 2 but found '" + weight + "'");
      return;
    }
    if (measure == null || !ctx.uniqueId("criterion", id, ctx.at(idCode))) {
      return;
    }
    try {
      criteria.add(c.id(id).measure(measure).build());
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(path, "criterion", invalid);
    }
  }
}
