package io.github.hindsight.judgement;

import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The names the reports give interpretations: the author's surname and the school, such as "Williams (revisionist)". */
final class InterpretationNames {
  /** Words after a surname that are not the surname. */
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  /** What separates the words of a name, compiled once rather than for every interpretation. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private InterpretationNames() {}

  /** @return each interpretation's name by id; an interpretation with no author, or one whose name another shares, is named by its id */
  static Map<String, String> of(Question question) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Interpretation i : question.interpretations()) {
      String name = name(i.provenance()).orElse(i.id());
      names.put(i.id(), name);
      Integer used = uses.get(name);
      uses.put(name, used == null ? 1 : used + 1);
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (uses.get(e.getValue()) > 1) {
        e.setValue(e.getKey());
      }
    }
    return names;
  }

  private static java.util.Optional<String> name(Provenance p) {
    if (p.author().isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> words = List.of(SPACES.split(p.author().get().strip().replace(',', ' ')));
    int last = words.size() - 1;
    while (last > 0 && SUFFIXES.contains(words.get(last).toLowerCase(java.util.Locale.ROOT))) {
      last--;
    }
    return java.util.Optional.of(words.get(last) + (p.school().isPresent() ? " (" + p.school().get() + ")" : ""));
  }
}
