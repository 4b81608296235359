package io.github.hindsight.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A character outside the Basic Multilingual Plane is two Java chars, and the YAML parser reads its
 * input 1,024 chars at a time: a pair that fell across the end of a read once made the parser
 * fail with an index out of bounds (a random round trip found it). Every position of the pair
 * around the first two boundaries reads back.
 */
class YamlBufferBoundaryTest {
  private static final String ROCKET = "\uD83D\uDE80";

  @ParameterizedTest
  @ValueSource(ints = {1016, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 2040, 2043, 2044, 2045, 2046, 2047})
  void aPairOfCharsAcrossTheParsersReadComesBackWhole(int before) throws Yaml.SyntaxError {
    // "k: [" and the run of letters put the pair's first char at index 4 + before.
    String value = "x".repeat(before) + ROCKET + " end";
    Yaml.Node node = Yaml.readWithParser("k: [" + value + "]", 1);
    assertThat(node.map).containsKey("k");
    assertThat(node.map.get("k").list).singleElement().satisfies(n -> assertThat(n.scalar).isEqualTo(value));
  }
}
