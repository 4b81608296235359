package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  @Test
  void bothFormatsAreFoundByServiceLoader() {
    assertThat(ServiceLoader.load(FormatProvider.class).stream().map(p -> p.get().id())).contains("json", "jsonl");
  }

  @Test
  void describeThemselves() {
    assertThat(Io.JSON.extensions()).containsExactly("json");
    assertThat(Io.JSONL.extensions()).first().isEqualTo("jsonl");
    assertThat(Io.JSON.writer().orElseThrow().isLossless()).isTrue();
    assertThat(Io.JSONL.writer().orElseThrow().isLossless()).isTrue();
  }

  @Test
  void sniffingTellsTheFormatsApart() {
    byte[] json = Io.write(Io.JSON, Samples.cubanMissileCrisis()).getBytes(StandardCharsets.UTF_8);
    byte[] jsonl = Io.writeBank(Io.JSONL, Samples.coldWarBank()).getBytes(StandardCharsets.UTF_8);
    byte[] plain = "\uFEFF  {\"name\": \"something else\"}".getBytes(StandardCharsets.UTF_8);
    byte[] markdown = "# Who won?".getBytes(StandardCharsets.UTF_8);
    assertThat(Io.JSON.sniff(head(json))).isGreaterThan(Io.JSONL.sniff(head(json)));
    assertThat(Io.JSONL.sniff(head(jsonl))).isGreaterThan(Io.JSON.sniff(head(jsonl)));
    assertThat(Io.JSON.sniff(plain)).isBetween(1, 50);
    assertThat(Io.JSONL.sniff(plain)).isZero();
    assertThat(Io.JSON.sniff(markdown)).isZero();
    assertThat(Io.JSONL.sniff(markdown)).isZero();
  }

  private static byte[] head(byte[] all) {
    return java.util.Arrays.copyOf(all, Math.min(all.length, 4096));
  }
}
