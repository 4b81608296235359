package io.github.hindsight.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.support.FormatDescriptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.ServiceLoader;
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

  void isListedForTheClassPath() {
    Class<?> type = format().getClass();
    boolean listed = ServiceLoader.load(FormatProvider.class, type.getClassLoader()).stream().anyMatch(p -> p.type() == type);
    assertThat(listed)
        .as("%s must be named in %s (and have a public no-argument constructor)", type.getName(), SERVICE_FILE)
        .isTrue();
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
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Optional.empty();
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (Files.isDirectory(location)) {
      Path info = location.resolve("module-info.class");
      if (!Files.exists(info)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(info)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    }
    try (ZipFile jar = new ZipFile(location.toFile())) {
      ZipEntry entry = jar.getEntry("module-info.class");
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    }
  }
}
