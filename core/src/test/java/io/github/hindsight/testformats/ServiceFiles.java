package io.github.hindsight.testformats;

import io.github.hindsight.spi.FormatProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Class loaders whose {@code META-INF/services} lists chosen providers, as a plugin jar would. */
public final class ServiceFiles {
  private ServiceFiles() {}

  /**
   * A loader that sees the test classes through its parent and a service file naming providers.
   *
   * @param folder an empty folder to hold the service file
   * @param providerClassNames the lines of the service file
   * @return the loader
   * @throws IOException if the file cannot be written
   */
  public static ClassLoader loaderListing(Path folder, List<String> providerClassNames) throws IOException {
    Path services = folder.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(FormatProvider.class.getName()), providerClassNames);
    URL url = folder.toUri().toURL();
    return new URLClassLoader(new URL[] {url}, ServiceFiles.class.getClassLoader());
  }
}
