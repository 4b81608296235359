package io.github.hindsight.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java snippets of the README compile as written, so its quick start cannot rot. */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  static List<String> snippets(Path markdown) throws IOException {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(markdown));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Imports stay at the top; the statements go into a method body. */
  static String wrap(String snippet, String className) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports + "class " + className + " {\n  static void run() throws Exception {\n" + body + "  }\n}\n";
  }

  @Test
  void readmeJavaSnippetsCompile(@TempDir Path out) throws IOException {
    List<String> snippets = snippets(Path.of("..", "README.md"));
    assertThat(snippets).isNotEmpty();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    for (int i = 0; i < snippets.size(); i++) {
      String name = "ReadmeSnippet" + i;
      String source = wrap(snippets.get(i), name);
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      StringWriter errors = new StringWriter();
      try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
        boolean ok = compiler.getTask(errors, files, null,
            List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null, List.of(file)).call();
        assertThat(ok).as("README snippet %d:%n%s%n%s", i, source, errors).isTrue();
      }
    }
  }
}
