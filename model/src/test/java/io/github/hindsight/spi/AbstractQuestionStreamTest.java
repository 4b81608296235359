package io.github.hindsight.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.model.Question;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The state that {@code hasNext}, {@code next} and {@code close} share, kept once for every stream. */
class AbstractQuestionStreamTest {

  private static Question question(String id) {
    return Question.builder().id(id).prompt("Who gained most from " + id + "?").build();
  }

  private static FormatException broken(String source) {
    return new FormatException(Location.at(source, 3, 7), "found '}'; expected a question");
  }

  /**
   * Plays back a script: a question is returned, a throwable thrown, and an empty script is the
   * end. Counts how often each method ran, so that the tests see what the base asked for.
   */
  private static final class Scripted extends AbstractQuestionStream {
    private final Deque<Object> script;
    int computed;
    int released;

    Scripted(Object... steps) {
      this.script = new ArrayDeque<>(List.of(steps));
    }

    @Override
    protected @Nullable Question computeNext() throws IOException {
      computed++;
      Object step = script.poll();
      if (step == null) {
        return endOfData();
      }
      if (step instanceof IOException e) {
        throw e;
      }
      if (step instanceof RuntimeException e) {
        throw e;
      }
      return (Question) step;
    }

    @Override
    protected void release() {
      released++;
    }
  }

  @Test
  void givesEachQuestionOnceThenSaysThereIsNoMore() throws IOException {
    Scripted stream = new Scripted(question("berlin"), question("cuba"));

    assertThat(stream.hasNext()).isTrue();
    assertThat(stream.hasNext()).as("hasNext asked twice").isTrue();
    assertThat(stream.next()).isEqualTo(question("berlin"));
    assertThat(stream.next()).as("next without hasNext").isEqualTo(question("cuba"));
    assertThat(stream.hasNext()).isFalse();
    assertThat(stream.hasNext()).as("hasNext asked twice at the end").isFalse();
    assertThat(stream.computed).as("computeNext calls: two questions and one end").isEqualTo(3);
  }

  @Test
  void anEmptyStreamHasNothing() throws IOException {
    Scripted stream = new Scripted();

    assertThat(stream.hasNext()).isFalse();
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void nextPastTheEndThrowsNoSuchElementAndAsksNoMore() throws IOException {
    Scripted stream = new Scripted(question("cuba"));
    stream.next();

    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class).hasMessage("no more questions");
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
    assertThat(stream.computed).as("computeNext is not asked again after the end").isEqualTo(2);
  }

  @Test
  void aFormatExceptionWaitsForNextAndTheStreamGoesOnAfterIt() throws IOException {
    FormatException problem = broken("corpus.jsonl");
    Scripted stream = new Scripted(question("berlin"), problem, question("cuba"));

    assertThat(stream.next()).isEqualTo(question("berlin"));
    assertThat(stream.hasNext()).as("a broken question is still a question to come").isTrue();
    assertThat(stream.hasNext()).as("asked twice, the problem is not read twice").isTrue();
    assertThatThrownBy(stream::next).isSameAs(problem);
    assertThat(stream.hasNext()).as("the question after the broken one").isTrue();
    assertThat(stream.next()).isEqualTo(question("cuba"));
    assertThat(stream.hasNext()).isFalse();
    assertThat(stream.computed).isEqualTo(4);
  }

  @Test
  void aDocumentBrokenBeyondAnyQuestionThrowsFromHasNextOnceThenEnds() throws IOException {
    FormatException problem = broken("bank.json");
    AbstractQuestionStream stream = new AbstractQuestionStream() {
      private int calls;

      @Override
      protected @Nullable Question computeNext() {
        if (calls++ == 0) {
          return question("berlin");
        }
        throw endWith(problem);
      }
    };

    assertThat(stream.next()).isEqualTo(question("berlin"));
    assertThatThrownBy(stream::hasNext).isSameAs(problem);
    assertThat(stream.hasNext()).as("hasNext after the problem that ended the stream").isFalse();
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void anIoExceptionComesOutOfHasNextAsItWasThrownAndEndsTheStream() throws IOException {
    IOException disk = new IOException("the disk went away");
    Scripted stream = new Scripted(disk, question("cuba"));

    assertThatThrownBy(stream::hasNext).isSameAs(disk);
    assertThat(stream.hasNext()).as("hasNext after the failure").isFalse();
    assertThat(stream.computed).as("nothing is read after the failure").isEqualTo(1);
  }

  @Test
  void anIoExceptionComesOutOfNextToo() {
    IOException disk = new IOException("the disk went away");
    Scripted stream = new Scripted(disk);

    assertThatThrownBy(stream::next).isSameAs(disk);
  }

  @Test
  void closeEmptiesTheStreamAndReleasesOncePerClose() throws IOException {
    Scripted stream = new Scripted(question("berlin"), question("cuba"));
    assertThat(stream.hasNext()).isTrue();

    stream.close();

    assertThat(stream.released).isEqualTo(1);
    assertThat(stream.hasNext()).as("hasNext after close, with a question read ahead").isFalse();
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
    assertThat(stream.computed).as("nothing is read after close").isEqualTo(1);
    stream.close();
    assertThat(stream.released).as("release calls after a second close").isEqualTo(2);
  }

  @Test
  void closeDropsAProblemNotYetThrown() throws IOException {
    Scripted stream = new Scripted(broken("corpus.jsonl"));
    assertThat(stream.hasNext()).isTrue();

    stream.close();

    assertThat(stream.hasNext()).isFalse();
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void javaStreamsSeeTheQuestionsAndCloseTheStream() {
    Scripted stream = new Scripted(question("berlin"), question("cuba"));

    List<String> ids;
    try (var questions = stream.stream()) {
      ids = questions.map(Question::id).toList();
    }

    assertThat(ids).containsExactly("berlin", "cuba");
    assertThat(stream.released).isEqualTo(1);
  }

  /** Whatever the mix of questions and broken ones, each comes out once, in order, then the end. */
  @Property
  void givesBackTheScriptInOrder(@ForAll("scripts") List<Object> script) throws IOException {
    Scripted stream = new Scripted(script.toArray());
    List<Object> seen = new ArrayList<>();
    while (stream.hasNext()) {
      try {
        seen.add(stream.next());
      } catch (FormatException e) {
        seen.add(e);
      }
    }
    assertThat(seen).containsExactlyElementsOf(script);
    assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
    assertThat(stream.computed).isEqualTo(script.size() + 1);
  }

  @Provide
  Arbitrary<List<Object>> scripts() {
    Arbitrary<Object> questions = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .map(AbstractQuestionStreamTest::question);
    Arbitrary<Object> problems = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .map(AbstractQuestionStreamTest::broken);
    return Arbitraries.frequencyOf(
        Tuple.of(3, questions),
        Tuple.of(1, problems)).list().ofMaxSize(12);
  }
}
