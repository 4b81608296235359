package io.github.hindsight.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte over a socket to the loopback address, so that the path reaches the
 * server exactly as written, {@code ..} and all, with no client tidying it first.
 */
record Http(int status, String head, String body) {
  static Http get(Preview preview, String target) throws IOException {
    return send(preview, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  static Http send(Preview preview, String request) throws IOException {
    URI at = preview.address();
    try (Socket socket = new Socket(at.getHost(), at.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String body = split < 0 ? "" : all.substring(split + 4);
      int status = Integer.parseInt(head.substring(head.indexOf(' ') + 1, head.indexOf(' ') + 4));
      return new Http(status, head, body);
    }
  }

  /** For assertion messages. */
  @Override
  public String toString() {
    return head + "\n\n" + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
  }
}
