package io.github.hindsight.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The standalone BOM stays in step with the build: it manages every published module, and the
 * JUnit that plugin authors get from it is the one the testkit is built against.
 */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void managesTheJunitTheTestkitIsBuiltWith() throws Exception {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    assertThat(first(bom, "<junit.version>(.+?)</junit.version>"))
        .as("JUnit in bom/pom.xml against the parent POM")
        .isEqualTo(first(parent, "<junit.version>(.+?)</junit.version>"));
    assertThat(bom).contains("<artifactId>junit-bom</artifactId>");
  }

  @Test
  void managesEveryPublishedModule() throws Exception {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    TreeSet<String> published = new TreeSet<>();
    for (String module : all(parent, "<module>(.+?)</module>")) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      boolean jar = !pom.contains("<packaging>pom</packaging>");
      if (jar && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(first(pom, "</parent>\\s*<artifactId>(.+?)</artifactId>"));
      }
    }
    assertThat(published).contains("hindsight-core", "hindsight-testkit");
    // What the BOM manages, not its own coordinates at the top of the file.
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    bom = bom.substring(bom.indexOf("<dependencyManagement>"));
    TreeSet<String> managed = new TreeSet<>(all(bom, "<groupId>io\\.github\\.hindsight</groupId>\\s*<artifactId>(.+?)</artifactId>"));
    assertThat(managed).as("Hindsight modules managed by bom/pom.xml").isEqualTo(published);
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in the POM", regex).isTrue();
    return m.group(1);
  }

  private static List<String> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
