package io.github.hindsight.markdown;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.testkit.BrokenDocument;
import io.github.hindsight.testkit.FormatContractTest;
import java.util.List;

/** The Markdown authoring format meets the SDK's contract for format plugins. */
class MarkdownFormatContractTest extends FormatContractTest {
  @Override
  protected FormatProvider format() {
    return new MarkdownFormat();
  }

  @Override
  protected boolean canHold(Question question) {
    return question.extras().stream().allMatch(e -> e.format().equals(MarkdownFormat.ID));
  }

  @Override
  protected List<Question> unholdableQuestions() {
    return List.of(Samples.cubanMissileCrisis().withExtras(
        Extra.builder().format("json").location("/objectives/0").name("colour").content("\"red\"").build()));
  }

  @Override
  protected List<BrokenDocument> brokenDocuments() {
    return List.of(
        BrokenDocument.of("bad-kind.md", "---\nid: q\nkind: who-wins\n---\n\n# Who won?\n").at(3, 7),
        BrokenDocument.of("no-title.md", "---\nid: q\n---\n\n## Guidance\n\n- Be fair.\n").at(5, 1),
        BrokenDocument.of("bad-date.md", "---\nid: q\n---\n\n# Who won?\n\n## Evidence\n\n- **1962-13** — A fact. `{#fact}`\n").at(9, 3),
        BrokenDocument.of("unknown-actor.md", "---\nid: q\n---\n\n# Who won?\n\n## Objectives\n\n### Atlantis `atlantis`\n\n- **Achieved** — Rise again. `{#rise}`\n").at(9, 14));
  }
}
