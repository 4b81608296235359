package example;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.judgement.Judgement;
import io.github.hindsight.model.Question;
import java.nio.file.Path;
import java.util.List;

/** Reads a question with the formats found on the class path and judges it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Hindsight hindsight = Hindsight.standard();
    for (String id : List.of("markdown", "json")) {
      if (hindsight.format(id).isEmpty()) {
        throw new IllegalStateException("format '" + id + "' was not found on the class path; found " + hindsight.formats());
      }
    }
    Question question = hindsight.read(Path.of(args[0]));
    Judgement judgement = Judge.standard().judge(question);
    if (judgement.verdict().ranking().size() != question.actors().size()) {
      throw new IllegalStateException("the ranking leaves out actors: " + judgement.verdict().ranking());
    }
    System.out.println("consumer: judged " + question.id() + "; " + judgement.name(judgement.verdict().leader()) + " comes out ahead");
  }
}
