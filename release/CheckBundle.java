import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a bundle for the Central Portal the way the Portal would, and more: the right modules
 * and nothing else, every file signed and with checksums, the metadata Central requires in every
 * POM (inherited values included, with links that point somewhere), module versions that match the
 * release, and Hindsight's LICENSE in every jar.
 *
 * <p>Run from the checkout that built the bundle: {@code java release/CheckBundle.java BUNDLE.zip
 * CHECKOUT VERSION}. It prints every problem, one a line, and exits with 1 if there is any.
 */
public final class CheckBundle {
  private static final String GROUP_PATH = "io/github/hindsight/";
  /** The checksums Central requires, sorted so that problems come in the same order every run. */
  private static final Map<String, String> CHECKSUMS = new TreeMap<>(Map.of(".md5", "MD5", ".sha1", "SHA-1"));

  /** Files that sign or sum another file, and so need no signature or checksum of their own. */
  private static final List<String> COMPANION_SUFFIXES = List.of(".asc", ".md5", ".sha1", ".sha256", ".sha512");

  private final List<String> problems = new ArrayList<>();
  private final Path checkout;
  private final String version;
  private final byte[] license;

  private CheckBundle(Path checkout, String version) throws IOException {
    this.checkout = checkout;
    this.version = version;
    this.license = Files.readAllBytes(checkout.resolve("LICENSE"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java CheckBundle.java BUNDLE.zip CHECKOUT VERSION");
      System.exit(2);
    }
    CheckBundle check = new CheckBundle(Path.of(args[1]), args[2]);
    String summary = check.check(Path.of(args[0]));
    check.problems.forEach(p -> System.out.println("bundle: " + p));
    if (!check.problems.isEmpty()) {
      System.out.println("bundle: " + check.problems.size() + " problem(s); Central would refuse this bundle");
      System.exit(1);
    }
    System.out.println("bundle: " + summary);
  }

  private String check(Path bundle) throws Exception {
    Map<String, Module> modules = reactorModules();
    Set<String> expected = new TreeSet<>();
    Set<String> unpublished = new TreeSet<>();
    modules.forEach((artifactId, module) -> (module.published ? expected : unpublished).add(artifactId));
    Set<String> excluded = new TreeSet<>(texts(pom(checkout.resolve("pom.xml")).getDocumentElement(), "excludeArtifact"));
    if (!excluded.equals(unpublished)) {
      problems.add("the release profile excludes " + excluded + " from the bundle, but the modules that are not published"
          + " (maven.deploy.skip) are " + unpublished + "; name the same modules in both places");
    }

    Map<String, Map<String, byte[]>> components = new TreeMap<>();
    int files = 0;
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        files++;
        String name = entry.getName();
        if (!name.startsWith(GROUP_PATH)) {
          problems.add(name + ": outside the io.github.hindsight group");
          continue;
        }
        String[] parts = name.substring(GROUP_PATH.length()).split("/");
        if (parts.length != 3) {
          problems.add(name + ": not laid out as artifactId/version/file");
          continue;
        }
        if (!parts[1].equals(version)) {
          problems.add(name + ": version " + parts[1] + ", expected " + version);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          components.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[2], in.readAllBytes());
        }
      }
    }
    for (String missing : difference(expected, components.keySet())) {
      problems.add(missing + ": a published module, missing from the bundle");
    }
    for (String extra : difference(components.keySet(), expected)) {
      problems.add(extra + ": in the bundle, but " + (unpublished.contains(extra) ? "the module is not published" : "no module of this checkout"));
    }
    for (Map.Entry<String, Map<String, byte[]>> c : components.entrySet()) {
      checkComponent(c.getKey(), c.getValue(), components, Optional.ofNullable(modules.get(c.getKey())));
    }
    return components.size() + " modules " + components.keySet() + ", " + files + " files, version " + version
        + ": signed, with checksums, complete POMs and the LICENSE in every jar";
  }

  private void checkComponent(String artifactId, Map<String, byte[]> files, Map<String, Map<String, byte[]>> all, Optional<Module> module)
      throws Exception {
    String base = artifactId + "-" + version;
    byte[] pomBytes = files.get(base + ".pom");
    if (pomBytes == null) {
      problems.add(artifactId + ": no " + base + ".pom");
      return;
    }
    Element pom = parse(pomBytes).getDocumentElement();
    String packaging = child(pom, "packaging").orElse("jar");
    if (packaging.equals("jar")) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        if (!files.containsKey(base + suffix)) {
          problems.add(artifactId + ": no " + base + suffix + " (Central requires sources and javadoc for every jar)");
        }
      }
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String name = f.getKey();
      if (COMPANION_SUFFIXES.stream().anyMatch(name::endsWith)) {
        continue;
      }
      if (!files.containsKey(name + ".asc")) {
        problems.add(artifactId + "/" + name + ": no signature (.asc)");
      }
      for (Map.Entry<String, String> sum : CHECKSUMS.entrySet()) {
        byte[] recorded = files.get(name + sum.getKey());
        if (recorded == null) {
          problems.add(artifactId + "/" + name + ": no " + sum.getKey() + " checksum");
        } else if (!new String(recorded, "US-ASCII").trim().startsWith(digest(sum.getValue(), f.getValue()))) {
          problems.add(artifactId + "/" + name + ": its " + sum.getKey() + " checksum does not match the file");
        }
      }
      if (name.endsWith(".jar")) {
        checkJar(artifactId + "/" + name, f.getValue(), name.equals(base + ".jar"));
      }
      if (!version.endsWith("-SNAPSHOT") && name.endsWith(".pom") && new String(f.getValue(), "UTF-8").contains("-SNAPSHOT")) {
        problems.add(artifactId + "/" + name + ": mentions a -SNAPSHOT version in a release");
      }
    }
    checkMetadata(artifactId, pom, all);
  }

  private void checkJar(String where, byte[] jar, boolean mainJar) throws IOException {
    boolean hasLicense = false;
    Optional<String> moduleVersion = Optional.empty();
    boolean hasModule = false;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("META-INF/LICENSE")) {
          hasLicense = true;
          if (!java.util.Arrays.equals(in.readAllBytes(), license)) {
            problems.add(where + ": META-INF/LICENSE is not Hindsight's LICENSE");
          }
        } else if (e.getName().equals("module-info.class")) {
          hasModule = true;
          moduleVersion = ModuleDescriptor.read(in).rawVersion();
        }
      }
    }
    if (!hasLicense) {
      problems.add(where + ": no META-INF/LICENSE");
    }
    if (mainJar) {
      if (!hasModule) {
        problems.add(where + ": no module-info.class; every published jar is a named module");
      } else if (!moduleVersion.equals(Optional.of(version))) {
        problems.add(where + ": module-info says version " + moduleVersion.orElse("(none)") + ", expected " + version
            + " (was the tree built before the version was set? release with clean)");
      }
    }
  }

  /** The metadata Central requires, taking what the POM inherits from its parent into account. */
  private void checkMetadata(String artifactId, Element pom, Map<String, Map<String, byte[]>> all) throws Exception {
    Optional<Element> parent = parent(artifactId, pom, all);
    for (String field : List.of("name", "description")) {
      if (child(pom, field).filter(v -> !v.isBlank()).isEmpty()) {
        problems.add(artifactId + ": no <" + field + ">");
      }
    }
    inherited(artifactId, Optional.of(pom), parent, "<url>", "url", "child.project.url.inherit.append.path");
    for (String list : List.of("licenses/license/name", "licenses/license/url", "developers/developer/name")) {
      String[] path = list.split("/");
      if (path(pom, path).or(() -> parent.flatMap(p -> path(p, path))).isEmpty()) {
        problems.add(artifactId + ": no <" + list.replace("/", "><") + ">, here or in its parent");
      }
    }
    Optional<Element> scm = element(pom, "scm");
    Optional<Element> parentScm = parent.flatMap(p -> element(p, "scm"));
    for (String field : List.of("connection", "developerConnection", "url")) {
      inherited(artifactId, scm, parentScm, "<scm><" + field + ">", field, "child.scm." + field + ".inherit.append.path");
    }
  }

  private Optional<Element> parent(String artifactId, Element pom, Map<String, Map<String, byte[]>> all) throws Exception {
    Optional<Element> parentRef = element(pom, "parent");
    if (parentRef.isEmpty()) {
      return Optional.empty();
    }
    String parentId = child(parentRef.get(), "artifactId").orElse("");
    byte[] parentPom = Optional.ofNullable(all.get(parentId)).map(f -> f.get(parentId + "-" + version + ".pom")).orElse(null);
    if (parentPom == null) {
      problems.add(artifactId + ": its parent " + parentId + " is not in the bundle, so what it inherits cannot be resolved");
      return Optional.empty();
    }
    return Optional.of(parse(parentPom).getDocumentElement());
  }

  /**
   * A link that Central requires: the module's own, or its parent's as Maven would inherit it,
   * which is with the module's artifactId appended unless the parent says not to.
   */
  private void inherited(String artifactId, Optional<Element> own, Optional<Element> parent, String tag, String field, String attribute) {
    if (own.flatMap(e -> child(e, field)).isPresent()) {
      return;
    }
    Optional<String> inherited = parent.flatMap(p -> child(p, field));
    if (inherited.isEmpty()) {
      problems.add(artifactId + ": no " + tag + ", here or in its parent");
    } else if (!"false".equals(parent.get().getAttribute(attribute))) {
      problems.add(artifactId + ": " + tag + " would be inherited as " + inherited.get() + "/" + artifactId
          + ", a page that does not exist; set " + attribute + "=\"false\" in the parent");
    }
  }

  /** The modules of the checkout's reactor, by artifactId, with whether each is published. */
  private Map<String, Module> reactorModules() throws Exception {
    Map<String, Module> modules = new TreeMap<>();
    Element root = pom(checkout.resolve("pom.xml")).getDocumentElement();
    modules.put(child(root, "artifactId").orElseThrow(), new Module(true));
    for (String dir : texts(root, "module")) {
      Element module = pom(checkout.resolve(dir).resolve("pom.xml")).getDocumentElement();
      boolean skipped = element(module, "properties").flatMap(p -> child(p, "maven.deploy.skip")).filter("true"::equals).isPresent();
      modules.put(child(module, "artifactId").orElseThrow(), new Module(!skipped));
    }
    return modules;
  }

  private record Module(boolean published) {}

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static String digest(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  private static Document pom(Path file) throws Exception {
    return parse(Files.readAllBytes(file));
  }

  private static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
  }

  private static Optional<Element> element(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> child(Element parent, String name) {
    return element(parent, name).map(e -> e.getTextContent().trim());
  }

  private static Optional<String> path(Element from, String... names) {
    Element at = from;
    for (int i = 0; i < names.length - 1; i++) {
      Optional<Element> next = element(at, names[i]);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      at = next.get();
    }
    return child(at, names[names.length - 1]).filter(v -> !v.isBlank());
  }

  private static List<String> texts(Element root, String tag) {
    List<String> values = new ArrayList<>();
    var nodes = root.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent().trim());
    }
    return values;
  }
}
