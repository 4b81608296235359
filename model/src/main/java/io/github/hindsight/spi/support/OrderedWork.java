package io.github.hindsight.spi.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Pieces of work done on several threads and handed back in the order they were given, so that
 * a reader can parse the lines of a corpus, or the facade the files of a folder, side by side and
 * still report exactly what reading them one after another would.
 *
 * <p>The caller's thread takes each {@link Job} from a {@link Jobs} source (reading the next line,
 * say, which must happen in order) and the threads run them. The caller's thread is one of them:
 * work on {@code n} threads starts {@code n - 1}, and a consumer that would wait for a result runs
 * the oldest job still waiting for a thread instead, so that its core works rather than waits and
 * it is not woken for every result. A job may therefore run on any of the threads, the consumer's
 * included, and must not care which; one that meets an interrupt must leave the thread's interrupt
 * status set, as an interruptible channel does (code that catches an {@link InterruptedException}
 * calls {@code Thread.currentThread().interrupt()} before it throws), so that an interrupted
 * consumer stops however it was interrupted. The jobs taken whose results have
 * not been returned yet are a bounded window, so that memory stays bounded however far the
 * source could run ahead of the consumer: no job is taken while the window holds its most jobs,
 * nor while the {@link Job#weight() weight} in it (bytes of lines, say) has reached its most, so
 * it may exceed that by the last job taken only; one job is always let through, however heavy. {@link #next()} returns the results in the order of the jobs, waiting
 * for each. What a job or the source throws is thrown by {@code next()} at its place in that
 * order, after every result before it, and ends the work.
 *
 * <pre>{@code
 * try (OrderedWork<Item> work = OrderedWork.start(options.parallelism(), () -> nextLineAsJob())) {
 *   Item item;
 *   while ((item = work.next()) != null) {
 *     use(item);
 *   }
 * }
 * }</pre>
 *
 * <p>The other threads are started here and ended by {@link #close()}, which waits until every one
 * of them has ended; reaching the end of the results, or a failure, closes too. Threads left idle by
 * a consumer that stopped reading without closing end on their own after a second. Not
 * thread-safe: one consumer reads the results.
 *
 * @param <T> what each job gives
 */
public final class OrderedWork<T> implements Closeable {
  /** How many jobs may be in flight for each thread: enough that no thread waits for the source. */
  public static final int JOBS_PER_THREAD = 16;
  /** How much weight may be in flight for each thread: 4 MiB, such as bytes of lines. */
  public static final long WEIGHT_PER_THREAD = 4L << 20;

  /**
   * One piece of work, run on one of the threads: the consumer's own, or one started for the work.
   *
   * @param <T> what it gives
   */
  @FunctionalInterface
  public interface Job<T> {
    /**
     * Does the work.
     *
     * @return the result, not null
     * @throws IOException if it cannot read what it needs
     */
    T run() throws IOException;

    /** @return how much the job holds in memory until its result is taken, such as bytes; 1 unless overridden */
    default long weight() {
      return 1;
    }
  }

  /**
   * Where the jobs come from, in order; called in the consumer's thread only.
   *
   * @param <T> what each job gives
   */
  @FunctionalInterface
  public interface Jobs<T> {
    /**
     * The next job.
     *
     * @return the job, or null when there are no more
     * @throws IOException if what the jobs are made from cannot be read
     */
    @Nullable Job<T> next() throws IOException;
  }

  /**
   * What {@link #map} does with each item.
   *
   * @param <I> the items
   * @param <T> the results
   */
  @FunctionalInterface
  public interface Task<I, T> {
    /**
     * Does the work for one item.
     *
     * @param item the item
     * @return the result, not null
     * @throws IOException if it cannot read what it needs
     */
    T apply(I item) throws IOException;
  }

  /** A job given to the threads, with its weight; or, with no future, what the source threw. */
  private record InFlight<T>(@Nullable FutureTask<T> result, long weight, @Nullable Throwable sourceFailure) {}

  private final Jobs<T> jobs;
  private final int maxJobs;
  private final long maxWeight;
  /** The jobs not yet begun, oldest first: the other threads take them, and so does a waiting consumer. */
  private final LinkedBlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
  /** The other threads, none when the work is on one thread. */
  private final @Nullable ThreadPoolExecutor pool;
  private final List<Thread> threads = new ArrayList<>();
  private final ArrayDeque<InFlight<T>> inFlight = new ArrayDeque<>();
  private long weight;
  private boolean sourceDone;
  private boolean closed;

  private OrderedWork(int threadCount, int maxJobs, long maxWeight, Jobs<T> jobs) {
    this.jobs = jobs;
    this.maxJobs = maxJobs;
    this.maxWeight = maxWeight;
    int others = threadCount - 1;
    if (others == 0) {
      this.pool = null;
      return;
    }
    AtomicInteger counter = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(others, others, 1, TimeUnit.SECONDS, waiting, task -> {
      Thread thread = new Thread(task, "hindsight-read-" + counter.incrementAndGet());
      thread.setDaemon(true);
      synchronized (threads) {
        threads.add(thread);
      }
      return thread;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Starts work on a number of threads, with a window of {@link #JOBS_PER_THREAD} jobs and
   * {@link #WEIGHT_PER_THREAD} of weight for each thread.
   *
   * @param threads how many threads, the consumer's among them, at least 1
   * @param jobs the source of the jobs
   * @param <T> what each job gives
   * @return the work, whose results {@link #next()} returns
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static <T> OrderedWork<T> start(int threads, Jobs<T> jobs) {
    return start(threads, threads * JOBS_PER_THREAD, threads * WEIGHT_PER_THREAD, jobs);
  }

  /**
   * Starts work on a number of threads with a window of a chosen size.
   *
   * @param threads how many threads, the consumer's among them, at least 1
   * @param maxJobs the most jobs in flight, at least 1
   * @param maxWeight the most weight in flight, at least 1; a single job may weigh more
   * @param jobs the source of the jobs
   * @param <T> what each job gives
   * @return the work, whose results {@link #next()} returns
   * @throws IllegalArgumentException if a number is less than 1
   */
  public static <T> OrderedWork<T> start(int threads, int maxJobs, long maxWeight, Jobs<T> jobs) {
    Objects.requireNonNull(jobs, "jobs");
    if (threads < 1 || maxJobs < 1 || maxWeight < 1) {
      throw new IllegalArgumentException("threads, maxJobs and maxWeight must be at least 1, but were "
          + threads + ", " + maxJobs + " and " + maxWeight);
    }
    return new OrderedWork<>(threads, maxJobs, maxWeight, jobs);
  }

  /**
   * Does a task for each item of a list, on a number of threads, and gives the results in the
   * order of the items; with one thread, or fewer than two items, in this thread alone, starting
   * none, and otherwise in this thread and others: as many threads in all as {@code threads}, or as
   * there are items if there are fewer. What a task throws is thrown after the tasks before it have run, as a loop would.
   *
   * @param threads how many threads, at least 1
   * @param items the items, such as the files of a folder
   * @param task what to do with each
   * @param <I> the items
   * @param <T> the results
   * @return the results, in the order of the items
   * @throws IOException as a task threw it, or an {@link InterruptedIOException} if this thread
   *     is interrupted while it waits
   */
  public static <I, T> List<T> map(int threads, List<I> items, Task<I, T> task) throws IOException {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(task, "task");
    List<T> results = new ArrayList<>(items.size());
    if (threads == 1 || items.size() < 2) {
      for (I item : items) {
        results.add(Objects.requireNonNull(task.apply(item), "a task's result"));
      }
      return results;
    }
    java.util.Iterator<I> next = items.iterator();
    try (OrderedWork<T> work = start(Math.min(threads, items.size()), () -> {
      if (!next.hasNext()) {
        return null;
      }
      I item = next.next();
      return () -> task.apply(item);
    })) {
      for (T result = work.next(); result != null; result = work.next()) {
        results.add(result);
      }
    }
    return results;
  }

  /**
   * The result of the next job, waiting for it.
   *
   * @return the result, or null when every job's result has been returned
   * @throws IOException as the job or the source threw it, or an {@link InterruptedIOException}
   *     if this thread is interrupted while it waits or while it runs a job itself
   *     (its interrupt status is then kept)
   */
  public @Nullable T next() throws IOException {
    if (closed) {
      return null;
    }
    fill();
    InFlight<T> head = inFlight.poll();
    if (head == null) {
      close();
      return null;
    }
    try {
      FutureTask<T> result = head.result();
      if (result == null) {
        throw rethrow(Objects.requireNonNull(head.sourceFailure()));
      }
      Runnable job;
      while (!result.isDone() && (job = waiting.poll()) != null) {
        runHere(job);
      }
      T value = result.get();
      weight -= head.weight();
      return value;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      InterruptedIOException stopped = new InterruptedIOException("interrupted while reading in parallel");
      stopped.initCause(e);
      throw stopped;
    } catch (ExecutionException e) {
      close();
      throw rethrow(e.getCause() == null ? e : e.getCause());
    } catch (IOException | RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /**
   * Runs a waiting job in the consumer's thread. A consumer interrupted before or while it runs,
   * as its interrupt status says, stops as it would have while waiting.
   */
  private static void runHere(Runnable job) throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
    job.run();
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
  }

  private void fill() {
    while (!sourceDone && inFlight.size() < maxJobs && (inFlight.isEmpty() || weight < maxWeight)) {
      Job<T> job;
      try {
        job = jobs.next();
      } catch (IOException | RuntimeException | Error e) {
        // Thrown in its place: after the results of the jobs before it.
        sourceDone = true;
        inFlight.add(new InFlight<>(null, 0, e));
        return;
      }
      if (job == null) {
        sourceDone = true;
        return;
      }
      long w = Math.max(1, job.weight());
      FutureTask<T> task = new FutureTask<>(() -> Objects.requireNonNull(job.run(), "a job's result"));
      if (pool != null) {
        pool.execute(task);
      } else {
        waiting.add(task);
      }
      inFlight.add(new InFlight<>(task, w, null));
      weight += w;
    }
  }

  private static IOException rethrow(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new UncheckedIOException(new IOException(failure));
  }

  /**
   * Stops the work: jobs not yet begun are dropped, those running are interrupted, and this
   * returns once every thread has ended. Closing again does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    sourceDone = true;
    for (InFlight<T> f : inFlight) {
      if (f.result() != null) {
        f.result().cancel(true);
      }
    }
    inFlight.clear();
    waiting.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
    boolean interrupted = false;
    List<Thread> started;
    synchronized (threads) {
      started = List.copyOf(threads);
    }
    for (Thread thread : started) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** @return true once closed, by {@link #close()}, by the end of the results, or by a failure */
  public boolean closed() {
    return closed;
  }
}
