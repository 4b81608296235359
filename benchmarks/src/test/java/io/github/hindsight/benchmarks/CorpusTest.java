package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.model.Question;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {

  @Test
  void theSameSizeAlwaysGivesTheSameQuestions() {
    assertThat(Corpus.questions(Corpus.Size.SMALL)).isEqualTo(Corpus.questions(Corpus.Size.SMALL));
  }

  @Test
  void everyQuestionIsValidAndIdsDoNotRepeat() {
    List<Question> questions = Corpus.questions(Corpus.Size.SMALL);
    assertThat(questions).hasSize(Corpus.Size.SMALL.questions());
    assertThat(questions).allSatisfy(q -> assertThat(q.validate().errors()).isEmpty());
    assertThat(questions).extracting(Question::id).doesNotHaveDuplicates();
  }

  @Test
  void lazyQuestionsAreTheOnesInMemory() {
    List<Question> lazy = new ArrayList<>();
    for (Iterator<Question> it = Corpus.lazily(Corpus.Size.SMALL.questions()); it.hasNext(); ) {
      lazy.add(it.next());
    }
    assertThat(lazy).isEqualTo(Corpus.questions(Corpus.Size.SMALL));
  }

  @Test
  void sizesGrow() {
    assertThat(Corpus.Size.SMALL.questions()).isLessThan(Corpus.Size.MEDIUM.questions());
    assertThat(Corpus.Size.MEDIUM.questions()).isLessThan(Corpus.Size.LARGE.questions());
    assertThat(ModelSize.elements(Corpus.sized(64))).isGreaterThan(4 * ModelSize.elements(Corpus.sized(4)));
  }
}
