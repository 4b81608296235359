package io.github.hindsight.cli.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings in a page's address: {@code w.CRITERION=WEIGHT}, {@code r.OBJECTIVE=READING} and
 * {@code as-of=DATE}. Empty values are the question's own; anything else that cannot be read is
 * refused in words, with the part of the address it came from.
 */
record Query(Map<String, Double> weights, Map<String, String> readings, @Nullable String asOf) {
  static final String WEIGHT = "w.";
  static final String READING = "r.";
  static final String AS_OF = "as-of";

  /** No settings: the question as it stands. */
  static final Query NONE = new Query(Map.of(), Map.of(), null);

  /** @param raw the query string still encoded, or null @return its settings */
  static Query parse(@Nullable String raw) {
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, String> readings = new LinkedHashMap<>();
    String asOf = null;
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
        if (value.isEmpty()) {
          continue;
        }
        if (key.startsWith(WEIGHT) && key.length() > WEIGHT.length()) {
          weights.put(key.substring(WEIGHT.length()), weight(key.substring(WEIGHT.length()), value));
        } else if (key.startsWith(READING) && key.length() > READING.length()) {
          readings.put(key.substring(READING.length()), value);
        } else if (key.equals(AS_OF)) {
          asOf = value;
        } else {
          throw new SettingsException("address", "'" + key + "' is not a setting; expected w.CRITERION, r.OBJECTIVE or as-of");
        }
      }
    }
    return new Query(weights, readings, asOf);
  }

  /** @return whether the address sets nothing, so that the question is judged as it stands */
  boolean isEmpty() {
    return weights.isEmpty() && readings.isEmpty() && asOf == null;
  }

  private static double weight(String criterion, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new SettingsException("weight", "the weight of '" + criterion + "' is '" + value + "'; expected a number from 0 up");
    }
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("address", "'" + part + "' is not a well-formed part of an address");
    }
  }
}
