import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for the Central Portal's publisher API on the loopback address, for the release
 * dry run: it keeps the bundle that the publishing plugin uploads, in the file named by the first
 * argument, and answers the plugin's status requests with VALIDATED. It writes the port it
 * listens on to the file named by the second argument and serves until it is stopped.
 */
public final class StandInPortal {
  private static final String DEPLOYMENT = "dry-run-deployment";

  public static void main(String[] args) throws IOException {
    Path bundle = Path.of(args[0]);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/publisher/upload", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      Files.write(bundle, filePart(body, type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "")));
      answer(exchange, 201, DEPLOYMENT);
    });
    server.createContext("/api/v1/publisher/status", exchange -> {
      exchange.getRequestBody().readAllBytes();
      answer(exchange, 200, "{\"deploymentId\":\"" + DEPLOYMENT + "\",\"deploymentName\":\"dry run\","
          + "\"deploymentState\":\"VALIDATED\",\"purls\":[]}");
    });
    server.start();
    Files.writeString(Path.of(args[1]), Integer.toString(server.getAddress().getPort()));
  }

  /** The content of the multipart body's file part: after the part's headers, before the closing boundary. */
  private static byte[] filePart(byte[] body, String boundary) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int headers = text.indexOf("filename=");
    int start = text.indexOf("\r\n\r\n", headers) + 4;
    int end = text.indexOf("\r\n--" + boundary, start);
    return text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
