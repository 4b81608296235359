package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.Hindsight;
import io.github.hindsight.cli.HindsightCli;
import io.github.hindsight.json.JsonFormat;
import io.github.hindsight.judgement.Judge;
import io.github.hindsight.gift.GiftFormat;
import io.github.hindsight.diagram.DotFormat;
import io.github.hindsight.html.HtmlFormat;
import io.github.hindsight.markdown.MarkdownFormat;
import io.github.hindsight.model.Question;
import io.github.hindsight.testkit.NullArguments;
import io.github.hindsight.timeline.TimelineFormat;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module map of {@code docs/architecture.md} is the truth: each published module requires
 * exactly the Hindsight modules its row names, the model requires no I/O library, and no format
 * requires core.
 */
class ModuleMapTest {
  private static final Path MAP = Path.of("..", "docs", "architecture.md");
  private static final Pattern ROW = Pattern.compile("^\\| `[a-z-]+` \\| `(hindsight-[a-z-]+)` \\| `([a-z.]+)` \\| ([^|]+) \\|.*$");
  private static final List<Class<?>> ONE_CLASS_OF_EACH = List.of(
      Question.class, Judge.class, Hindsight.class, NullArguments.class, JsonFormat.class, MarkdownFormat.class, GiftFormat.class, TimelineFormat.class, HindsightCli.class,
      DotFormat.class,
      HtmlFormat.class);

  private static Map<String, Set<String>> documented() throws IOException {
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(MAP, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String requires = m.group(3).trim();
        rows.put(m.group(2), requires.equals("none") ? Set.of()
            : Arrays.stream(requires.split(",")).map(s -> s.trim().replace("`", "")).collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    return rows;
  }

  private static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
    Path home = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(home).findAll().iterator().next().descriptor();
  }

  private static Set<String> hindsightRequires(ModuleDescriptor descriptor) {
    return descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> name.startsWith("io.github.hindsight.")).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyPublishedModuleRequiresWhatTheMapSays() throws Exception {
    Map<String, Set<String>> documented = documented();
    Map<String, Set<String>> built = new LinkedHashMap<>();
    for (Class<?> type : ONE_CLASS_OF_EACH) {
      ModuleDescriptor descriptor = descriptorOf(type);
      built.put(descriptor.name(), hindsightRequires(descriptor));
    }
    assertThat(documented).as("the module table of %s", MAP).hasSize(ONE_CLASS_OF_EACH.size());
    assertThat(built).isEqualTo(documented);
  }

  @Test
  void theModelRequiresNoOtherHindsightModuleAndNoIoLibrary() throws Exception {
    Set<String> requires = descriptorOf(Question.class).requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> !name.startsWith("java.")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(requires).containsExactly("com.google.common", "org.immutables.value.annotations", "org.jspecify");
  }

  @Test
  void noFormatRequiresCore() throws Exception {
    for (Class<?> format : List.of(JsonFormat.class, MarkdownFormat.class, GiftFormat.class, TimelineFormat.class,
        DotFormat.class,
        HtmlFormat.class)) {
      assertThat(hindsightRequires(descriptorOf(format))).as(format.getModule().getName() + " requires")
          .doesNotContain("io.github.hindsight.core");
    }
  }
}
