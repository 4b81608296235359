package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.junit.jupiter.api.Test;

/**
 * Runs the session of {@code docs/jshell.md} through the JDK's jshell tool itself, started with
 * the arguments {@code hindsight shell} gives it, and checks that the tool's transcript (prompts,
 * echoed input, feedback such as {@code cuba ==> ...} as the tool shortens it, and what snippets
 * print) is the page's, block for block.
 */
class JshellSessionTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String PROMPT = "jshell> ";
  private static final String MORE = "   ...> ";
  /** What jshell prints before its first prompt; it names the version of the JDK, so the page leaves it out. */
  private static final Pattern WELCOME =
      Pattern.compile("\\A\\|  Welcome to JShell -- Version \\S+\n\\|  For an introduction type: /help intro\n");

  /** One {@code ```jshell} block of the page: its text, and the snippets typed in it. */
  record Block(String transcript, List<String> snippets) {}

  static List<Block> blocks(String page) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = null;
    for (String line : page.split("\n", -1)) {
      if (lines == null) {
        if (line.equals("```jshell")) {
          lines = new ArrayList<>();
        }
      } else if (line.equals("```")) {
        blocks.add(new Block(String.join("\n", lines), snippets(lines)));
        lines = null;
      } else {
        lines.add(line);
      }
    }
    return blocks;
  }

  /** The input of a block: each line after a prompt, with the continuation lines under it. */
  private static List<String> snippets(List<String> lines) {
    List<String> snippets = new ArrayList<>();
    boolean typing = false;
    for (String line : lines) {
      if (line.startsWith(PROMPT)) {
        snippets.add(line.substring(PROMPT.length()));
        typing = true;
      } else if (typing && line.startsWith(MORE)) {
        int last = snippets.size() - 1;
        snippets.set(last, snippets.get(last) + "\n" + line.substring(MORE.length()));
      } else {
        typing = false;
      }
    }
    return snippets;
  }

  @Test
  void theDocumentedSessionPrintsWhatThePageShows() throws Exception {
    List<Block> blocks = blocks(Files.readString(ROOT.resolve("docs/jshell.md")));
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
    StringBuilder input = new StringBuilder();
    blocks.forEach(block -> block.snippets().forEach(snippet -> input.append(snippet).append('\n')));

    List<String> chunks = perSnippet(runJshell(input.toString()));

    int from = 0;
    for (int n = 0; n < blocks.size(); n++) {
      Block block = blocks.get(n);
      int to = Math.min(from + block.snippets().size(), chunks.size());
      // In jshell's normal feedback mode the prompt is a blank line and "jshell> ".
      String actual = String.join("\n\n", chunks.subList(from, to));
      assertThat(actual).as("jshell block %d of docs/jshell.md", n + 1).isEqualTo(block.transcript());
      from = to;
    }
    assertThat(chunks).as("what jshell printed for the page's snippets").hasSize(from);
  }

  /**
   * Runs the jshell tool as {@code hindsight shell} does: the same arguments, in the root of the
   * project (as the page's paths assume), with no saved jshell settings, so in the feedback mode
   * a new user gets. Returns what it printed, with its line endings made Unix ones.
   */
  private static String runJshell(String input) throws Exception {
    Path startup = ROOT.resolve("examples/jshell").resolve(ShellCommand.STARTUP);
    List<String> args = new ArrayList<>(new ShellCommand().command(Path.of("jshell"), ShellCommand.classPath(), startup));
    args.remove(0);
    // The JVM that runs the snippets reads the page's relative paths from the root.
    args.add("-R-Duser.dir=" + ROOT);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    // An empty store of settings: a user's saved /set choices (such as a feedback mode) do not count,
    // and none of the environment's (such as an editor) either.
    Map<String, String> settings = new HashMap<>();
    int status = JavaShellToolBuilder.builder()
        .in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null)
        .out(out).err(out)
        .persistence(settings).env(Map.of()).locale(Locale.US)
        .start(args.toArray(String[]::new));
    out.flush();
    String transcript = printed.toString(StandardCharsets.UTF_8);
    assertThat(status).as("jshell's exit status; it printed:%n%s", transcript).isZero();
    // Input that is not a terminal is echoed with a carriage return before each line feed.
    return transcript.replace("\r\n", "\n");
  }

  /**
   * Splits the transcript at the prompts: one piece for each snippet, its prompt and echo first.
   * Only the welcome before the first prompt and the prompt left waiting at the end of the input
   * are dropped; anything else, such as a failing startup script, stays and fails the comparison.
   */
  private static List<String> perSnippet(String transcript) {
    Matcher welcome = WELCOME.matcher(transcript);
    assertThat(welcome.lookingAt()).as("jshell's welcome at the start of:%n%s", transcript).isTrue();
    String session = transcript.substring(welcome.end());
    String first = "\n" + PROMPT;
    // The last line of output, then the prompt, and the line break jshell prints at the end of its input.
    String last = "\n\n" + PROMPT + "\n";
    assertThat(session).startsWith(first).endsWith(last);
    // From the first prompt (less its blank line) to the one left waiting.
    String snippets = session.substring(1, session.length() - last.length());
    return List.of(snippets.split("\n\n(?=" + Pattern.quote(PROMPT) + ")", -1));
  }
}
