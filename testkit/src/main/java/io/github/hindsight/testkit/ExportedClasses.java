package io.github.hindsight.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public classes of a module's exported packages, found beside its classes: the exported
 * packages are read from the {@code module-info.class} of the folder or jar the module's
 * classes come from.
 */
final class ExportedClasses {
  private final Path classes;
  private final Set<String> packages;

  private ExportedClasses(Path classes, Set<String> packages) {
    this.classes = classes;
    this.packages = packages;
  }

  /**
   * The module that holds a class.
   *
   * @throws IllegalArgumentException if the class does not come from a folder or jar with a
   *     {@code module-info.class}
   */
  static ExportedClasses ofModuleOf(Class<?> anyClass) {
    Path classes = locationOf(anyClass);
    return new ExportedClasses(classes, exportedPackages(classes));
  }

  /** Whether a package is one the module exports to everyone. */
  boolean exports(String pkg) {
    return packages.contains(pkg);
  }

  /** The public classes of the exported packages, public nested classes included, by name. */
  List<Class<?>> publicClasses() {
    List<Class<?>> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ClassLoader loader = ExportedClasses.class.getClassLoader();
    for (String pkg : packages) {
      for (String className : classNames(pkg)) {
        Class<?> type;
        try {
          type = Class.forName(className, false, Thread.currentThread().getContextClassLoader() != null
              ? Thread.currentThread().getContextClassLoader() : loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + className, e);
        }
        if (isPublicApi(type) && seen.add(type.getName())) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** Whether a class is public, and so are the classes it is nested in; annotations are not counted. */
  static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return !type.isAnnotation();
  }

  private List<String> classNames(String pkg) {
    Path folder = classes.resolve(pkg.replace('.', '/'));
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString().replace("/", ""))
          .filter(f -> f.endsWith(".class") && !f.equals("package-info.class") && !f.equals("module-info.class"))
          .map(f -> pkg + "." + f.substring(0, f.length() - ".class".length()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of the class's classes, or the root of its jar. */
  private static Path locationOf(Class<?> anyClass) {
    try {
      Path location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location) ? location : FileSystems.newFileSystem(location, (ClassLoader) null).getPath("/");
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new IllegalArgumentException("cannot tell where the classes of " + anyClass.getName() + " are", e);
    }
  }

  private static Set<String> exportedPackages(Path classes) {
    Path info = classes.resolve("module-info.class");
    if (!Files.exists(info)) {
      throw new IllegalArgumentException("no module-info.class in " + classes + ", so no exported packages to check");
    }
    try (InputStream in = Files.newInputStream(info)) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
