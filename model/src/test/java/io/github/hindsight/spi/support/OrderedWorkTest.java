package io.github.hindsight.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Work on several threads comes back in order, failures in their place, and no thread outlives it. */
class OrderedWorkTest {

  /** The threads that ran jobs, to check that each has ended. */
  private final Set<Thread> ran = ConcurrentHashMap.newKeySet();

  /** Jobs from a list: each squares its number after spinning for a while, or throws where asked. */
  private OrderedWork.Jobs<Integer> jobs(List<Integer> spins, int failAt, boolean sourceFails) {
    Iterator<Integer> next = spins.iterator();
    int[] index = {0};
    return () -> {
      if (!next.hasNext()) {
        return null;
      }
      int i = index[0]++;
      int spin = next.next();
      if (sourceFails && i == failAt) {
        throw new IOException("cannot read item " + i);
      }
      return () -> {
        ran.add(Thread.currentThread());
        long x = 0;
        for (int k = 0; k < spin * 1000; k++) {
          x += k ^ (x >>> 3);
        }
        if (!sourceFails && i == failAt) {
          throw new IOException("job " + i + " failed after " + (x & 1));
        }
        return i * i;
      };
    };
  }

  private static void drain(OrderedWork<Integer> work, List<Object> into) {
    try {
      Integer r;
      while ((r = work.next()) != null) {
        into.add(r);
      }
    } catch (IOException e) {
      into.add(e.getMessage());
    }
  }

  /** Every thread that ran a job has ended, but for this one, which runs jobs while it waits. */
  private void assertAllEnded() {
    assertThat(ran).allSatisfy(t -> assertThat(t == Thread.currentThread() || !t.isAlive()).as(t.getName()).isTrue());
  }

  @Property(tries = 200)
  void resultsComeInTheOrderOfTheJobsAndAFailureInItsPlace(@ForAll @Size(max = 60) List<@IntRange(max = 30) Integer> spins,
      @ForAll @IntRange(min = 1, max = 5) int threads, @ForAll @IntRange(min = 1, max = 8) int window,
      @ForAll @IntRange(min = -1, max = 60) int failAt, @ForAll boolean sourceFails) {
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < spins.size(); i++) {
      if (i == failAt) {
        expected.add(sourceFails ? "cannot read item " + i : "job " + i + " failed after ");
        break;
      }
      expected.add(i * i);
    }
    List<Object> got = new ArrayList<>();
    OrderedWork<Integer> work = OrderedWork.start(threads, window, Long.MAX_VALUE, jobs(spins, failAt, sourceFails));
    drain(work, got);
    assertThat(work.closed()).isTrue();
    assertAllEnded();
    assertThat(got).hasSameSizeAs(expected);
    for (int i = 0; i < got.size(); i++) {
      if (expected.get(i) instanceof String message) {
        assertThat((String) got.get(i)).startsWith(message);
      } else {
        assertThat(got.get(i)).isEqualTo(expected.get(i));
      }
    }
  }

  @Property(tries = 100)
  void theSourceRunsNoFurtherAheadThanTheWindow(@ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 10) int maxJobs, @ForAll @IntRange(min = 1, max = 50) int maxWeight,
      @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 20) Integer> weights) throws IOException {
    List<Integer> window = new ArrayList<>();
    Iterator<Integer> next = weights.iterator();
    int[] taken = {0};
    OrderedWork<Integer> work = OrderedWork.start(threads, maxJobs, maxWeight, () -> {
      // Asked for a job only while the window has room, in jobs and in weight.
      assertThat(window.size()).isLessThan(maxJobs);
      assertThat(window.isEmpty() || window.stream().mapToInt(Integer::intValue).sum() < maxWeight).isTrue();
      if (!next.hasNext()) {
        return null;
      }
      int w = next.next();
      int i = taken[0]++;
      window.add(w);
      return new OrderedWork.Job<Integer>() {
        @Override
        public Integer run() {
          return i;
        }

        @Override
        public long weight() {
          return w;
        }
      };
    });
    Integer r;
    int expected = 0;
    while ((r = work.next()) != null) {
      assertThat(r).isEqualTo(expected++);
      window.remove(0);
    }
    assertThat(expected).isEqualTo(weights.size());
  }

  /**
   * A job that sleeps until it is interrupted, as a read blocked on a slow disk would wait; on
   * the thread {@code notOn}, if there is one, it returns at once instead.
   */
  private OrderedWork.Job<Integer> sleeper(CountDownLatch started, @Nullable Thread notOn) {
    return () -> {
      if (Thread.currentThread() == notOn) {
        return 2;
      }
      ran.add(Thread.currentThread());
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // As a job must: the interrupt stays in the thread's status.
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("stopped");
      }
      return 1;
    };
  }

  @Test
  void closingStopsJobsThatAreRunningAndWaitsForEveryThread() throws Exception {
    // One of the other threads sleeps in a job whatever the consumer takes from the queue while it
    // waits for the first: the second job goes straight to a thread of its own.
    CountDownLatch started = new CountDownLatch(1);
    boolean[] first = {true};
    // The consumer cannot close while it runs a job itself: only the other two threads sleep.
    Thread consumer = Thread.currentThread();
    OrderedWork<Integer> work = OrderedWork.start(3, 6, 100, () -> {
      if (first[0]) {
        first[0] = false;
        return job(0);
      }
      return sleeper(started, consumer);
    });
    assertThat(work.next()).isZero();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    work.close();
    assertThat(work.closed()).isTrue();
    assertThat(ran).isNotEmpty().doesNotContain(consumer);
    assertAllEnded();
  }

  @Test
  void aConsumerInterruptedWhileItRunsAJobItselfStopsWithAnInterruptedIoExceptionAndKeepsItsStatus() throws Exception {
    // A window of four: the other thread sleeps in the first job, the consumer in the second.
    Thread consumer = interruptedOnceSleeping(4, 2);
    assertThat(ran).contains(consumer);
  }

  @Test
  void aConsumerInterruptedWhileItWaitsStopsWithAnInterruptedIoExceptionAndKeepsItsStatus() throws Exception {
    // A window of one job, which the other thread takes: the consumer has nothing to run and waits.
    Thread consumer = interruptedOnceSleeping(1, 1);
    assertThat(ran).isNotEmpty().doesNotContain(consumer);
  }

  /**
   * Starts a consumer of sleeping jobs on two threads, interrupts it once {@code sleeping} jobs
   * have begun, and checks that it stopped as an interrupted reader must.
   *
   * @return the consumer's thread
   */
  private Thread interruptedOnceSleeping(int window, int sleeping) throws InterruptedException {
    CountDownLatch started = new CountDownLatch(sleeping);
    AtomicReference<@Nullable Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>(false);
    Thread consumer = new Thread(() -> {
      try (OrderedWork<Integer> work = OrderedWork.start(2, window, 100, () -> sleeper(started, null))) {
        work.next();
      } catch (IOException e) {
        thrown.set(e);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    });
    consumer.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    consumer.interrupt();
    consumer.join(10_000);
    assertThat(consumer.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class).hasMessageContaining("interrupted while reading");
    assertThat(stillInterrupted.get()).isTrue();
    assertThat(ran).noneMatch(Thread::isAlive);
    return consumer;
  }

  @Test
  void aJobsOwnInterruptedIoExceptionIsItsFailureOnAnyThread() throws IOException {
    // A timeout is an InterruptedIOException too, but no one was interrupted.
    int[] n = {0};
    OrderedWork<Integer> work = OrderedWork.start(1, () -> n[0] == 2 ? null : n[0]++ == 0 ? job(0)
        : () -> {
          throw new java.net.SocketTimeoutException("slow");
        });
    assertThat(work.next()).isZero();
    assertThatThrownBy(work::next).isInstanceOf(java.net.SocketTimeoutException.class).hasMessage("slow");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aConsumerThatClosesEarlyLeavesNoThread() throws IOException {
    int[] n = {0};
    OrderedWork<Integer> work = OrderedWork.start(3, () -> n[0] == 1000 ? null : job(n[0]++));
    assertThat(work.next()).isZero();
    assertThat(work.next()).isEqualTo(1);
    work.close();
    assertThat(work.next()).isNull();
    assertThat(n[0]).isLessThanOrEqualTo(2 + 3 * OrderedWork.JOBS_PER_THREAD);
    assertAllEnded();
  }

  private OrderedWork.Job<Integer> job(int i) {
    return () -> {
      ran.add(Thread.currentThread());
      return i;
    };
  }

  @Property(tries = 100)
  void mapGivesWhatALoopGivesOnAnyNumberOfThreads(@ForAll @Size(max = 30) List<@IntRange(max = 20) Integer> items,
      @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @IntRange(min = -1, max = 30) int failAt) {
    List<Object> loop = new ArrayList<>();
    List<Thread> loopThreads = new ArrayList<>();
    collect(() -> {
      List<Integer> out = new ArrayList<>();
      for (Integer item : items) {
        out.add(square(item, failAt, loopThreads));
      }
      return out;
    }, loop);
    List<Thread> mapThreads = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Object> mapped = new ArrayList<>();
    collect(() -> OrderedWork.map(threads, items, item -> square(item, failAt, mapThreads)), mapped);
    assertThat(mapped).isEqualTo(loop);
    if (threads == 1 || items.size() < 2) {
      // In this thread alone, starting none.
      assertThat(mapThreads).allMatch(t -> t == Thread.currentThread());
    } else {
      // The caller's thread works beside the others, which have all ended.
      assertThat(mapThreads).allMatch(t -> t == Thread.currentThread() || !t.isAlive());
    }
  }

  private static int square(int item, int failAt, List<Thread> threads) throws IOException {
    threads.add(Thread.currentThread());
    if (item == failAt) {
      throw new IOException("item " + item);
    }
    return item * item;
  }

  /** What a computation gave, or the message of what it threw. */
  private interface Computation {
    List<Integer> run() throws IOException;
  }

  private static void collect(Computation c, List<Object> into) {
    try {
      into.addAll(c.run());
    } catch (IOException e) {
      into.add(e.getMessage());
    }
  }

  @Test
  void aJobThatGivesNothingIsAFailure() {
    boolean[] given = {false};
    OrderedWork<Object> work = OrderedWork.start(2, () -> {
      if (given[0]) {
        return null;
      }
      given[0] = true;
      return () -> null;
    });
    assertThatThrownBy(work::next).isInstanceOf(NullPointerException.class).hasMessageContaining("a job's result");
    assertThat(work.closed()).isTrue();
  }

  @Test
  void sizesBelowOneAreRefused() {
    assertThatThrownBy(() -> OrderedWork.start(0, () -> null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> OrderedWork.start(1, 0, 1, () -> null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderedWork.start(1, 1, 0, () -> null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readOptionsAskForOneThreadUnlessToldAndRefuseWhatIsOutOfRange() {
    assertThat(ReadOptions.defaults().parallelism()).isEqualTo(1);
    assertThat(ReadOptions.builder().parallelism(ReadOptions.MAX_PARALLELISM).build().parallelism()).isEqualTo(ReadOptions.MAX_PARALLELISM);
    assertThatThrownBy(() -> ReadOptions.builder().parallelism(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be from 1 to 256 threads, but was 0");
    assertThatThrownBy(() -> ReadOptions.builder().parallelism(ReadOptions.MAX_PARALLELISM + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
