package io.github.hindsight.cli.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hindsight.Hindsight;
import io.github.hindsight.html.HtmlPage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A live preview of the questions in a folder (or of one file), on the JDK's HTTP server, bound
 * to the loopback address only: an index, a page per question re-judged under the settings of
 * its address, and the small endpoint the pages poll to reload when their file changes.
 */
public final class Preview implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService workers;
  private final ServedFiles files;

  private Preview(HttpServer server, ExecutorService workers, ServedFiles files) {
    this.server = server;
    this.workers = workers;
    this.files = files;
  }

  /**
   * Starts a preview.
   *
   * @param hindsight the formats to read the questions with
   * @param pages the renderer of the pages, with the judge to weigh them
   * @param target the folder or the file to serve
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @return the preview, serving
   * @throws IOException if the target cannot be read or the port cannot be bound
   */
  public static Preview start(Hindsight hindsight, HtmlPage pages, Path target, int port) throws IOException {
    ServedFiles files = new ServedFiles(hindsight, target);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    QuestionHandler questions = new QuestionHandler(hindsight, pages, files);
    IndexHandler index = new IndexHandler(hindsight, files);
    ChangedHandler changed = new ChangedHandler(files);
    HttpContext context = server.createContext("/", exchange -> route(exchange, index, questions, changed));
    context.getFilters().add(new Guard());
    ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "hindsight-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(workers);
    server.start();
    return new Preview(server, workers, files);
  }

  private static void route(HttpExchange exchange, IndexHandler index, QuestionHandler questions, ChangedHandler changed)
      throws IOException {
    try {
      URI uri = exchange.getRequestURI();
      String path = uri.getPath();
      if (path == null) {
        Responses.message(exchange, 404, "Not found", "There is no page at this address.");
      } else if (path.equals("/")) {
        index.handle(exchange);
      } else if (path.equals(ChangedHandler.PATH)) {
        changed.handle(exchange);
      } else if (path.startsWith(QuestionHandler.PREFIX)) {
        questions.handle(exchange, path.substring(QuestionHandler.PREFIX.length()));
      } else {
        Responses.message(exchange, 404, "Not found", "There is no page at this address.");
      }
    } catch (IOException | RuntimeException e) {
      // Said in words on the page, never as a stack trace.
      Responses.message(exchange, 500, "The page could not be made", String.valueOf(e.getMessage()));
    }
  }

  /** @return the address the index is served at, such as {@code http://127.0.0.1:8080/} */
  public URI address() {
    InetSocketAddress bound = server.getAddress();
    return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
  }

  /** @return the line to say on start: what is served, where, to whom, and how to stop */
  public String startLine() {
    return "serving " + files.target() + " on " + address() + " (this machine only); Ctrl-C stops";
  }

  /** Stops serving: answers under way get a moment to finish. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdownNow();
  }
}
