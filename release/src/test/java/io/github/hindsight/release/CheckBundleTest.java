package io.github.hindsight.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code release/CheckBundle.java}, as the release dry run does, on a small checkout and the
 * bundle built from it: first as it should be, then broken in one way for each rule of the check.
 * The checkout has a parent, a jar module ({@code hindsight-core}, which inherits its metadata), a
 * BOM without a parent and an unpublished module ({@code hindsight-examples}).
 */
class CheckBundleTest {
  private static final String VERSION = "1.0.0";
  private static final Path CHECK_BUNDLE = Path.of(System.getProperty("hindsight.check-bundle", "CheckBundle.java"));
  private static final String LICENSE_ENTRY = "META-INF/LICENSE";
  private static final byte[] LICENSE = "Apache License\nVersion 2.0, January 2004\n".getBytes(UTF_8);
  private static final String REFUSED = "bundle: 1 problem(s); Central would refuse this bundle";

  private static final String METADATA = """
        <url>https://github.com/hindsight-history/hindsight</url>
        <licenses>
          <license>
            <name>Apache-2.0</name>
            <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
          </license>
        </licenses>
        <developers>
          <developer>
            <name>The Hindsight maintainers</name>
          </developer>
        </developers>
        <scm child.scm.connection.inherit.append.path="false"
             child.scm.developerConnection.inherit.append.path="false"
             child.scm.url.inherit.append.path="false">
          <connection>scm:git:https://github.com/hindsight-history/hindsight.git</connection>
          <developerConnection>scm:git:ssh://git@github.com/hindsight-history/hindsight.git</developerConnection>
          <url>https://github.com/hindsight-history/hindsight</url>
        </scm>
      """;

  private static final String PARENT = """
      <project xmlns="http://maven.apache.org/POM/4.0.0" child.project.url.inherit.append.path="false">
        <modelVersion>4.0.0</modelVersion>
        <groupId>io.github.hindsight</groupId>
        <artifactId>hindsight-parent</artifactId>
        <version>%s</version>
        <packaging>pom</packaging>
        <name>Hindsight</name>
        <description>History questions, judged with reasons.</description>
      %s
        <modules>
          <module>bom</module>
          <module>core</module>
          <module>examples</module>
        </modules>
        <profiles>
          <profile>
            <id>release</id>
            <build>
              <plugins>
                <plugin>
                  <groupId>org.sonatype.central</groupId>
                  <artifactId>central-publishing-maven-plugin</artifactId>
                  <configuration>
                    <excludeArtifacts>
                      <excludeArtifact>hindsight-examples</excludeArtifact>
                    </excludeArtifacts>
                  </configuration>
                </plugin>
              </plugins>
            </build>
          </profile>
        </profiles>
      </project>
      """.formatted(VERSION, METADATA);

  private static final String BOM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>io.github.hindsight</groupId>
        <artifactId>hindsight-bom</artifactId>
        <version>%s</version>
        <packaging>pom</packaging>
        <name>Hindsight BOM</name>
        <description>The versions of the Hindsight modules.</description>
      %s
      </project>
      """.formatted(VERSION, METADATA);

  @TempDir
  Path dir;

  private Path checkout;
  private final Map<String, byte[]> bundle = new TreeMap<>();

  @BeforeEach
  void goodCheckoutAndBundle() throws Exception {
    checkout = dir.resolve("checkout");
    write("LICENSE", LICENSE);
    write("pom.xml", PARENT.getBytes(UTF_8));
    write("bom/pom.xml", BOM.getBytes(UTF_8));
    write("core/pom.xml", module("hindsight-core", "").getBytes(UTF_8));
    write("examples/pom.xml",
        module("hindsight-examples", "<properties><maven.deploy.skip>true</maven.deploy.skip></properties>").getBytes(UTF_8));
    publishPom("hindsight-parent", "pom.xml");
    publishPom("hindsight-bom", "bom/pom.xml");
    publishJarModule("hindsight-core", "core");
  }

  @Test
  void acceptsTheBundleOfTheCheckout() throws Exception {
    Result result = check();

    assertThat(result.lines()).containsExactly("bundle: 3 modules [hindsight-bom, hindsight-core, hindsight-parent], 24 files,"
        + " version 1.0.0: signed, with checksums, complete POMs and the LICENSE in every jar");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void refusesABundleWithoutAPublishedModule() throws Exception {
    bundle.keySet().removeIf(name -> name.startsWith("io/github/hindsight/hindsight-bom/"));

    assertRefused("hindsight-bom: a published module, missing from the bundle");
  }

  @Test
  void refusesABundleWithAnUnpublishedModule() throws Exception {
    publishJarModule("hindsight-examples", "examples");

    assertRefused("hindsight-examples: in the bundle, but the module is not published");
  }

  @Test
  void refusesWhenTheReleaseProfileExcludesOtherModulesThanThoseNotPublished() throws Exception {
    write("pom.xml", PARENT.replace("hindsight-examples</excludeArtifact>", "hindsight-benchmarks</excludeArtifact>").getBytes(UTF_8));

    assertRefused("the release profile excludes [hindsight-benchmarks] from the bundle, but the modules that are not published"
        + " (maven.deploy.skip) are [hindsight-examples]; name the same modules in both places");
  }

  @Test
  void refusesAFileWithoutSignature() throws Exception {
    bundle.remove(path("hindsight-core", ".jar.asc"));

    assertRefused("hindsight-core/hindsight-core-1.0.0.jar: no signature (.asc)");
  }

  @Test
  void refusesAFileWithoutChecksum() throws Exception {
    bundle.remove(path("hindsight-bom", ".pom.md5"));

    assertRefused("hindsight-bom/hindsight-bom-1.0.0.pom: no .md5 checksum");
  }

  @Test
  void refusesAChecksumThatDoesNotMatch() throws Exception {
    bundle.put(path("hindsight-core", ".jar.sha1"), digest("SHA-1", "another jar".getBytes(UTF_8)));

    assertRefused("hindsight-core/hindsight-core-1.0.0.jar: its .sha1 checksum does not match the file");
  }

  @Test
  void refusesAJarWithoutSourcesJar() throws Exception {
    withdraw("hindsight-core", "-sources.jar");

    assertRefused("hindsight-core: no hindsight-core-1.0.0-sources.jar (Central requires sources and javadoc for every jar)");
  }

  @Test
  void refusesAJarWithoutJavadocJar() throws Exception {
    withdraw("hindsight-core", "-javadoc.jar");

    assertRefused("hindsight-core: no hindsight-core-1.0.0-javadoc.jar (Central requires sources and javadoc for every jar)");
  }

  @Test
  void refusesAPomWithoutDescription() throws Exception {
    editPom("hindsight-core", "<description>The hindsight-core module.</description>", "");

    assertRefused("hindsight-core: no <description>");
  }

  @Test
  void refusesAUrlThatMavenWouldInheritWithTheArtifactIdAppended() throws Exception {
    editPom("hindsight-parent", " child.project.url.inherit.append.path=\"false\"", "");

    assertRefused("hindsight-core: <url> would be inherited as https://github.com/hindsight-history/hindsight/hindsight-core,"
        + " a page that does not exist; set child.project.url.inherit.append.path=\"false\" in the parent");
  }

  @Test
  void refusesAnScmUrlThatMavenWouldInheritWithTheArtifactIdAppended() throws Exception {
    editPom("hindsight-parent", " child.scm.url.inherit.append.path=\"false\"", "");

    assertRefused("hindsight-core: <scm><url> would be inherited as https://github.com/hindsight-history/hindsight/hindsight-core,"
        + " a page that does not exist; set child.scm.url.inherit.append.path=\"false\" in the parent");
  }

  @Test
  void refusesASnapshotInAReleasePom() throws Exception {
    editPom("hindsight-core", "</description>", """
        </description>
          <dependencies>
            <dependency>
              <groupId>io.github.hindsight</groupId>
              <artifactId>hindsight-bom</artifactId>
              <version>1.1.0-SNAPSHOT</version>
              <type>pom</type>
            </dependency>
          </dependencies>""");

    assertRefused("hindsight-core/hindsight-core-1.0.0.pom: mentions a -SNAPSHOT version in a release");
  }

  @Test
  void refusesAModuleOfAnotherVersion() throws Exception {
    publish("hindsight-core", ".jar", zip(Map.of("module-info.class", moduleInfo("core", "0.9.0"), LICENSE_ENTRY, LICENSE)));

    assertRefused("hindsight-core/hindsight-core-1.0.0.jar: module-info says version 0.9.0, expected 1.0.0"
        + " (was the tree built before the version was set? release with clean)");
  }

  @Test
  void refusesAJarWithoutLicense() throws Exception {
    publish("hindsight-core", "-sources.jar", zip(Map.of("module-info.java", moduleSource("core"))));

    assertRefused("hindsight-core/hindsight-core-1.0.0-sources.jar: no META-INF/LICENSE");
  }

  @Test
  void refusesAJarWithAnotherLicense() throws Exception {
    publish("hindsight-core", "-javadoc.jar", zip(Map.of("index.html", javadoc("core"), LICENSE_ENTRY, "MIT License\n".getBytes(UTF_8))));

    assertRefused("hindsight-core/hindsight-core-1.0.0-javadoc.jar: META-INF/LICENSE is not Hindsight's LICENSE");
  }

  private static String module(String artifactId, String extra) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>io.github.hindsight</groupId>
            <artifactId>hindsight-parent</artifactId>
            <version>%s</version>
          </parent>
          <artifactId>%s</artifactId>
          <name>Hindsight %2$s</name>
          <description>The %2$s module.</description>
          %s
        </project>
        """.formatted(VERSION, artifactId, extra);
  }

  private void write(String file, byte[] content) throws IOException {
    Path path = checkout.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, content);
  }

  /** The POM, the jar, the sources jar and the javadoc jar of a module of the checkout. */
  private void publishJarModule(String artifactId, String dir) throws Exception {
    publishPom(artifactId, dir + "/pom.xml");
    publish(artifactId, ".jar", zip(Map.of("module-info.class", moduleInfo(dir, VERSION), LICENSE_ENTRY, LICENSE)));
    publish(artifactId, "-sources.jar", zip(Map.of("module-info.java", moduleSource(dir), LICENSE_ENTRY, LICENSE)));
    publish(artifactId, "-javadoc.jar", zip(Map.of("index.html", javadoc(dir), LICENSE_ENTRY, LICENSE)));
  }

  private void publishPom(String artifactId, String pom) throws Exception {
    publish(artifactId, ".pom", Files.readAllBytes(checkout.resolve(pom)));
  }

  /** A file of the bundle as Maven would upload it: signed (by a stand-in signature) and with checksums. */
  private void publish(String artifactId, String suffix, byte[] content) throws NoSuchAlgorithmException {
    String path = path(artifactId, suffix);
    bundle.put(path, content);
    bundle.put(path + ".asc", "-----BEGIN PGP SIGNATURE-----\nstand-in\n-----END PGP SIGNATURE-----\n".getBytes(UTF_8));
    bundle.put(path + ".md5", digest("MD5", content));
    bundle.put(path + ".sha1", digest("SHA-1", content));
  }

  /** A file of the bundle taken out, with its signature and checksums. */
  private void withdraw(String artifactId, String suffix) {
    bundle.keySet().removeIf(name -> name.startsWith(path(artifactId, suffix)));
  }

  /** A POM of the bundle changed as it would have been built, so with a new signature and checksums. */
  private void editPom(String artifactId, String from, String to) throws NoSuchAlgorithmException {
    String pom = new String(bundle.get(path(artifactId, ".pom")), UTF_8);
    assertThat(pom).contains(from);
    publish(artifactId, ".pom", pom.replace(from, to).getBytes(UTF_8));
  }

  private static String path(String artifactId, String suffix) {
    return "io/github/hindsight/" + artifactId + "/" + VERSION + "/" + artifactId + "-" + VERSION + suffix;
  }

  private static byte[] digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content)).getBytes(UTF_8);
  }

  private static byte[] moduleSource(String name) {
    return ("module io.github.hindsight." + name + " {}\n").getBytes(UTF_8);
  }

  private static byte[] javadoc(String name) {
    return ("<!DOCTYPE html><title>io.github.hindsight." + name + "</title>\n").getBytes(UTF_8);
  }

  /** The module-info.class of an empty module, compiled with the version that Maven would give it. */
  private byte[] moduleInfo(String name, String version) throws IOException {
    Path sources = Files.createTempDirectory(dir, "module-info");
    Path source = Files.write(sources.resolve("module-info.java"), moduleSource(name));
    int exitCode = ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", sources.toString(), "--module-version", version, source.toString());
    assertThat(exitCode).as("javac module-info.java").isZero();
    return Files.readAllBytes(sources.resolve("module-info.class"));
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private void assertRefused(String problem) throws Exception {
    Result result = check();

    assertThat(result.lines()).containsExactly("bundle: " + problem, REFUSED);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  /** Runs CheckBundle.java as the dry run does, with the java launcher of this JVM. */
  private Result check() throws Exception {
    Path zip = Files.write(dir.resolve("bundle.zip"), zip(bundle));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        CHECK_BUNDLE.toString(), zip.toString(), checkout.toString(), VERSION)
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("CheckBundle.java finished").isTrue();
    return new Result(process.exitValue(), output.lines().toList());
  }

  private record Result(int exitCode, List<String> lines) {}
}
