package io.github.hindsight.cli;

import io.github.hindsight.Hindsight;
import io.github.hindsight.judgement.Judge;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

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
    FutureTask<Hindsight> facade = new FutureTask<>(new StandardFacade());
    if (!FACADE.compareAndSet(null, facade)) {
      return;
    }
    FutureTask<Judge> judge = criteria ? new FutureTask<>(new StandardJudge()) : null;
    JUDGE.set(judge);
    Thread t = new Thread(new Early(facade, judge), "hindsight-discovery");
    t.setDaemon(true);
    t.start();
  }

  /** @return the facade over every format found, as {@link Hindsight#standard()} builds it */
  static Hindsight hindsight() {
    FutureTask<Hindsight> task = FACADE.getAndSet(null);
    return task == null ? Hindsight.standard() : take(task);
  }

  /** @return the judge with every criterion found, as {@link Judge#standard()} builds it */
  static Judge judge() {
    FutureTask<Judge> task = JUDGE.getAndSet(null);
    return task == null ? Judge.standard() : take(task);
  }

  private static <T> T take(FutureTask<T> task) {
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

  private static final class StandardFacade implements Callable<Hindsight> {
    @Override
    public Hindsight call() {
      return Hindsight.standard();
    }
  }

  private static final class StandardJudge implements Callable<Judge> {
    @Override
    public Judge call() {
      return Judge.standard();
    }
  }

  /** Finds the formats, then the criteria if asked. */
  private static final class Early implements Runnable {
    private final FutureTask<Hindsight> facade;
    private final @Nullable FutureTask<Judge> judge;

    Early(FutureTask<Hindsight> facade, @Nullable FutureTask<Judge> judge) {
      this.facade = facade;
      this.judge = judge;
    }

    @Override
    public void run() {
      facade.run();
      if (judge != null) {
        judge.run();
      }
    }
  }
}
