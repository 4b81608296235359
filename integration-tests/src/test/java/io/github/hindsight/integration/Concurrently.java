package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same work on one thread and then on many at once, and checks that every thread got
 * what the single thread got. The threads start together from a latch so that they really do
 * overlap, even on a machine with two cores.
 */
final class Concurrently {
  /** More threads than cores, so that the scheduler interleaves them mid-call. */
  static final int THREADS = 8;

  private Concurrently() {}

  /**
   * Checks that tasks give the same results from many threads as from one.
   *
   * @param tasks the work; each task is run once alone and then {@code rounds} times concurrently
   * @param rounds how many times each task runs concurrently
   * @param <T> what a task returns, compared with {@code equals}
   */
  static <T> void sameAsOneThread(List<Callable<T>> tasks, int rounds) {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      List<T> expected = new ArrayList<>();
      for (Callable<T> task : tasks) {
        expected.add(task.call());
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < tasks.size(); i++) {
            Callable<T> task = tasks.get(i);
            futures.add(pool.submit(() -> {
              start.await();
              return task.call();
            }));
            index.add(i);
          }
        }
        start.countDown();
        for (int f = 0; f < futures.size(); f++) {
          assertThat(futures.get(f).get()).as("task %d from many threads", index.get(f)).isEqualTo(expected.get(index.get(f)));
        }
      } finally {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      }
    });
  }
}
