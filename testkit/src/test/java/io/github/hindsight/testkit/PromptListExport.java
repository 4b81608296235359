package io.github.hindsight.testkit;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.AbstractExportWriter;
import io.github.hindsight.spi.support.SimpleFormatProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The bracket list again, built on {@link AbstractExportWriter}: one method, and the bank, the
 * sink and every refusal come from the base. It refuses questions tagged {@code no-memo}.
 */
public final class PromptListExport extends SimpleFormatProvider {
  /** For {@link java.util.ServiceLoader}. */
  public PromptListExport() {
    super(describe("prompt-list", "Prompts in brackets, from the export base", "text/plain").extensions("prompts").writer(new Writer()));
  }

  private static final class Writer extends AbstractExportWriter {
    @Override
    protected void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
      StringBuilder text = new StringBuilder("[\n");
      questions.forEach(q -> text.append(BracketExport.entry(q)));
      BracketExport.write(out, text.append("]\n").toString());
    }

    @Override
    protected List<FormatProblem> refusals(Question question) {
      return !question.tags().contains(MemoFormat.REFUSED_TAG) ? List.of()
          : List.of(FormatProblem.of(Location.at(question.id(), ModelPath.of("tags")), "found the tag '" + MemoFormat.REFUSED_TAG
              + "'; expected a question this export may hold"));
    }
  }
}
