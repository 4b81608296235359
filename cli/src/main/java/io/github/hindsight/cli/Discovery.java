package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The facade and the judge the commands use, with the formats and criteria found on the class
 * path. A run from {@link HindsightCli#main} starts finding them on a thread of their own before
 * the command line is parsed, since the two take about as long and a short command pays for
 * both; each is then taken once, and any later ask finds them anew, as a run that did not start
 * early always does.
 */
final class Discovery {
  private static final AtomicReference<FutureTask<Hindsight>> FACADE = new AtomicReference<>();
  private static final AtomicReference<FutureTask<Judge>> JUDGE = new AtomicReference<>();

  private Discovery() {}

  /**
   * Starts finding the formats and, when asked, then the criteria, on a daemon thread. While what
   * an earlier call started has not been taken, a call does nothing.
   *
   * @param criteria whether the command judges, and so needs the criteria too
   */
  static void startEarly(boolean criteria) {
    FutureTask<Hindsight> facade = new FutureTask<>(Hindsight::standard);
    if (!FACADE.compareAndSet(null, facade)) {
      return;
    }
    FutureTask<Judge> judge = criteria ? new FutureTask<>(Judge::standard) : null;
    JUDGE.set(judge);
    Thread t = new Thread(() -> {
      facade.run();
      if (judge != null) {
        judge.run();
      }
    }, "hindsight-discovery");
    t.setDaemon(true);
    t.start();
  }

  /** @return the facade over every format found, as {@link Hindsight#standard()} builds it */
  static Hindsight hindsight() {
    return take(FACADE, Hindsight::standard);
  }

  /** @return the judge with every criterion found, as {@link Judge#standard()} builds it */
  static Judge judge() {
    return take(JUDGE, Judge::standard);
  }

  private static <T> T take(AtomicReference<FutureTask<T>> early, Supplier<T> now) {
    FutureTask<T> task = early.getAndSet(null);
    if (task == null) {
      return now.get();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      // What the discovery threw, as it would have thrown it on this thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the plugins were found", e);
    }
  }
}
