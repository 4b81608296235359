package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.support.FormatDescriptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The checks of what a format declares: its description and its registration for the class
 * path and the module path.
 */
final class DeclarationChecks extends Checks {
  private static final String SERVICE_FILE = "META-INF/services/" + FormatProvider.class.getName();

  DeclarationChecks(FormatContractTest test) {
    super(test);
  }

  void describesItselfValidly() {
    FormatProvider format = format();
    assertThat(FormatDescriptions.problems(format)).as("what is wrong with how %s describes itself", format.getClass().getName()).isEmpty();
    assertThat(format.id()).as("id() asked twice").isEqualTo(format.id());
  }

  void isListedForTheClassPath() throws IOException {
    Class<?> type = format().getClass();
    // The file itself, beside the class: under the module path ServiceLoader is satisfied by
    // 'provides' alone, so asking it would pass a jar whose services file is missing.
    Optional<byte[]> file = entryNextTo(type, SERVICE_FILE);
    assertThat(file)
        .as("%s, beside %s (in %s); the class path finds a plugin only through that file", SERVICE_FILE, type.getName(), where(type))
        .isPresent();
    List<String> named = new String(file.get(), StandardCharsets.UTF_8).lines()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
    assertThat(named).as("providers named in %s beside %s", SERVICE_FILE, type.getName()).contains(type.getName());
    assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers()) && hasPublicNoArgumentConstructor(type))
        .as("%s must be public with a public no-argument constructor, for ServiceLoader", type.getName())
        .isTrue();
  }

  private static boolean hasPublicNoArgumentConstructor(Class<?> type) {
    try {
      type.getConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  void isDeclaredForTheModulePath() throws IOException {
    Class<?> type = format().getClass();
    Optional<ModuleDescriptor> descriptor = type.getModule().isNamed()
        ? Optional.ofNullable(type.getModule().getDescriptor())
        : descriptorNextTo(type);
    assumeTrue(descriptor.isPresent(), "no module-info next to " + type.getName() + "; module-path registration not checked");
    Set<String> providers = descriptor.get().provides().stream()
        .filter(p -> p.service().equals(FormatProvider.class.getName()))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toSet());
    assertThat(providers)
        .as("module %s must declare 'provides %s with %s'", descriptor.get().name(), FormatProvider.class.getName(), type.getName())
        .contains(type.getName());
  }

  private static Optional<ModuleDescriptor> descriptorNextTo(Class<?> type) throws IOException {
    Optional<byte[]> info = entryNextTo(type, "module-info.class");
    return info.isEmpty() ? Optional.empty() : Optional.of(ModuleDescriptor.read(java.nio.ByteBuffer.wrap(info.get())));
  }

  /** The folder or jar the class was loaded from, if the class loader tells. */
  private static Optional<Path> locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String where(Class<?> type) {
    return locationOf(type).map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).orElse("an unknown place");
  }

  /**
   * A file of the folder or jar a class comes from; when the class loader does not tell where
   * that is, the first such resource it can see.
   */
  private static Optional<byte[]> entryNextTo(Class<?> type, String name) throws IOException {
    Optional<Path> location = locationOf(type);
    if (location.isEmpty()) {
      ClassLoader loader = type.getClassLoader();
      try (InputStream in = loader == null ? null : loader.getResourceAsStream(name)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    }
    Path at = location.get();
    if (Files.isDirectory(at)) {
      Path file = at.resolve(name);
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }
    try (ZipFile jar = new ZipFile(at.toFile())) {
      ZipEntry entry = jar.getEntry(name);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return Optional.of(in.readAllBytes());
      }
    }
  }
}
