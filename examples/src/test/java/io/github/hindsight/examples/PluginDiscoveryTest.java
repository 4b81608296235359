package io.github.hindsight.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import io.github.hindsight.Hindsight;
import io.github.hindsight.diagram.MermaidFormat;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram formats, a module found only through {@code ServiceLoader}, are found by the facade on
 * the class path, on the module path, and in jshell.
 */
class PluginDiscoveryTest {
  @TempDir Path dir;

  /** Where a class was loaded from: a jar, or a folder of classes. */
  private static Path home(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The diagrams, core and what core needs at run time; nothing of the tests. */
  private static List<Path> runtime() throws ClassNotFoundException {
    return List.of(
        home(MermaidFormat.class),
        home(Hindsight.class),
        home(io.github.hindsight.model.Question.class),
        home(io.github.hindsight.judgement.Judge.class),
        // The examples start from the reference questions of the testkit, which brings its own.
        home(Samples.class),
        home(org.junit.jupiter.api.Test.class),
        home(org.junit.platform.commons.JUnitException.class),
        home(org.opentest4j.AssertionFailedError.class),
        home(org.assertj.core.api.Assertions.class),
        home(ImmutableList.class),
        home(Class.forName("com.google.common.util.concurrent.internal.InternalFutureFailureAccess")),
        home(org.jspecify.annotations.NullMarked.class));
  }

  @Test
  void onTheClassPath() throws Exception {
    Hindsight hindsight = Hindsight.standard();

    assertThat(hindsight.formats()).extracting(FormatProvider::id).contains("mermaid", "dot");
    Path file = dir.resolve("cuba.mmd");
    hindsight.write(Samples.cubanMissileCrisis(), file);
    assertThat(Files.readString(file)).contains("flowchart LR");
  }

  @Test
  void aPluginThatThrowsIsReportedAndTheDiagramsStillWork() throws Exception {
    Path services = dir.resolve("plugins/META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(FormatProvider.class.getName()), List.of(BrokenPlugin.class.getName()));
    ClassLoader plugins = new URLClassLoader(new URL[] {dir.resolve("plugins").toUri().toURL()}, getClass().getClassLoader());

    Hindsight hindsight = Hindsight.builder().discoverIn(plugins).build();

    assertThat(hindsight.formats()).extracting(FormatProvider::id).contains("mermaid", "dot").doesNotContain("broken");
    assertThat(hindsight.problems()).singleElement().satisfies(p -> {
      assertThat(p.plugin()).isEqualTo(BrokenPlugin.class.getName());
      assertThat(p.message()).contains("this plugin cannot start");
    });
    hindsight.write(Samples.cubanMissileCrisis(), dir.resolve("still-works.dot"));
    assertThat(dir.resolve("still-works.dot")).isNotEmptyFile();
  }

  @Test
  void onTheModulePath() throws Exception {
    ModuleFinder modulePath = ModuleFinder.of(runtime().toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration()
        // The testkit only for the reference question; the diagrams come in as service providers.
        .resolveAndBind(modulePath, ModuleFinder.of(), Set.of("io.github.hindsight.core", "io.github.hindsight.testkit"));
    // The platform loader as parent: nothing of the class path leaks into the layer.
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.github.hindsight.core");
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    List<?> formats;
    List<?> problems;
    Object facade;
    thread.setContextClassLoader(loader);
    try {
      Class<?> hindsight = loader.loadClass("io.github.hindsight.Hindsight");
      facade = hindsight.getMethod("standard").invoke(null);
      formats = (List<?>) hindsight.getMethod("formats").invoke(facade);
      problems = (List<?>) hindsight.getMethod("problems").invoke(facade);
      Object question = loader.loadClass("io.github.hindsight.testkit.samples.Samples").getMethod("cubanMissileCrisis").invoke(null);
      hindsight.getMethod("write", loader.loadClass("io.github.hindsight.model.Question"), Path.class)
          .invoke(facade, question, dir.resolve("cuba.dot"));
    } finally {
      thread.setContextClassLoader(saved);
    }

    assertThat(problems).isEmpty();
    assertThat(formats).extracting(f -> f.getClass().getModule().getName() + "/" + f.getClass().getName())
        .containsExactly(
            "io.github.hindsight.diagram/io.github.hindsight.diagram.DotFormat",
            "io.github.hindsight.diagram/io.github.hindsight.diagram.MermaidFormat");
    assertThat(Files.readString(dir.resolve("cuba.dot"))).startsWith("digraph hindsight {");
  }

  @Test
  void inJshell() throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assumeTrue(Files.isExecutable(jshell), "this Java has no jshell");
    String classPath = runtime().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path script = dir.resolve("formats.jsh");
    Files.writeString(script, String.join("\n",
        "var hindsight = io.github.hindsight.Hindsight.standard();",
        "System.out.println(\"formats: \" + hindsight.formats().stream().map(f -> f.id()).toList());",
        "System.out.println(\"problems: \" + hindsight.problems());",
        "/exit", ""));
    Path output = dir.resolve("jshell.out");

    Process process = new ProcessBuilder(jshell.toString(),
        // Quick start-up of jshell and of the JVM it runs snippets in matters more here than speed.
        "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1",
        "--class-path", classPath, script.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    // A bound only so that a stuck jshell fails the test instead of hanging the build.
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }

    String printed = Files.readString(output);
    assertThat(finished).as("jshell finished; printed: %s", printed).isTrue();
    assertThat(process.exitValue()).as("jshell exit status; printed: %s", printed).isZero();
    assertThat(printed).contains("formats: [dot, mermaid]").contains("problems: []");
  }
}
