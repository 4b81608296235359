package io.github.hindsight.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the coalitions of a question that contain themselves through other coalitions, such as
 * {@code allies} with the member {@code west} whose member is {@code allies}. Members that are
 * not actors of the question are left to the check of references.
 */
final class Coalitions {
  /** A cycle, reported at the member that closes it. */
  record Cycle(ModelPath path, String message) {}

  private final List<Actor> actors;
  private final Map<String, Integer> index = new HashMap<>();
  /** 0: not visited; 1: on the current path; 2: done. */
  private final int[] state;
  private final List<String> trail = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();

  Coalitions(List<Actor> actors) {
    this.actors = actors;
    for (int i = 0; i < actors.size(); i++) {
      index.putIfAbsent(actors.get(i).id(), i);
    }
    this.state = new int[actors.size()];
  }

  /** @return every cycle, each once, in the order of the actors */
  List<Cycle> cycles() {
    for (int i = 0; i < actors.size(); i++) {
      if (state[i] == 0) {
        visit(i);
      }
    }
    return cycles;
  }

  /** Depth-first without recursion, so that a hostile chain of thousands of coalitions cannot overflow the stack. */
  private void visit(int root) {
    List<int[]> stack = new ArrayList<>();
    stack.add(new int[] {root, 0});
    state[root] = 1;
    trail.add(actors.get(root).id());
    while (!stack.isEmpty()) {
      int[] top = stack.get(stack.size() - 1);
      int i = top[0];
      List<String> members = actors.get(i).members();
      if (top[1] == members.size()) {
        stack.remove(stack.size() - 1);
        trail.remove(trail.size() - 1);
        state[i] = 2;
        continue;
      }
      int m = top[1]++;
      Integer j = index.get(members.get(m));
      if (j == null) {
        continue;
      }
      if (state[j] == 1) {
        List<String> loop = new ArrayList<>(trail.subList(trail.indexOf(members.get(m)), trail.size()));
        loop.add(members.get(m));
        cycles.add(new Cycle(ModelPath.of("actors").index(i).field("members").index(m),
            "the coalition '" + Rules.excerpt(members.get(m)) + "' contains itself (" + loop(loop)
                + "); expected members that are not made of the coalition"));
      } else if (state[j] == 0) {
        state[j] = 1;
        trail.add(actors.get(j).id());
        stack.add(new int[] {j, 0});
      }
    }
  }

  /** The most ids of a loop that its message names. */
  private static final int NAMED = 10;

  /**
   * The ids of a loop for its message, each quoted as {@link Rules#excerpt} quotes a value: all of
   * a short loop; of a long one, the first and the last few and how many between them, since
   * every coalition in a loop has a message of its own.
   */
  private static String loop(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    int n = ids.size();
    for (int i = 0; i < n; i++) {
      if (n > NAMED && i == NAMED / 2) {
        sb.append(" → ... ").append(n - NAMED).append(" more");
        i = n - NAMED / 2;
      }
      sb.append(i == 0 ? "" : " → ").append(Rules.excerpt(ids.get(i)));
    }
    return sb.toString();
  }
}
