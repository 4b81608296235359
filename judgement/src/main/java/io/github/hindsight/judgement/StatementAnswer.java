package io.github.hindsight.judgement;

import static io.github.hindsight.judgement.TextLayout.and;

import java.util.ArrayList;
import java.util.List;

/** The answer on a question's statement, in a sentence or two, as every report gives it. */
final class StatementAnswer {
  private StatementAnswer() {}

  /** @return how convincing the statement is, on what evidence, and where each interpretation stands */
  static String of(AbstractJudgement j, StatementSupport s) {
    List<String> stands = new ArrayList<>();
    stands(j, stands, "agrees", "agree", s.agree());
    stands(j, stands, "partly agrees", "partly agree", s.partlyAgree());
    stands(j, stands, "disagrees", "disagree", s.disagree());
    stands.set(0, Character.toUpperCase(stands.get(0).charAt(0)) + stands.get(0).substring(1));
    return "The statement is " + s.extent().word() + " convincing: the evidence counted gives it a support of " + Numbers.format(s.support())
        + " (" + Numbers.compact(s.forWeight()) + " for, " + Numbers.compact(s.againstWeight()) + " against). " + String.join("; ", stands) + ".";
  }

  private static void stands(AbstractJudgement j, List<String> out, String one, String several, List<String> ids) {
    if (!ids.isEmpty()) {
      List<String> named = new ArrayList<>(ids.size());
      for (String id : ids) {
        named.add(j.interpretation(id).name() + ", support " + Numbers.format(j.interpretation(id).support()));
      }
      out.add((ids.size() > 1 ? several : one) + ": " + and(named));
    }
  }
}
