package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;

/**
 * Replays the session of {@code docs/jshell.md} through the JDK's jshell API, with the startup
 * script of {@code examples/jshell}, and checks that every snippet prints what the page says.
 */
class JshellSessionTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String PROMPT = "jshell> ";
  private static final String MORE = "   ...> ";

  /** One snippet of the page and the output shown under it. */
  record Step(String source, List<String> expected) {}

  static List<Step> steps(String page) {
    List<Step> steps = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder source = null;
    List<String> expected = new ArrayList<>();
    for (String line : page.split("\n", -1)) {
      if (!inBlock) {
        inBlock = line.equals("```jshell");
        continue;
      }
      if (line.equals("```") || line.startsWith(PROMPT)) {
        if (source != null) {
          steps.add(new Step(source.toString(), trimBlank(expected)));
        }
        source = null;
        expected = new ArrayList<>();
        if (line.equals("```")) {
          inBlock = false;
        } else {
          source = new StringBuilder(line.substring(PROMPT.length()));
        }
      } else if (line.startsWith(MORE) && source != null && expected.isEmpty()) {
        source.append('\n').append(line.substring(MORE.length()));
      } else if (source != null) {
        expected.add(line);
      }
    }
    return steps;
  }

  private static List<String> trimBlank(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  @Test
  void theDocumentedSessionPrintsWhatThePageShows() throws IOException {
    List<Step> steps = steps(Files.readString(ROOT.resolve("docs/jshell.md")));
    assertThat(steps).hasSizeGreaterThanOrEqualTo(4);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    // The page's paths are relative to the root of the project, as in a shell started there.
    try (JShell shell = JShell.builder().out(out).err(out).remoteVMOptions("-Duser.dir=" + ROOT, "-Dfile.encoding=UTF-8").build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      evalAll(shell, Files.readString(ROOT.resolve("examples/jshell/hindsight.jsh")), "the startup script");
      int n = 0;
      for (Step step : steps) {
        n++;
        printed.reset();
        List<String> feedback = evalAll(shell, step.source(), "snippet " + n);
        out.flush();
        List<String> actual = new ArrayList<>(printed.toString(StandardCharsets.UTF_8).lines().toList());
        actual.addAll(feedback);
        assertThat(actual).as("output of snippet %d: %s", n, step.source()).isEqualTo(step.expected());
      }
    }
  }

  /** Evaluates source that may hold several snippets; returns jshell's {@code name ==> value} lines. */
  private static List<String> evalAll(JShell shell, String source, String what) {
    List<String> feedback = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String snippet = info.source() == null ? rest : info.source();
      for (SnippetEvent event : shell.eval(snippet)) {
        if (event.exception() != null) {
          throw new AssertionError(what + " threw " + event.exception() + ": " + snippet, event.exception());
        }
        if (event.status() == Snippet.Status.REJECTED) {
          String diagnostics = shell.diagnostics(event.snippet()).map(Diag::toString).collect(Collectors.joining("; "));
          throw new AssertionError(what + " was rejected (" + diagnostics + "): " + snippet);
        }
        if (event.causeSnippet() == null && event.value() != null) {
          String name = event.snippet() instanceof VarSnippet v ? v.name() : null;
          if (name != null) {
            feedback.add(name + " ==> " + event.value());
          }
        }
      }
      rest = info.remaining() == null ? "" : info.remaining();
    }
    return feedback;
  }
}
