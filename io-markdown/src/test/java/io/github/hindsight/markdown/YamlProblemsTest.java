package io.github.hindsight.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.ReadOptions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken YAML in the front matter is one problem on one line, at the YAML's own line and column, in the author's words. */
class YamlProblemsTest {
  private static final String FRONT_MATTER = "id: cuban-missile-crisis-who-won\nkind: who-won\ntopic: cuban-missile-crisis\ntags: [cold-war, \"1962\"]\nexam:\n  board: Example Board\n  marks: 16";

  private static List<FormatProblem> problems(String frontMatter) {
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> MarkdownFormat.read("---\n" + frontMatter + "\n---\n\n# Who won?\n", ReadOptions.named("q.md")));
    assertThat(e).as("expected problems for %s", frontMatter).isNotNull();
    return e.problems();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      id: q\\n\\tkind: who-won         | q.md:3:1: front matter: a tab cannot indent YAML; use spaces
      id: q\\nkind: x\\n  tags: x      | q.md:4:7: front matter: found ':' where no value can start; line the key up with the keys above, or put a value that holds ': ' in quotes
      id: q\\ntags: [a, b              | q.md:3:12: front matter: the list opened with '[' at line 3, column 7 is not closed; expected ']'
      id: q\\nexam: {board: b          | q.md:3:16: front matter: the mapping opened with '{' at line 3, column 7 is not closed; expected '}'
      ~id: "q~                         | q.md:2:7: front matter: the value opened with '"' at line 2, column 5 is not closed; expected a closing '"'
      id: 'q                           | q.md:2:7: front matter: the value opened with ''' at line 2, column 5 is not closed; expected a closing '''
      id: q\\n- a                      | q.md:3:1: front matter: found an entry that is not lined up with the keys above; expected 'key: value' at the same indentation as them
      id: @q                           | q.md:2:5: front matter: a value cannot start with '@'; put the value in quotes
      id: q\\n? [a]\\n: b              | q.md:3:4: front matter: a key must be a single word or text, such as 'id'; found a list or a mapping
      """)
  void eachBreakIsOneLineAtTheYamlsLineAndColumn(String frontMatter, String expected) {
    List<FormatProblem> problems = problems(frontMatter.replace("\\n", "\n").replace("\\t", "\t"));
    assertThat(problems).extracting(FormatProblem::toString).first().isEqualTo(expected);
  }

  @Property(tries = 300)
  void everyProblemOfABrokenFrontMatterIsOneLine(@ForAll("breaks") String inserted, @ForAll @IntRange(min = 0, max = 200) int at) {
    int where = Math.min(at, FRONT_MATTER.length());
    String broken = FRONT_MATTER.substring(0, where) + inserted + FRONT_MATTER.substring(where);
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> MarkdownFormat.read("---\n" + broken + "\n---\n\n# Who won?\n", ReadOptions.named("q.md")));
    Assume.that(e != null);
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.message()).doesNotContain("\n", "\r", "in reader", "Exception");
      assertThat(p.location().line()).isPresent();
    });
  }

  @Provide
  Arbitrary<String> breaks() {
    return Arbitraries.of("\t", "[", "{", "\"", "'", ": ", "\n- ", "\n  x: ", "@", "`", "&a ", "*a", "!!x ", "? ", "%", "|\n\t", "\n ").list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join("", l));
  }
}
