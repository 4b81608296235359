package io.github.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.Question;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A name given twice in one object is refused where it is given the second time, and reading goes on. */
class RepeatedNamesTest {
  static final String HEAD = "{\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"P?\",";
  static final ReadOptions LENIENT = ReadOptions.builder().sourceName("test.json").strict(false).build();
  /** A member whose value is on its line alone: a string, a number or a boolean. */
  static final Pattern SCALAR_MEMBER = Pattern.compile("^( *)\"([^\"\\\\]+)\": (\"[^\"\\\\]*\"|-?[0-9][0-9.eE+-]*|true|false),?$");

  @Property(tries = 200)
  void anyMemberGivenTwiceIsRefusedAtItsSecondLine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int size,
      @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    String json = Io.write(Io.JSON, RandomQuestions.question(seed, size));
    List<String> lines = new ArrayList<>(Arrays.asList(json.split("\n", -1)));
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (SCALAR_MEMBER.matcher(lines.get(i)).matches()) {
        members.add(i);
      }
    }
    Assume.that(!members.isEmpty());
    int at = members.get(pick % members.size());
    Matcher m = SCALAR_MEMBER.matcher(lines.get(at));
    assertThat(m.matches()).isTrue();
    String copy = lines.get(at).endsWith(",") ? lines.get(at) : lines.get(at) + ",";
    lines.add(at, copy);

    for (ReadOptions options : List.of(ReadOptions.named("test.json"), LENIENT)) {
      List<FormatProblem> twice = Io.problems(Io.JSON, String.join("\n", lines), options).stream()
          .filter(p -> p.message().contains("given twice")).toList();
      assertThat(twice).singleElement().satisfies(p -> {
        assertThat(p.message()).startsWith("the member '" + m.group(2) + "' is given twice in ").endsWith("; expected each member once");
        // The copy went in first, so the member the writer wrote is the second, one line down.
        assertThat(p.location().line()).hasValue(at + 2);
        assertThat(p.location().column()).hasValue(m.group(1).length() + 1);
        assertThat(p.location().pointer()).hasValueSatisfying(ptr -> assertThat(ptr).endsWith("/" + m.group(2)));
      });
    }
  }

  @Test
  void readingGoesOnAfterANameGivenTwice() {
    String doc = HEAD + "\"tags\":[\"a\"],\"tags\":[\"b\"],\"kind\":42}";
    assertThat(Io.problems(Io.JSON, doc)).extracting(p -> p.location().pointer().orElseThrow() + ": " + p.message()).containsExactly(
        "/tags: the member 'tags' is given twice in a question; expected each member once",
        "/kind: expected a string but found the number 42");
  }

  @Test
  void anUnknownNameGivenTwiceIsRefusedAsUnknownAndAsRepeated() {
    String doc = HEAD + "\"actors\":[{\"id\":\"usa\",\"name\":\"US\",\"colour\":\"blue\",\"colour\":\"red\"}]}";
    List<FormatProblem> strict = Io.problems(Io.JSON, doc);
    assertThat(strict).extracting(p -> p.location().column().getAsInt() + ": " + p.message()).containsExactly(
        (doc.indexOf("\"colour\"") + 1) + ": unknown member 'colour' in an actor; expected one of id, name, kind, role, members,"
            + " representatives, identifiers",
        (doc.lastIndexOf("\"colour\"") + 1) + ": the member 'colour' is given twice in an actor; expected each member once");
    assertThat(Io.problems(Io.JSON, doc, LENIENT)).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/actors/0/colour");
      assertThat(p.location().column()).hasValue(doc.lastIndexOf("\"colour\"") + 1);
      assertThat(p.message()).isEqualTo("the member 'colour' is given twice in an actor; expected each member once");
    });
  }

  @Test
  void aHeaderNameGivenTwiceIsRefused() {
    String doc = "{\"format\":\"hindsight-question\",\"version\":1,\"format\":\"hindsight-question\",\"id\":\"q\",\"prompt\":\"P?\"}";
    assertThat(Io.problems(Io.JSON, doc)).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/format");
      assertThat(p.location().column()).hasValue(doc.lastIndexOf("\"format\"") + 1);
      assertThat(p.message()).isEqualTo("the member 'format' is given twice in a question; expected each member once");
    });
    String bank = "{\"format\":\"hindsight-bank\",\"version\":1,\"version\":1,\"questions\":[]}";
    FormatException e = catchThrowableOfType(FormatException.class, () -> Io.readBank(Io.JSON, bank));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/version");
      assertThat(p.message()).isEqualTo("the member 'version' is given twice in a bank; expected each member once");
    });
  }

  @Test
  void aNameGivenTwiceInAnObjectOfStringsIsRefused() {
    String doc = HEAD + "\"actors\":[{\"id\":\"usa\",\"name\":\"US\",\"identifiers\":{\"wikidata\":\"Q30\",\"wikidata\":\"Q31\"}}]}";
    assertThat(Io.problems(Io.JSON, doc, LENIENT)).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/actors/0/identifiers/wikidata");
      assertThat(p.location().column()).hasValue(doc.lastIndexOf("\"wikidata\"") + 1);
      assertThat(p.message()).isEqualTo("the member 'wikidata' is given twice in an object of strings; expected each member once");
    });
  }

  @Test
  void aNameGivenTwiceInsideAKeptMemberIsRefused() {
    String doc = HEAD + "\"notes\":{\"a\":[{\"b\":1}, {\"c\":1,\"c\":2}],\"d\":{\"c\":3}}}";
    assertThat(Io.problems(Io.JSON, doc, LENIENT)).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/notes/a/1/c");
      assertThat(p.location().column()).hasValue(doc.indexOf("\"c\":2") + 1);
      assertThat(p.message()).isEqualTo("the member 'c' is given twice in an object; expected each member once");
    });
    // The same names in different objects are no repeat.
    Question q = Io.read(Io.JSON, HEAD + "\"notes\":{\"a\":[{\"c\":1}, {\"c\":2}],\"d\":{\"c\":3}}}", LENIENT);
    assertThat(q.extras()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("{\"a\":[{\"c\":1},{\"c\":2}],\"d\":{\"c\":3}}"));
  }

  @Test
  void jsonLinesRefusesANameGivenTwiceOnItsLine() {
    String line = Io.write(Io.JSONL, Samples.cubanMissileCrisis());
    String twice = line.replaceFirst("\\{\"format\":\"hindsight-question\",\"version\":1,", "$0\"id\":\"again\",");
    assertThat(twice).isNotEqualTo(line);
    FormatException e = catchThrowableOfType(FormatException.class, () -> Io.readBank(Io.JSONL, line + twice));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).hasValue(2);
      assertThat(p.location().pointer()).hasValue("/id");
      assertThat(p.message()).isEqualTo("the member 'id' is given twice in a question; expected each member once");
    });
  }

  @Test
  void aStreamStopsAtANameGivenTwiceOutsideItsQuestions() {
    String q = Io.write(Io.JSONL, Samples.cubanMissileCrisis()).strip().replaceFirst("\\{\"format\":\"hindsight-question\",\"version\":1,", "{");
    Map<String, String> banks = new LinkedHashMap<>();
    banks.put("/version", "{\"format\":\"hindsight-bank\",\"version\":1,\"version\":1,\"questions\":[" + q + "]}");
    banks.put("/format", "{\"format\":\"hindsight-bank\",\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[" + q + "]}");
    banks.put("/topics", "{\"format\":\"hindsight-bank\",\"version\":1,\"topics\":[],\"topics\":[],\"questions\":[" + q + "]}");
    banks.put("/topics/0/id", "{\"format\":\"hindsight-bank\",\"version\":1,\"topics\":[{\"id\":\"t\",\"id\":\"u\",\"title\":\"T\"}],"
        + "\"questions\":[" + q + "]}");
    banks.put("/questions", "{\"format\":\"hindsight-bank\",\"version\":1,\"questions\":[" + q + "],\"questions\":[]}");
    for (Map.Entry<String, String> bank : banks.entrySet()) {
      // readBank and the stream refuse the same names, at the same place.
      FormatException whole = catchThrowableOfType(FormatException.class, () -> Io.readBank(Io.JSON, bank.getValue()));
      assertThat(twice(whole.problems())).as(bank.getKey()).singleElement()
          .satisfies(p -> assertThat(p.location().pointer()).hasValue(bank.getKey()));
      List<Question> streamed = new ArrayList<>();
      FormatException e = catchThrowableOfType(FormatException.class, () -> {
        try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(
            new ByteArrayInputStream(bank.getValue().getBytes(StandardCharsets.UTF_8)), ReadOptions.named("bank.json"))) {
          while (s.hasNext()) {
            streamed.add(s.next());
          }
        }
      });
      assertThat(e).as("the stream of %s", bank.getKey()).isNotNull();
      assertThat(twice(e.problems())).as(bank.getKey()).singleElement().satisfies(p -> {
        assertThat(p.location().pointer()).hasValue(bank.getKey());
        assertThat(p.message()).contains("is given twice in ");
      });
      // Only a repeat after the questions lets them through first.
      assertThat(streamed).hasSize(bank.getKey().equals("/questions") ? 1 : 0);
    }
  }

  @Test
  void aStreamOfOneQuestionStopsAtAHeaderNameGivenTwice() {
    String doc = "{\"format\":\"hindsight-question\",\"format\":\"hindsight-question\",\"version\":1,\"id\":\"q\",\"prompt\":\"P?\"}";
    FormatException e = catchThrowableOfType(FormatException.class, () -> {
      try (QuestionStream s = Io.JSON.reader().orElseThrow().streamQuestions(
          new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), ReadOptions.named("test.json"))) {
        s.hasNext();
      }
    });
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).hasValue("/format");
      assertThat(p.message()).isEqualTo("the member 'format' is given twice in a question; expected each member once");
    });
  }

  @Test
  void aNameGivenTwiceInAnObjectOfStringsIsRefusedEvenAfterAValueThatWasNoString() {
    String doc = HEAD + "\"actors\":[{\"id\":\"usa\",\"name\":\"US\",\"identifiers\":{\"wikidata\":1,\"wikidata\":\"Q31\"}}]}";
    assertThat(Io.problems(Io.JSON, doc)).extracting(FormatProblem::message).containsExactly(
        "expected a string but found the number 1",
        "the member 'wikidata' is given twice in an object of strings; expected each member once");
  }

  private static List<FormatProblem> twice(List<FormatProblem> problems) {
    return problems.stream().filter(p -> p.message().contains("given twice")).toList();
  }

  @Test
  void theWriterRefusesKeptContentThatGivesANameTwice() {
    Question q = Samples.cubanMissileCrisis().withExtras(
        Extra.builder().format("json").location("").name("notes").content("{\"a\":1,\"a\":2}").build());
    for (var format : List.of(Io.JSON, Io.JSONL)) {
      FormatException e = catchThrowableOfType(FormatException.class, () -> Io.write(format, q));
      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is not one JSON value"));
    }
  }
}
