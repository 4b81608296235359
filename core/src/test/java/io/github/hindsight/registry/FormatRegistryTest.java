package io.github.hindsight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.support.PluginProblem;
import io.github.hindsight.testformats.NamelessFormat;
import io.github.hindsight.testformats.ShadowTinyFormat;
import io.github.hindsight.testformats.ServiceFiles;
import io.github.hindsight.testformats.ThrowingFormat;
import io.github.hindsight.testformats.TinyFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {

  private static TinyFormat format(String id, int priority, String... extensions) {
    return new TinyFormat(id, List.of(extensions), priority, false);
  }

  @Test
  void higherPriorityWinsAnExtension() {
    FormatRegistry registry = FormatRegistry.builder()
        .add(format("plain", 0, "txt"))
        .add(format("notes", 5, "txt"))
        .build();

    assertThat(registry.claimants("a.txt", Capability.READ)).extracting(FormatProvider::id).containsExactly("notes", "plain");
  }

  @Test
  void onATieTheFirstIdAlphabeticallyWins() {
    FormatRegistry registry = FormatRegistry.builder()
        .add(format("zeta", 0, "txt"))
        .add(format("alpha", 0, "txt"))
        .build();

    assertThat(registry.forFileName("a.TXT", Capability.WRITE)).map(FormatProvider::id).contains("alpha");
  }

  @Test
  void aPreferenceOverridesTheRuleAndCanAddAnExtension() {
    FormatRegistry registry = FormatRegistry.builder()
        .add(format("plain", 0, "txt"))
        .add(format("notes", 5, "txt"))
        .prefer("txt", "plain")
        .prefer(".LOG", "notes")
        .build();

    assertThat(registry.forFileName("a.txt", Capability.READ)).map(FormatProvider::id).contains("plain");
    assertThat(registry.forFileName("b.log", Capability.READ)).map(FormatProvider::id).contains("notes");
  }

  @Test
  void theLongestExtensionWins() {
    FormatRegistry registry = FormatRegistry.builder()
        .add(format("json", 10, "json"))
        .add(format("quiz", 0, "q.json"))
        .build();

    assertThat(registry.forFileName("cuba.q.json", Capability.READ)).map(FormatProvider::id).contains("quiz");
    assertThat(registry.forFileName("cuba.json", Capability.READ)).map(FormatProvider::id).contains("json");
    assertThat(registry.forFileName("cuba.yaml", Capability.READ)).isEmpty();
  }

  @Test
  void aPreferenceForAnUnknownFormatIsRefused() {
    FormatRegistry.Builder builder = FormatRegistry.builder().add(format("plain", 0, "txt")).prefer("md", "markdown");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'markdown'").hasMessageContaining("known formats: plain (.txt)");
  }

  @Test
  void requireNamesTheFormatsThereAre() {
    FormatRegistry registry = FormatRegistry.builder().add(format("plain", 0, "txt")).build();

    assertThatThrownBy(() -> registry.require("json", Capability.READ)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no format has the id 'json'; known formats: plain (.txt)");
    assertThat(registry.require("plain", Capability.WRITE).id()).isEqualTo("plain");
  }

  @Test
  void twoFormatsAddedByHandWithOneIdAreAnError() {
    FormatRegistry.Builder builder = FormatRegistry.builder().add(format("plain", 0, "txt")).add(format("plain", 1, "text"));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two formats have the id 'plain'");
  }

  @Test
  void aFormatThatDescribesItselfWronglyIsRefusedWhenAddedByHand() {
    assertThatThrownBy(() -> FormatRegistry.builder().add(new NamelessFormat()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NamelessFormat.class.getName())
        .hasMessageContaining("id 'Bad Id' is not a lower-case word")
        .hasMessageContaining("extension '.BAD' is not lower case");
  }

  @Test
  void brokenPluginsAreReportedAndTheOthersStillWork(@TempDir Path dir) throws IOException {
    ClassLoader loader = ServiceFiles.loaderListing(dir, List.of(
        ThrowingFormat.class.getName(),
        "io.github.hindsight.testformats.NotThere",
        NamelessFormat.class.getName(),
        TinyFormat.class.getName(),
        ShadowTinyFormat.class.getName(),
        ServiceFiles.class.getName()));

    FormatRegistry registry = FormatRegistry.builder().discover(loader).build();

    assertThat(registry.formats()).extracting(FormatProvider::id).containsExactly("tiny");
    assertThat(registry.format("tiny")).get().isExactlyInstanceOf(TinyFormat.class);
    assertThat(registry.problems()).extracting(PluginProblem::plugin).containsExactlyInAnyOrder(
        ThrowingFormat.class.getName(),
        "io.github.hindsight.testformats.NotThere",
        NamelessFormat.class.getName(),
        ShadowTinyFormat.class.getName(),
        ServiceFiles.class.getName());
    PluginProblem throwing = registry.problems().stream()
        .filter(p -> p.plugin().equals(ThrowingFormat.class.getName())).findFirst().orElseThrow();
    assertThat(throwing.message()).contains("could not be instantiated").contains("cannot start: missing configuration");
    assertThat(throwing.cause()).isPresent();
    assertThat(registry.problems()).filteredOn(p -> p.plugin().equals(ShadowTinyFormat.class.getName()))
        .singleElement().extracting(PluginProblem::message).asString().contains("already taken by " + TinyFormat.class.getName());
  }

  @Test
  void aPluginCannotTakeTheIdOfABuiltInFormatEvenWithAHigherPriorityAndAnEarlierName(@TempDir Path dir) throws IOException {
    ClassLoader loader = ServiceFiles.loaderListing(dir, List.of(TinyFormat.class.getName(), com.example.impostor.ImpostorTinyFormat.class.getName()));

    FormatRegistry registry = FormatRegistry.builder().discover(loader).build();

    assertThat(registry.format("tiny")).get().isExactlyInstanceOf(TinyFormat.class);
    assertThat(registry.problems()).singleElement().satisfies(p -> {
      assertThat(p.plugin()).isEqualTo(com.example.impostor.ImpostorTinyFormat.class.getName());
      assertThat(p.message()).contains("format id 'tiny' is already taken by " + TinyFormat.class.getName())
          .contains("a format of Hindsight's own").contains("this one is ignored");
    });
    // An application that means it replaces the built-in by hand.
    com.example.impostor.ImpostorTinyFormat chosen = new com.example.impostor.ImpostorTinyFormat();
    assertThat(FormatRegistry.builder().add(chosen).discover(loader).build().format("tiny")).containsSame(chosen);
  }

  @Test
  void aFormatAddedByHandBeatsADiscoveredOneWithTheSameId(@TempDir Path dir) throws IOException {
    ClassLoader loader = ServiceFiles.loaderListing(dir, List.of(ShadowTinyFormat.class.getName()));
    TinyFormat mine = new TinyFormat();

    FormatRegistry registry = FormatRegistry.builder().add(mine).discover(loader).build();

    assertThat(registry.format("tiny")).containsSame(mine);
    assertThat(registry.problems()).singleElement().extracting(PluginProblem::message).asString().contains("added by hand");
  }

  @Test
  void sniffingPicksTheStrongestMatchAndIgnoresFormatsThatThrow() {
    TinyFormat sniffer = new TinyFormat("sniffer", List.of(), 0, true);
    FormatProvider thrower = new TinyFormat("thrower", List.of(), 9, false) {
      @Override
      public int sniff(byte[] head) {
        throw new IllegalStateException("broken sniffer");
      }
    };
    FormatRegistry registry = FormatRegistry.builder().add(thrower).add(sniffer).add(format("quiet", 0, "q")).build();

    assertThat(registry.sniff("tiny 1\nid: a\n".getBytes(StandardCharsets.UTF_8))).containsSame(sniffer);
    assertThat(registry.sniff("{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  /** Whatever the order formats are added in, the documented rule decides the same winner. */
  @Property(tries = 200)
  void theWinnerFollowsTheDocumentedRule(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = -2, max = 2) Integer> priorities,
      @ForAll long shuffleSeed) {
    List<TinyFormat> formats = new ArrayList<>();
    for (int i = 0; i < priorities.size(); i++) {
      formats.add(format("f" + (char) ('a' + i), priorities.get(i), "txt"));
    }
    TinyFormat expected = formats.stream()
        .min(Comparator.comparingInt((TinyFormat f) -> -f.priority()).thenComparing(TinyFormat::id)).orElseThrow();
    Collections.shuffle(formats, new Random(shuffleSeed));
    FormatRegistry.Builder builder = FormatRegistry.builder();
    formats.forEach(builder::add);

    Optional<FormatProvider> winner = builder.build().forFileName("x.txt", Capability.READ);

    assertThat(winner).containsSame(expected);
  }
}
