package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads one document of the authoring format (front matter and Markdown body) into a question or
 * a topic. It walks the CommonMark tree once, keeping the line and column of every part so that
 * each problem, including those that validation finds later, is reported where it was written.
 */
final class DocumentReader {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();
  private static final Pattern EFFECT_LABEL = Pattern.compile("(?i)(\\S+) for");
  private static final Pattern BAND = Pattern.compile("([0-9]{1,6})-([0-9]{1,6})");
  private static final List<String> QUESTION_KEYS = List.of("type", "id", "kind", "kind-label", "topic", "tags", "exam");
  private static final List<String> TOPIC_KEYS = List.of("type", "id", "period", "course", "related-topics", "related-questions");
  private static final List<String> EXAM_KEYS = List.of("board", "paper", "command-word", "marks", "assessment-objectives", "interpretations", "levels", "indicative-content");
  private static final List<String> FIELD_LABELS = List.of("Kind", "Represented by", "Identifier", "Why", "Evidence", "Before the evidence came out",
      "Then", "Known from", "Source", "About", "Held by", "View", "Period", "Author", "Locator", "Favours", "Work", "Date", "School", "Nature",
      "Origin", "Purpose", "Supported by", "Challenged by");
  private static final String ITEM_FORM = "a bullet such as '- **Achieved** — statement `{#id}`'";

  private final Located located;
  private final boolean strict;
  private final List<Extra> extras = new ArrayList<>();
  private final int bodyFirstLine;
  private final String body;
  private final String[] bodyLines;
  private final String frontMatter;
  private final int frontMatterFirstLine;
  private final boolean hasFrontMatter;
  private final Map<String, Location> ids = new HashMap<>();
  /** Every id written in the document, even on an item that could not be built. */
  private final java.util.Set<String> defined = new java.util.HashSet<>();
  private static final Pattern UNKNOWN_REF = Pattern.compile("unknown [a-z]+ '([^']*)'.*");

  /** What a document turned out to hold. */
  record Result(@Nullable Question question, @Nullable Topic topic, Located located, @Nullable String id) {}

  private DocumentReader(Documents.Doc doc, String sourceName, boolean strict) {
    this.located = new Located(sourceName);
    this.strict = strict;
    this.hasFrontMatter = doc.frontMatter() != null;
    this.frontMatter = doc.frontMatter() == null ? "" : doc.frontMatter();
    this.frontMatterFirstLine = doc.frontMatterFirstLine();
    this.body = doc.body();
    this.bodyFirstLine = doc.bodyFirstLine();
    this.bodyLines = body.split("\n", -1);
    located.path("", located.at(doc.firstLine(), 1));
  }

  /**
   * Reads a document.
   *
   * @param doc the document
   * @param sourceName the name for locations
   * @param strict strict or lenient reading
   * @return the question or topic it holds, with every problem found
   */
  static Result read(Documents.Doc doc, String sourceName, boolean strict) {
    return new DocumentReader(doc, sourceName, strict).read();
  }

  // Locations ---------------------------------------------------------------------------------

  private Location at(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      Node parent = node.getParent();
      return parent == null ? located.at(bodyFirstLine, 1) : at(parent);
    }
    SourceSpan s = spans.get(0);
    return located.at(bodyFirstLine + s.getLineIndex(), s.getColumnIndex() + 1);
  }

  private int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  private int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  private String raw(Node node) {
    StringBuilder sb = new StringBuilder();
    for (SourceSpan s : node.getSourceSpans()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(body, s.getInputIndex(), s.getInputIndex() + s.getLength());
    }
    return sb.toString();
  }

  /** Body lines from {@code first} to {@code last} (indexes in the body), less {@code indent} leading characters. */
  private String lines(int first, int last, int indent) {
    int end = last;
    while (end > first && bodyLines[end].isBlank()) {
      end--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= end; i++) {
      String l = bodyLines[i];
      sb.append(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip());
      if (i < end) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  // Inline text -------------------------------------------------------------------------------

  private String plain(@Nullable Node from, @Nullable Node to) {
    StringBuilder sb = new StringBuilder();
    for (Node n = from; n != null && n != to; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append(' ');
      } else {
        // Markup that the writer never produces, kept as written so that no text is lost.
        sb.append(raw(n));
      }
    }
    return sb.toString();
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Text after a bold label with no colon: one separator (an em dash, en dash, hyphen or colon) is dropped. */
  private static String afterSeparator(String s) {
    String t = trim(s);
    for (String sep : List.of("— ", "– ", "- ", ": ")) {
      if (t.startsWith(sep)) {
        return trim(t.substring(sep.length()));
      }
    }
    return t.equals("—") || t.equals("–") || t.equals(":") ? "" : t;
  }

  /** A one-line paragraph split into a bold lead, the text, and a trailing {@code {#id ...}} code span. */
  private final class Line {
    final Node node;
    @Nullable String lead;
    @Nullable Node leadNode;
    final List<Node> rest = new ArrayList<>();
    @Nullable Code attrs;

    Line(Node paragraph) {
      this.node = paragraph;
      Node n = paragraph.getFirstChild();
      if (n instanceof StrongEmphasis strong) {
        lead = trim(plain(strong.getFirstChild(), null));
        leadNode = strong;
        n = n.getNext();
      }
      for (; n != null; n = n.getNext()) {
        rest.add(n);
      }
      if (!rest.isEmpty() && rest.get(rest.size() - 1) instanceof Code c && c.getLiteral().startsWith("{") && c.getLiteral().endsWith("}")) {
        attrs = c;
        rest.remove(rest.size() - 1);
      }
    }

    /** The label: the lead without its colon. */
    String label() {
      String l = lead == null ? "" : lead;
      return l.endsWith(":") ? trim(l.substring(0, l.length() - 1)) : l;
    }

    String text() {
      String s = rest.isEmpty() ? "" : plain(rest.get(0), attrs);
      return lead != null && !lead.endsWith(":") ? afterSeparator(s) : trim(s);
    }

    /** Where the text starts: past the spaces and the separator after the lead. */
    Location textAt() {
      if (rest.isEmpty()) {
        return at(node);
      }
      Location start = at(rest.get(0));
      if (!(rest.get(0) instanceof Text t) || start.column().isEmpty()) {
        return start;
      }
      String literal = t.getLiteral();
      String after = lead != null && !lead.endsWith(":") ? afterSeparator(literal) : trim(literal);
      int skipped = after.isEmpty() ? 0 : Math.max(0, literal.indexOf(after));
      return located.at(start.line().getAsInt(), start.column().getAsInt() + skipped);
    }

    Location leadAt() {
      return leadNode == null ? at(node) : at(leadNode);
    }
  }

  /** The {@code {#id key=value}} attributes of an item. */
  private final class Attrs {
    @Nullable String id;
    final Map<String, String> values = new LinkedHashMap<>();
    final Location at;

    Attrs(Line line, String what, List<String> keys) {
      this.at = line.attrs == null ? at(line.node) : at(line.attrs);
      if (line.attrs == null) {
        located.problem(at, what + " has no id: expected its id at the end of the line in the form `{#some-id}`");
        return;
      }
      String inner = line.attrs.getLiteral().substring(1, line.attrs.getLiteral().length() - 1).trim();
      for (String token : inner.split("\\s+")) {
        if (token.isEmpty()) {
          continue;
        }
        if (token.startsWith("#") && id == null) {
          id = token.substring(1);
          continue;
        }
        int eq = token.indexOf('=');
        String key = eq < 0 ? token : token.substring(0, eq);
        String value = eq < 0 ? "yes" : token.substring(eq + 1);
        if (!keys.contains(key)) {
          located.problem(at, "unknown attribute '" + token + "' of " + what + "; expected #id"
              + (keys.isEmpty() ? "" : " and " + String.join(", ", keys.stream().map(k -> k + "=...").toList())));
        } else {
          values.put(key, value);
        }
      }
      if (id == null) {
        located.problem(at, what + " has no id: expected `{#some-id ...}` but found `" + line.attrs.getLiteral() + "`");
      } else {
        defined.add(id);
      }
    }

    <E> @Nullable E word(String key, Function<String, E> parse) {
      String v = values.get(key);
      if (v == null) {
        return null;
      }
      try {
        return parse.apply(v);
      } catch (IllegalArgumentException e) {
        located.problem(at, key + ": " + e.getMessage());
        return null;
      }
    }
  }

  private <E> @Nullable E word(String written, Location at, Function<String, E> parse) {
    String word = MarkdownText.word(written);
    try {
      return parse.apply(word);
    } catch (IllegalArgumentException e) {
      located.problem(at, e.getMessage().replace("'" + word + "'", "'" + written + "'"));
      return null;
    }
  }

  private @Nullable HistoricalDate date(String written, Location at) {
    try {
      return HistoricalDate.parse(written);
    } catch (IllegalArgumentException e) {
      located.problem(at, e.getMessage());
      return null;
    }
  }

  /** Ids in backticks separated by commas, each registered at {@code path[k]}. */
  private List<String> refs(Line line, String path) {
    List<String> out = new ArrayList<>();
    for (Node n : line.rest) {
      if (n instanceof Code c) {
        located.path(path + "[" + out.size() + "]", at(c));
        out.add(c.getLiteral());
      } else if (!(n instanceof Text t && t.getLiteral().replace(",", "").replace(" and ", " ").isBlank())) {
        located.problem(at(n), "expected ids in backticks separated by commas, such as `turkey-deal`, `no-invasion-pledge`, but found '" + raw(n) + "'");
      }
    }
    if (line.attrs != null) {
      located.problem(at(line.attrs), "expected ids in backticks separated by commas but found '" + line.attrs.getLiteral() + "'");
    }
    return out;
  }

  /** One id in backticks, then optional text after a separator: {@code `cuba` — a note}. */
  private record CodeAndText(@Nullable String code, String text, Location codeAt) {}

  private CodeAndText codeAndText(Line line, String form) {
    Node n = null;
    int i = 0;
    for (; i < line.rest.size(); i++) {
      Node r = line.rest.get(i);
      if (r instanceof Text t && t.getLiteral().isBlank()) {
        continue;
      }
      n = r;
      break;
    }
    if (!(n instanceof Code c)) {
      located.problem(n == null ? line.textAt() : at(n), "expected " + form + " but found '" + trim(raw(line.node)) + "'");
      return new CodeAndText(null, "", line.textAt());
    }
    String text = i + 1 < line.rest.size() ? afterSeparator(plain(line.rest.get(i + 1), line.attrs)) : "";
    return new CodeAndText(c.getLiteral(), text, at(c));
  }

  // Structure ---------------------------------------------------------------------------------

  private void stray(Node block, String anchor, String expected) {
    if (strict) {
      located.problem(at(block), "unexpected " + describe(block) + "; expected " + expected);
    } else {
      extras.add(Extra.builder().format(MarkdownIds.MARKDOWN).location(MarkdownIds.AFTER + anchor).name("text")
          .content(lines(firstLine(block), lastLine(block), 0)).build());
    }
  }

  private static String describe(Node n) {
    if (n instanceof Heading h) {
      return "heading of level " + h.getLevel();
    }
    if (n instanceof Paragraph) {
      return "paragraph";
    }
    if (n instanceof BulletList) {
      return "bullet list";
    }
    if (n instanceof BlockQuote) {
      return "block quote";
    }
    if (n instanceof TableBlock) {
      return "table";
    }
    return n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private void unknownField(String section, @Nullable String id, ListItem item, Line line, String what, List<String> expected) {
    if (strict || id == null) {
      located.problem(line.leadAt(), "unknown field '" + (line.lead == null ? trim(raw(line.node)) : line.label()) + "' of " + what
          + "; expected " + (expected.isEmpty() ? "no fields" : "one of " + String.join(", ", expected.stream().map(e -> "**" + e + ":**").toList())));
    } else {
      int indent = at(item).column().orElse(1) - 1;
      extras.add(Extra.builder().format(MarkdownIds.MARKDOWN).location(MarkdownIds.ITEM + section + "/" + id)
          .name(line.lead == null || line.label().isEmpty() ? "text" : line.label())
          .content(lines(firstLine(item), lastLine(item), indent)).build());
    }
  }

  /** The field items of a list: each a {@code **Label:** value} bullet, possibly with its own bullets. */
  private record Field(ListItem item, Line line, @Nullable BulletList nested) {}

  private List<Field> fields(@Nullable Node list, String what) {
    List<Field> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node first = item.getFirstChild();
      if (!(first instanceof Paragraph)) {
        located.problem(at(item), "expected a field of " + what + " such as '- **Why:** ...' but found an empty bullet");
        continue;
      }
      BulletList nested = null;
      for (Node n = first.getNext(); n != null; n = n.getNext()) {
        if (n instanceof BulletList b && nested == null) {
          nested = b;
        } else {
          located.problem(at(n), "unexpected " + describe(n) + " inside a field of " + what + "; expected only nested bullets");
        }
      }
      out.add(new Field((ListItem) item, new Line(first), nested));
    }
    return out;
  }

  private static boolean is(Line line, String label) {
    return line.label().equalsIgnoreCase(label);
  }

  private void once(Map<String, Location> seen, Field f, String what) {
    Location first = seen.putIfAbsent(f.line.label().toLowerCase(Locale.ROOT), f.line.leadAt());
    if (first != null) {
      located.problem(f.line.leadAt(), "the field **" + f.line.label() + ":** of " + what + " is given twice (first at line " + first.line().orElse(0) + "); expected it once");
    }
  }

  private void noNested(Field f) {
    boolean known = FIELD_LABELS.stream().anyMatch(l -> l.equalsIgnoreCase(f.line.label())) || EFFECT_LABEL.matcher(f.line.label()).matches();
    // Unknown fields are reported, or kept whole, by unknownField.
    if (known && f.nested != null) {
      located.problem(at(f.nested), "unexpected nested bullets under **" + f.line.label() + ":**");
    }
  }

  private boolean uniqueId(String kind, @Nullable String id, Location at) {
    if (id == null) {
      return false;
    }
    Location first = ids.putIfAbsent(kind + "/" + id, at);
    if (first != null) {
      located.problem(at, "duplicate " + kind + " id '" + id + "' (first at line " + first.line().orElse(0) + "); expected every " + kind + " id once");
      return false;
    }
    return true;
  }

  // The document ------------------------------------------------------------------------------

  private Result read() {
    Yaml.Node fm = null;
    if (!hasFrontMatter) {
      located.problem(located.at(bodyFirstLine, 1), "missing front matter: expected the document to start with a line '---', then YAML such as 'id: my-question', then another '---'");
    } else {
      try {
        fm = Yaml.read(frontMatter, frontMatterFirstLine);
      } catch (Yaml.SyntaxError e) {
        located.problem(located.at(e.line, e.column), e.getMessage());
      }
      if (fm != null && fm.map == null) {
        located.problem(located.at(fm.line, fm.column), "expected the front matter to be a YAML mapping such as 'id: my-question' but found " + fm.kind());
        fm = null;
      }
    }
    Node doc = PARSER.parse(body);
    String type = fm == null ? null : scalar(fm, "type");
    if ("topic".equals(type)) {
      return new Result(null, topic(fm, doc), located, rawId(fm));
    }
    if (type != null && !type.equals("question")) {
      located.problem(keyAt(fm, "type"), "'" + type + "' is not a document type; expected question or topic");
    }
    return new Result(question(fm, doc), null, located, rawId(fm));
  }

  private static @Nullable String rawId(Yaml.@Nullable Node fm) {
    Yaml.Node id = fm == null || fm.map == null ? null : fm.map.get("id");
    return id == null ? null : id.scalar;
  }

  private Location keyAt(Yaml.Node map, String key) {
    int[] pos = map.keyPositions == null ? null : map.keyPositions.get(key);
    return pos == null ? located.at(map.line, map.column) : located.at(pos[0], pos[1]);
  }

  private Location valueAt(Yaml.Node node) {
    return located.at(node.line, node.column);
  }

  private @Nullable String scalar(Yaml.@Nullable Node map, String key) {
    if (map == null || map.map == null) {
      return null;
    }
    Yaml.Node v = map.map.get(key);
    if (v == null) {
      return null;
    }
    if (v.scalar == null) {
      located.problem(valueAt(v), "'" + key + "' must be a single value but found " + v.kind());
      return null;
    }
    return v.scalar;
  }

  private List<String> scalars(Yaml.@Nullable Node map, String key, String path) {
    List<String> out = new ArrayList<>();
    if (map == null || map.map == null || !map.map.containsKey(key)) {
      return out;
    }
    Yaml.Node v = map.map.get(key);
    if (v.list == null) {
      located.problem(valueAt(v), "'" + key + "' must be a list such as [a, b] but found " + v.kind());
      return out;
    }
    for (Yaml.Node item : v.list) {
      if (item.scalar == null) {
        located.problem(valueAt(item), "each entry of '" + key + "' must be a single value but found " + item.kind());
      } else {
        located.path(path + "[" + out.size() + "]", valueAt(item));
        out.add(item.scalar);
      }
    }
    return out;
  }

  private void unknownKeys(Yaml.Node map, List<String> known, String what, boolean keepable) {
    if (map.map == null) {
      return;
    }
    for (String key : map.map.keySet()) {
      if (known.contains(key)) {
        continue;
      }
      Location at = keyAt(map, key);
      if (strict || !keepable) {
        located.problem(at, "unknown key '" + key + "' in " + what + "; expected one of " + String.join(", ", known));
      } else {
        extras.add(Extra.builder().format(MarkdownIds.MARKDOWN).location(MarkdownIds.FRONT_MATTER).name(key)
            .content(frontMatterEntry(at.line().orElse(frontMatterFirstLine))).build());
      }
    }
  }

  /** The raw lines of a top-level front matter entry starting on a document line. */
  private String frontMatterEntry(int line) {
    String[] lines = frontMatter.split("\n", -1);
    int first = line - frontMatterFirstLine;
    int last = first;
    while (last + 1 < lines.length && (lines[last + 1].isEmpty() || lines[last + 1].startsWith(" ") || lines[last + 1].startsWith("-") || lines[last + 1].startsWith("#"))) {
      last++;
    }
    while (last > first && lines[last].isBlank()) {
      last--;
    }
    return String.join("\n", List.of(lines).subList(first, last + 1));
  }

  private @Nullable Heading title(Node doc, List<Node> before) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 1) {
        return h;
      }
      if (n instanceof Heading h && h.getLevel() == 2) {
        return null;
      }
      before.add(n);
    }
    return null;
  }

  private @Nullable Topic topic(Yaml.Node fm, Node doc) {
    unknownKeys(fm, TOPIC_KEYS, "the front matter of a topic", false);
    String id = scalar(fm, "id");
    if (id != null) {
      located.path("id", valueAt(fm.map.get("id")));
    } else {
      located.problem(located.at(fm.line, fm.column), "the topic has no id: expected 'id: some-topic' in the front matter");
    }
    List<Node> before = new ArrayList<>();
    Heading title = title(doc, before);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n != title) {
        located.problem(at(n), "unexpected " + describe(n) + " in a topic; expected only its title, such as '# The Cuban Missile Crisis'");
      }
    }
    if (title == null) {
      located.problem(doc.getFirstChild() == null ? located.at(bodyFirstLine, 1) : at(doc.getFirstChild()), "missing title: expected a heading such as '# The Cuban Missile Crisis' after the front matter");
      return null;
    }
    located.path("title", at(title));
    Topic.Builder t = Topic.builder().title(trim(plain(title.getFirstChild(), null)));
    String period = scalar(fm, "period");
    String course = scalar(fm, "course");
    if (period != null) {
      located.path("period", valueAt(fm.map.get("period")));
      t.period(period);
    }
    if (course != null) {
      located.path("course", valueAt(fm.map.get("course")));
      t.course(course);
    }
    t.relatedTopics(scalars(fm, "related-topics", "relatedTopics"));
    t.relatedQuestions(scalars(fm, "related-questions", "relatedQuestions"));
    if (id == null) {
      return null;
    }
    t.id(id);
    Topic topic = located.build("", "topic", t::build);
    return located.problems().isEmpty() ? topic : null;
  }

  // Questions ---------------------------------------------------------------------------------

  private final List<Actor> actors = new ArrayList<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final List<Consequence> consequences = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<Perception> perceptions = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<Interpretation> interpretations = new ArrayList<>();
  private final List<Criterion> criteria = new ArrayList<>();
  private final List<String> guidance = new ArrayList<>();

  private record Section(String name, @Nullable String known, Heading heading, List<Node> blocks) {}

  private @Nullable Question question(Yaml.@Nullable Node fm, Node doc) {
    Question.Builder q = Question.builder();
    String id = null;
    if (fm != null) {
      unknownKeys(fm, QUESTION_KEYS, "the front matter", true);
      id = scalar(fm, "id");
      if (id == null) {
        located.problem(located.at(fm.line, fm.column), "the question has no id: expected 'id: some-question' in the front matter");
      } else {
        located.path("id", valueAt(fm.map.get("id")));
      }
      frontMatterFields(fm, q);
    }

    List<Node> before = new ArrayList<>();
    Heading title = title(doc, before);
    String prompt = null;
    if (title == null) {
      located.problem(doc.getFirstChild() == null ? located.at(bodyFirstLine, 1) : at(doc.getFirstChild()), "missing title: expected the question as a heading, such as '# Who won the Cuban Missile Crisis?', before the first section");
    } else {
      located.path("prompt", at(title));
      prompt = trim(plain(title.getFirstChild(), null));
    }
    for (Node n : before) {
      stray(n, MarkdownIds.TITLE, "the question as a '# ' heading first");
    }

    List<Section> sections = new ArrayList<>();
    Map<String, Location> seenSections = new HashMap<>();
    Section current = null;
    for (Node n = title == null ? doc.getFirstChild() : title.getNext(); n != null; n = n.getNext()) {
      if (title == null && before.contains(n)) {
        continue;
      }
      if (n instanceof Heading h && h.getLevel() <= 2) {
        String name = trim(plain(h.getFirstChild(), null));
        String known = Sections.ALL.stream().filter(s -> s.equalsIgnoreCase(name)).findFirst().orElse(null);
        if (h.getLevel() == 1) {
          known = null;
        }
        if (known != null) {
          Location first = seenSections.putIfAbsent(known, at(h));
          if (first != null) {
            located.problem(at(h), "the section '## " + known + "' appears twice (first at line " + first.line().orElse(0) + "); expected each section once");
          }
        }
        current = new Section(name, known, h, new ArrayList<>());
        sections.add(current);
      } else if (current == null) {
        stray(n, MarkdownIds.TITLE, "a section such as '## Actors' after the title");
      } else {
        current.blocks.add(n);
      }
    }

    // Actors first, so that objective headings may name them; the rest in document order.
    sections.stream().filter(s -> Sections.ACTORS.equals(s.known)).forEach(this::section);
    String previous = MarkdownIds.TITLE;
    for (Section s : sections) {
      if (s.known == null) {
        if (strict || s.heading.getLevel() == 1) {
          located.problem(at(s.heading), "unknown section '" + s.name + "'; expected one of " + Sections.ALL.stream().map(x -> "'## " + x + "'").collect(Collectors.joining(", ")));
        } else {
          int last = s.blocks.isEmpty() ? firstLine(s.heading) : lastLine(s.blocks.get(s.blocks.size() - 1));
          extras.add(Extra.builder().format(MarkdownIds.MARKDOWN).location(MarkdownIds.AFTER + previous).name(s.name)
              .content(lines(firstLine(s.heading), last, 0)).build());
        }
      } else if (!Sections.ACTORS.equals(s.known)) {
        section(s);
      }
      previous = s.known == null ? s.name : s.known;
    }

    String questionId = id;
    String questionPrompt = prompt;
    if (id != null) {
      located.build("", "question", () -> Question.builder().id(questionId).prompt("?").build());
    }
    if (prompt != null) {
      located.build("", "question", () -> Question.builder().id("q").prompt(questionPrompt).build());
    }
    // With problems already found, the question is still built from what could be read, with
    // stand-ins, so that validation reports broken references in the same report.
    boolean broken = !located.problems().isEmpty();
    q.id(id == null || broken ? "broken" : id).prompt(prompt == null || broken ? "?" : prompt).guidance(guidance).actors(actors).objectives(objectives).consequences(consequences)
        .evidence(evidence).perceptions(perceptions).sources(sources).interpretations(interpretations).criteria(criteria)
        .extras(extras);
    if (broken) {
      q.kindLabel(Optional.empty()).kind(QuestionKind.WHO_WON).topic(Optional.empty()).tags(List.of());
    }
    Question question = broken ? tryBuild(q) : located.build("", "question", q::build);
    if (question == null) {
      return null;
    }
    for (Problem p : question.validate().errors()) {
      Matcher m = UNKNOWN_REF.matcher(p.message());
      if (broken && m.matches() && defined.contains(m.group(1))) {
        continue;
      }
      located.problem(located.locate(p.path()), p.message());
    }
    if (!located.problems().isEmpty()) {
      return null;
    }
    // Extras go in the order the writer puts them back, so that writing and reading again gives an equal question.
    return question.extras().size() < 2 ? question : question.withExtras(CanonicalWriter.extrasInWrittenOrder(question));
  }

  private static @Nullable Question tryBuild(Question.Builder q) {
    try {
      return q.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Already reported item by item; the stand-in only serves to find more problems.
      return null;
    }
  }

  private void frontMatterFields(Yaml.Node fm, Question.Builder q) {
    String kind = scalar(fm, "kind");
    String label = scalar(fm, "kind-label");
    if (kind != null) {
      located.path("kind", valueAt(fm.map.get("kind")));
      QuestionKind k = word(kind, valueAt(fm.map.get("kind")), QuestionKind::fromWord);
      if (k != null) {
        q.kind(k);
        Optional<String> l = Optional.ofNullable(label);
        located.build("", "question", () -> Question.builder().id("q").prompt("?").kind(k).kindLabel(l).build());
      }
    }
    if (label != null) {
      located.path("kindLabel", valueAt(fm.map.get("kind-label")));
      q.kindLabel(label);
    }
    String topic = scalar(fm, "topic");
    if (topic != null) {
      located.path("topic", valueAt(fm.map.get("topic")));
      q.topic(topic);
      located.build("", "question", () -> Question.builder().id("q").prompt("?").topic(topic).build());
    }
    List<String> tags = scalars(fm, "tags", "tags");
    q.tags(tags);
    located.build("", "question", () -> Question.builder().id("q").prompt("?").tags(tags).build());
    if (fm.map.containsKey("exam")) {
      Yaml.Node exam = fm.map.get("exam");
      located.path("exam", valueAt(exam));
      ExamMetadata e = exam(exam);
      if (e != null) {
        q.exam(e);
      }
    }
  }

  private @Nullable ExamMetadata exam(Yaml.Node exam) {
    if (exam.map == null) {
      located.problem(valueAt(exam), "'exam' must be a mapping with keys such as command-word and marks but found " + exam.kind());
      return null;
    }
    unknownKeys(exam, EXAM_KEYS, "'exam'", false);
    ExamMetadata.Builder e = ExamMetadata.builder();
    for (String key : List.of("board", "paper", "command-word")) {
      String v = scalar(exam, key);
      if (v != null) {
        String field = key.equals("command-word") ? "commandWord" : key;
        located.path("exam." + field, valueAt(exam.map.get(key)));
        switch (key) {
          case "board" -> e.board(v);
          case "paper" -> e.paper(v);
          default -> e.commandWord(v);
        }
      }
    }
    String marks = scalar(exam, "marks");
    if (marks != null) {
      located.path("exam.marks", valueAt(exam.map.get("marks")));
      Integer m = wholeNumber(marks, valueAt(exam.map.get("marks")), "marks");
      if (m != null) {
        e.marks(m);
      }
    }
    e.assessmentObjectives(scalars(exam, "assessment-objectives", "exam.assessmentObjectives"));
    e.indicativeContent(scalars(exam, "indicative-content", "exam.indicativeContent"));
    Yaml.Node labelled = exam.map.get("interpretations");
    if (labelled != null) {
      if (labelled.map == null) {
        located.problem(valueAt(labelled), "'interpretations' must map each label to an interpretation id, such as 'A: kennedy-victory', but found " + labelled.kind());
      } else {
        int i = 0;
        for (Map.Entry<String, Yaml.Node> entry : labelled.map.entrySet()) {
          String path = "exam.interpretations[" + i + "]";
          Location at = keyAt(labelled, entry.getKey());
          located.path(path, at);
          if (entry.getValue().scalar == null) {
            located.problem(valueAt(entry.getValue()), "the interpretation labelled '" + entry.getKey() + "' must be an id but found " + entry.getValue().kind());
            continue;
          }
          located.path(path + ".interpretation", valueAt(entry.getValue()));
          LabelledInterpretation li = located.build(path, "labelled interpretation", () -> LabelledInterpretation.of(entry.getKey(), entry.getValue().scalar));
          if (li != null) {
            e.addInterpretation(li);
            i++;
          }
        }
      }
    }
    Yaml.Node levels = exam.map.get("levels");
    if (levels != null) {
      if (levels.list == null) {
        located.problem(valueAt(levels), "'levels' must be a list of levels, each with level, marks and descriptor, but found " + levels.kind());
      } else {
        for (Yaml.Node level : levels.list) {
          LevelDescriptor l = level(level);
          if (l != null) {
            e.addLevel(l);
          }
        }
      }
    }
    return located.build("exam", "exam", e::build);
  }

  private @Nullable Integer wholeNumber(String text, Location at, String what) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException ex) {
      located.problem(at, "'" + what + "' must be a whole number but found '" + text + "'");
      return null;
    }
  }

  private @Nullable LevelDescriptor level(Yaml.Node level) {
    if (level.map == null) {
      located.problem(valueAt(level), "a level must be a mapping with level, marks and descriptor but found " + level.kind());
      return null;
    }
    unknownKeys(level, List.of("level", "marks", "descriptor"), "a level", false);
    String number = scalar(level, "level");
    String marks = scalar(level, "marks");
    String descriptor = scalar(level, "descriptor");
    LevelDescriptor.Builder l = LevelDescriptor.builder();
    boolean complete = true;
    if (number == null || marks == null || descriptor == null) {
      located.problem(valueAt(level), "a level needs level, marks (such as 5-8) and descriptor");
      return null;
    }
    Integer n = wholeNumber(number, valueAt(level.map.get("level")), "level");
    Matcher band = BAND.matcher(marks);
    if (!band.matches()) {
      located.problem(valueAt(level.map.get("marks")), "'marks' of a level must be a band such as 5-8 but found '" + marks + "'");
      complete = false;
    }
    if (n == null || !complete) {
      return null;
    }
    String prefix = "exam.levels";
    located.path(prefix, valueAt(level));
    return located.build(prefix, "level", () -> l.level(n).minMarks(Integer.parseInt(band.group(1))).maxMarks(Integer.parseInt(band.group(2))).descriptor(descriptor).build());
  }

  private void section(Section s) {
    String known = s.known;
    switch (known) {
      case Sections.GUIDANCE -> guidance(s);
      case Sections.ACTORS -> headed(s, "actor", "'### Soviet Union `ussr`'", this::actor);
      case Sections.OBJECTIVES -> headed(s, "group of objectives", "'### Soviet Union `ussr`'", this::objectiveGroup);
      case Sections.INTERPRETATIONS -> headed(s, "interpretation", "'### Interpretation `kennedy-victory`'", this::interpretation);
      case Sections.CRITERIA -> criteria(s);
      default -> items(s);
    }
  }

  private void guidance(Section s) {
    for (Node b : s.blocks) {
      if (!(b instanceof BulletList)) {
        stray(b, s.known, "guidance as bullets");
        continue;
      }
      for (Node item = b.getFirstChild(); item != null; item = item.getNext()) {
        Node p = item.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) {
          located.problem(at(item), "expected each piece of guidance as one bullet of text");
          continue;
        }
        located.path("guidance[" + guidance.size() + "]", at(p));
        guidance.add(trim(plain(p.getFirstChild(), null)));
      }
    }
    located.build("", "guidance", () -> Question.builder().id("q").prompt("?").guidance(guidance).build());
  }

  private interface HeadedBody {
    void read(Heading heading, List<Node> blocks);
  }

  private void headed(Section s, String what, String form, HeadedBody body) {
    Heading heading = null;
    List<Node> blocks = new ArrayList<>();
    for (Node b : s.blocks) {
      if (b instanceof Heading h && h.getLevel() == 3) {
        if (heading != null) {
          body.read(heading, blocks);
        }
        heading = h;
        blocks = new ArrayList<>();
      } else if (heading == null) {
        stray(b, s.known, "a heading for each " + what + ", such as " + form);
      } else {
        blocks.add(b);
      }
    }
    if (heading != null) {
      body.read(heading, blocks);
    }
  }

  /** The text and the trailing id of a heading such as {@code ### Soviet Union `ussr`}. */
  private record NamedHeading(String name, @Nullable String id, Location idAt) {}

  private NamedHeading named(Heading h, String form) {
    Node last = h.getLastChild();
    if (last instanceof Code c) {
      defined.add(c.getLiteral());
      return new NamedHeading(trim(plain(h.getFirstChild(), c)), c.getLiteral(), at(c));
    }
    located.problem(at(h), "expected the id in backticks at the end of the heading, as in " + form + ", but found '" + trim(raw(h)) + "'");
    return new NamedHeading(trim(plain(h.getFirstChild(), null)), null, at(h));
  }

  private @Nullable BulletList onlyList(List<Node> blocks, String section, String what) {
    BulletList list = null;
    for (Node b : blocks) {
      if (b instanceof BulletList l && list == null) {
        list = l;
      } else {
        stray(b, section, "the fields of the " + what + " as bullets such as '- **Kind:** state'");
      }
    }
    return list;
  }

  private void actor(Heading h, List<Node> blocks) {
    NamedHeading named = named(h, "'### Soviet Union `ussr`'");
    String path = "actors[" + actors.size() + "]";
    Actor.Builder a = Actor.builder().name(named.name);
    Map<String, Location> seen = new HashMap<>();
    Map<String, Location> schemes = new HashMap<>();
    List<String> expected = List.of("Kind", "Represented by", "Identifier");
    for (Field f : fields(onlyList(blocks, Sections.ACTORS, "actor"), "an actor")) {
      noNested(f);
      if (is(f.line, "Kind")) {
        once(seen, f, "an actor");
        ActorKind k = word(f.line.text(), f.line.textAt(), ActorKind::fromWord);
        if (k != null) {
          a.kind(k);
        }
      } else if (is(f.line, "Represented by")) {
        a.addRepresentative(f.line.text());
      } else if (is(f.line, "Identifier")) {
        CodeAndText ct = codeAndText(f.line, "a scheme in backticks and a value, such as `wikidata` Q15180");
        if (ct.code != null) {
          Location first = schemes.putIfAbsent(ct.code, f.line.leadAt());
          if (first == null) {
            a.putIdentifier(ct.code, ct.text);
          } else {
            located.problem(f.line.leadAt(), "an identifier in the scheme '" + ct.code + "' is given twice (first at line "
                + first.line().orElse(0) + "); expected one identifier a scheme");
          }
        }
      } else {
        unknownField("actors", named.id, f.item, f.line, "an actor", expected);
      }
    }
    if (named.id == null || !uniqueId("actor", named.id, named.idAt)) {
      return;
    }
    located.path(path, at(h));
    located.path(path + ".id", named.idAt);
    Actor actor = located.build(path, "actor", () -> a.id(named.id).build());
    if (actor != null) {
      actors.add(actor);
    }
  }

  private void objectiveGroup(Heading h, List<Node> blocks) {
    List<String> holders = new ArrayList<>();
    List<Location> holderAt = new ArrayList<>();
    for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Code c) {
        holders.add(c.getLiteral());
        holderAt.add(at(c));
      }
    }
    if (holders.isEmpty()) {
      String name = trim(plain(h.getFirstChild(), null));
      Optional<Actor> actor = actors.stream().filter(a -> a.name().equals(name) || a.id().equals(name)).findFirst();
      if (actor.isPresent()) {
        holders.add(actor.get().id());
        holderAt.add(at(h));
      } else {
        located.problem(at(h), "unknown actor '" + name + "'; expected the actor's id in backticks, as in '### Soviet Union `ussr`', or the name of one of the actors: "
            + actors.stream().map(Actor::name).collect(Collectors.joining(", ")));
        return;
      }
    }
    BulletList list = null;
    for (Node b : blocks) {
      if (b instanceof BulletList l) {
        if (list == null) {
          list = l;
        } else {
          // Blank lines and other blocks may split one group's bullets into several lists.
          for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
            objective((ListItem) item, holders, holderAt);
          }
          continue;
        }
        for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
          objective((ListItem) item, holders, holderAt);
        }
      } else {
        stray(b, Sections.OBJECTIVES, "objectives as bullets such as '- **Achieved** — statement `{#id}`'");
      }
    }
  }

  private void objective(ListItem item, List<String> holders, List<Location> holderAt) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph)) {
      located.problem(at(item), "expected an objective as " + ITEM_FORM);
      return;
    }
    Line line = new Line(first);
    Attrs attrs = new Attrs(line, "an objective", List.of("horizon", "importance", "basis"));
    String path = "objectives[" + objectives.size() + "]";
    located.path(path, at(item));
    located.path(path + ".id", attrs.at);
    located.path(path + ".statement", line.textAt());
    for (int i = 0; i < holders.size(); i++) {
      located.path(path + ".actors[" + i + "]", holderAt.get(i));
    }
    OutcomeStatus status = null;
    if (line.lead == null) {
      located.problem(at(item), "the objective does not start with its outcome: expected " + ITEM_FORM + " with one of "
          + statusWords() + " in bold");
    } else {
      status = word(line.label(), line.leadAt(), OutcomeStatus::fromWord);
    }
    Objective.Builder o = Objective.builder().actors(holders).statement(line.text());
    Horizon horizon = attrs.word("horizon", Horizon::fromWord);
    Importance importance = attrs.word("importance", Importance::fromWord);
    Basis basis = attrs.word("basis", Basis::fromWord);
    if (horizon != null) {
      o.horizon(horizon);
    }
    if (importance != null) {
      o.importance(importance);
    }
    if (basis != null) {
      o.basis(basis);
    }
    Outcome.Builder outcome = Outcome.builder();
    located.path(path + ".outcome", line.leadAt());
    Map<String, Location> seen = new HashMap<>();
    List<String> expected = List.of("Why", "Evidence", "Before the evidence came out", "If the intent was");
    BulletList nested = null;
    for (Node n = first.getNext(); n != null; n = n.getNext()) {
      if (n instanceof BulletList b && nested == null) {
        nested = b;
      } else {
        located.problem(at(n), "unexpected " + describe(n) + " in an objective; expected its fields as nested bullets");
      }
    }
    List<Reading> readings = new ArrayList<>();
    for (Field f : fields(nested, "an objective")) {
      if (is(f.line, "Why")) {
        once(seen, f, "an objective");
        noNested(f);
        located.path(path + ".outcome.rationale", f.line.textAt());
        outcome.rationale(f.line.text());
      } else if (is(f.line, "Evidence")) {
        once(seen, f, "an objective");
        noNested(f);
        outcome.evidence(refs(f.line, path + ".outcome.evidence"));
      } else if (is(f.line, "Before the evidence came out")) {
        once(seen, f, "an objective");
        noNested(f);
        located.path(path + ".outcome.statusBeforeEvidence", f.line.textAt());
        OutcomeStatus before = word(f.line.text(), f.line.textAt(), OutcomeStatus::fromWord);
        if (before != null) {
          outcome.statusBeforeEvidence(before);
        }
      } else if (is(f.line, "If the intent was")) {
        Reading r = reading(f, path + ".outcome.readings[" + readings.size() + "]");
        if (r != null) {
          readings.add(r);
        }
      } else {
        unknownField("objectives", attrs.id, f.item, f.line, "an objective", expected);
      }
    }
    located.path(path + ".outcome.readings", line.leadAt());
    if (!uniqueId("objective", attrs.id, attrs.at)) {
      return;
    }
    // A stand-in for a status that could not be read keeps the objective for validation.
    OutcomeStatus s = status != null ? status : readings.size() > 1 ? OutcomeStatus.DEPENDS_ON_READING : OutcomeStatus.UNCLEAR;
    List<Reading> kept = status == null && readings.size() < 2 ? List.of() : readings;
    Outcome built = located.build(path + ".outcome", "outcome", () -> outcome.status(s).readings(kept).build());
    if (built == null) {
      return;
    }
    Objective objective = located.build(path, "objective", () -> o.id(attrs.id).outcome(built).build());
    if (objective != null) {
      objectives.add(objective);
    }
  }

  private static String statusWords() {
    List<String> words = new ArrayList<>();
    for (OutcomeStatus s : OutcomeStatus.values()) {
      words.add("**" + MarkdownText.capitalised(s.word()) + "**");
    }
    return String.join(", ", words);
  }

  private @Nullable Reading reading(Field f, String path) {
    Attrs attrs = new Attrs(f.line, "a reading", List.of());
    located.path(path, f.line.leadAt());
    located.path(path + ".id", attrs.at);
    Reading.Builder r = Reading.builder().intent(f.line.text());
    Map<String, Location> seen = new HashMap<>();
    OutcomeStatus status = null;
    for (Field g : fields(f.nested, "a reading")) {
      noNested(g);
      if (is(g.line, "Then")) {
        once(seen, g, "a reading");
        located.path(path + ".status", g.line.textAt());
        status = word(g.line.text(), g.line.textAt(), OutcomeStatus::fromWord);
      } else if (is(g.line, "Why")) {
        once(seen, g, "a reading");
        r.rationale(g.line.text());
      } else if (is(g.line, "Evidence")) {
        once(seen, g, "a reading");
        r.evidence(refs(g.line, path + ".evidence"));
      } else {
        located.problem(g.line.leadAt(), "unknown field '" + g.line.label() + "' of a reading; expected one of **Then:**, **Why:**, **Evidence:**");
      }
    }
    if (status == null) {
      if (!seen.containsKey("then")) {
        located.problem(f.line.leadAt(), "the reading does not say what follows from it: expected a nested bullet such as '- **Then:** not achieved'");
      }
      return null;
    }
    if (attrs.id == null) {
      return null;
    }
    OutcomeStatus s = status;
    return located.build(path, "reading", () -> r.id(attrs.id).status(s).build());
  }

  /** Adds a value built from an item whose id is new; otherwise reports the duplicate or construction problem. */
  private <T> void add(List<T> list, String kind, @Nullable String id, Location idAt, String path, java.util.function.Supplier<T> build) {
    if (!uniqueId(kind, id, idAt)) {
      return;
    }
    T built = located.build(path, kind, build);
    if (built != null) {
      list.add(built);
    }
  }

  private void items(Section s) {
    for (Node b : s.blocks) {
      if (!(b instanceof BulletList)) {
        stray(b, s.known, "items as bullets such as '- **1962-10-28** — statement `{#id}`'");
        continue;
      }
      for (Node item = b.getFirstChild(); item != null; item = item.getNext()) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph)) {
          located.problem(at(item), "expected an item such as '- **1962-10-28** — statement `{#id}`' but found an empty bullet");
          continue;
        }
        BulletList nested = null;
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
          if (n instanceof BulletList l && nested == null) {
            nested = l;
          } else {
            located.problem(at(n), "unexpected " + describe(n) + " in an item; expected its fields as nested bullets");
          }
        }
        Line line = new Line(first);
        switch (s.known) {
          case Sections.CONSEQUENCES -> consequence((ListItem) item, line, nested);
          case Sections.EVIDENCE -> evidence((ListItem) item, line, nested);
          case Sections.PERCEPTIONS -> perception((ListItem) item, line, nested);
          default -> source((ListItem) item, line, nested);
        }
      }
    }
  }

  /** The optional date in bold before an item's text. */
  private @Nullable HistoricalDate leadDate(Line line) {
    return line.lead == null ? null : date(line.label(), line.leadAt());
  }

  private void consequence(ListItem item, Line line, @Nullable BulletList nested) {
    String path = "consequences[" + consequences.size() + "]";
    Attrs attrs = new Attrs(line, "a consequence", List.of("horizon", "balance-of-power"));
    located.path(path, at(item));
    Consequence.Builder c = Consequence.builder().statement(line.text());
    HistoricalDate date = leadDate(line);
    if (date != null) {
      c.date(date);
    }
    Horizon horizon = attrs.word("horizon", Horizon::fromWord);
    if (horizon != null) {
      c.horizon(horizon);
    }
    String balance = attrs.values.get("balance-of-power");
    if (balance != null) {
      if (!balance.equals("yes") && !balance.equals("no")) {
        located.problem(attrs.at, "'balance-of-power=" + balance + "' must be yes or no");
      }
      c.balanceOfPower(balance.equals("yes"));
    }
    Map<String, Location> seen = new HashMap<>();
    List<ActorEffect> effects = new ArrayList<>();
    for (Field f : fields(nested, "a consequence")) {
      noNested(f);
      Matcher m = EFFECT_LABEL.matcher(f.line.label());
      if (f.line.lead != null && m.matches()) {
        String effectPath = path + ".effects[" + effects.size() + "]";
        Effect effect = word(m.group(1), f.line.leadAt(), Effect::fromWord);
        CodeAndText ct = codeAndText(f.line, "the actor's id in backticks, as in '- **Negative for** `cuba` — a note'");
        located.path(effectPath, f.line.leadAt());
        located.path(effectPath + ".actor", ct.codeAt);
        if (effect != null && ct.code != null) {
          ActorEffect e = located.build(effectPath, "effect", () -> ActorEffect.builder().actor(ct.code).effect(effect).note(ct.text).build());
          if (e != null) {
            if (effects.stream().anyMatch(x -> x.actor().equals(e.actor()))) {
              located.problem(ct.codeAt, "a second effect on '" + e.actor() + "'; expected one effect per actor");
            } else {
              effects.add(e);
            }
          }
        }
      } else if (is(f.line, "Evidence")) {
        once(seen, f, "a consequence");
        c.evidence(refs(f.line, path + ".evidence"));
      } else {
        unknownField("consequences", attrs.id, f.item, f.line, "a consequence", List.of("Positive for", "Negative for", "Mixed for", "Neutral for", "Evidence"));
      }
    }
    add(consequences, "consequence", attrs.id, attrs.at, path, () -> c.id(attrs.id).effects(effects).build());
  }

  private void evidence(ListItem item, Line line, @Nullable BulletList nested) {
    String path = "evidence[" + evidence.size() + "]";
    Attrs attrs = new Attrs(line, "a piece of evidence", List.of());
    located.path(path, at(item));
    Evidence.Builder e = Evidence.builder().statement(line.text());
    HistoricalDate date = leadDate(line);
    if (date != null) {
      e.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : fields(nested, "a piece of evidence")) {
      noNested(f);
      if (is(f.line, "Known from")) {
        once(seen, f, "a piece of evidence");
        located.path(path + ".knownFrom", f.line.textAt());
        HistoricalDate d = date(f.line.text(), f.line.textAt());
        if (d != null) {
          e.knownFrom(d);
        }
      } else if (is(f.line, "Source")) {
        once(seen, f, "a piece of evidence");
        CodeAndText ct = codeAndText(f.line, "the source's id in backticks, as in '- **Source:** `thirteen-days`'");
        located.path(path + ".source", ct.codeAt);
        if (ct.code != null) {
          e.source(ct.code);
        }
      } else {
        unknownField("evidence", attrs.id, f.item, f.line, "a piece of evidence", List.of("Known from", "Source"));
      }
    }
    add(evidence, "evidence", attrs.id, attrs.at, path, () -> e.id(attrs.id).build());
  }

  private void perception(ListItem item, Line line, @Nullable BulletList nested) {
    String path = "perceptions[" + perceptions.size() + "]";
    Attrs attrs = new Attrs(line, "a perception", List.of());
    located.path(path, at(item));
    Perception.Builder p = Perception.builder().statement(line.text());
    HistoricalDate date = leadDate(line);
    if (date != null) {
      p.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : fields(nested, "a perception")) {
      noNested(f);
      if (is(f.line, "About")) {
        once(seen, f, "a perception");
        CodeAndText ct = codeAndText(f.line, "the actor's id in backticks, as in '- **About:** `usa`'");
        located.path(path + ".actor", ct.codeAt);
        if (ct.code != null) {
          p.actor(ct.code);
        }
      } else if (is(f.line, "Held by")) {
        once(seen, f, "a perception");
        p.heldBy(f.line.text());
      } else if (is(f.line, "View")) {
        once(seen, f, "a perception");
        Effect view = word(f.line.text(), f.line.textAt(), Effect::fromWord);
        if (view != null) {
          p.view(view);
        }
      } else if (is(f.line, "Period")) {
        once(seen, f, "a perception");
        Period period = word(f.line.text(), f.line.textAt(), Period::fromWord);
        if (period != null) {
          p.period(period);
        }
      } else if (is(f.line, "Evidence")) {
        once(seen, f, "a perception");
        p.evidence(refs(f.line, path + ".evidence"));
      } else {
        unknownField("perceptions", attrs.id, f.item, f.line, "a perception", List.of("About", "Held by", "View", "Period", "Evidence"));
      }
    }
    for (String required : List.of("about", "held by", "view")) {
      if (!seen.containsKey(required)) {
        located.problem(at(item), "the perception has no **" + MarkdownText.capitalised(required) + ":** field; expected one");
      }
    }
    if (seen.keySet().containsAll(List.of("about", "held by", "view"))) {
      add(perceptions, "perception", attrs.id, attrs.at, path, () -> p.id(attrs.id).build());
    }
  }

  private void source(ListItem item, Line line, @Nullable BulletList nested) {
    String path = "sources[" + sources.size() + "]";
    Attrs attrs = new Attrs(line, "a source", List.of());
    located.path(path, at(item));
    Source.Builder s = Source.builder().title(line.text());
    HistoricalDate date = leadDate(line);
    if (date != null) {
      s.date(date);
    }
    Map<String, Location> seen = new HashMap<>();
    for (Field f : fields(nested, "a source")) {
      noNested(f);
      if (is(f.line, "Author")) {
        once(seen, f, "a source");
        s.author(f.line.text());
      } else if (is(f.line, "Locator")) {
        once(seen, f, "a source");
        s.locator(f.line.text());
      } else {
        unknownField("sources", attrs.id, f.item, f.line, "a source", List.of("Author", "Locator"));
      }
    }
    add(sources, "source", attrs.id, attrs.at, path, () -> s.id(attrs.id).build());
  }

  private void interpretation(Heading h, List<Node> blocks) {
    NamedHeading named = named(h, "'### Interpretation `kennedy-victory`'");
    String path = "interpretations[" + interpretations.size() + "]";
    located.path(path, at(h));
    Interpretation.Builder in = Interpretation.builder();
    Provenance.Builder prov = Provenance.builder();
    String claim = null;
    BulletList list = null;
    for (Node b : blocks) {
      if (b instanceof BlockQuote q && claim == null) {
        Node p = q.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) {
          located.problem(at(q), "expected the claim as one paragraph in the block quote");
          claim = "";
        } else {
          located.path(path + ".claim", at(p));
          claim = trim(plain(p.getFirstChild(), null));
        }
      } else if (b instanceof BulletList l && list == null) {
        list = l;
      } else {
        stray(b, Sections.INTERPRETATIONS, "the claim as a block quote ('> ...') and then the fields as bullets");
      }
    }
    if (claim == null) {
      located.problem(at(h), "the interpretation has no claim: expected it as a block quote, such as '> Kennedy forced Khrushchev to back down.', under the heading");
    }
    Map<String, Location> seen = new HashMap<>();
    List<String> expected = List.of("Favours", "Author", "Work", "Date", "School", "Nature", "Origin", "Purpose", "Supported by", "Challenged by");
    for (Field f : fields(list, "an interpretation")) {
      noNested(f);
      String label = f.line.label().toLowerCase(Locale.ROOT);
      if (!expected.stream().anyMatch(e -> e.equalsIgnoreCase(label))) {
        unknownField("interpretations", named.id, f.item, f.line, "an interpretation", expected);
        continue;
      }
      once(seen, f, "an interpretation");
      switch (label) {
        case "favours" -> in.favours(refs(f.line, path + ".favours"));
        case "supported by" -> in.supportingEvidence(refs(f.line, path + ".supportingEvidence"));
        case "challenged by" -> in.challengingEvidence(refs(f.line, path + ".challengingEvidence"));
        case "author" -> prov.author(f.line.text());
        case "work" -> prov.work(f.line.text());
        case "school" -> prov.school(f.line.text());
        case "nature" -> prov.nature(f.line.text());
        case "origin" -> prov.origin(f.line.text());
        case "purpose" -> prov.purpose(f.line.text());
        default -> {
          HistoricalDate d = date(f.line.text(), f.line.textAt());
          if (d != null) {
            prov.date(d);
          }
        }
      }
      located.path(path + ".provenance." + label, f.line.textAt());
    }
    if (claim == null || named.id == null || !uniqueId("interpretation", named.id, named.idAt)) {
      return;
    }
    located.path(path + ".provenance", at(h));
    Provenance provenance = located.build(path + ".provenance", "provenance", prov::build);
    if (provenance == null) {
      return;
    }
    String c = claim;
    Interpretation built = located.build(path, "interpretation", () -> in.id(named.id).claim(c).provenance(provenance).build());
    if (built != null) {
      interpretations.add(built);
    }
  }

  private static final List<String> CRITERIA_COLUMNS = List.of("Criterion", "Id", "Measure", "Weight", "What it asks");

  private void criteria(Section s) {
    for (Node b : s.blocks) {
      if (!(b instanceof TableBlock table)) {
        stray(b, Sections.CRITERIA, "a table with the columns " + String.join(" | ", CRITERIA_COLUMNS));
        continue;
      }
      for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
        if (part instanceof TableHead head) {
          List<String> names = new ArrayList<>();
          for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
            names.add(trim(plain(cell.getFirstChild(), null)));
          }
          if (!names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList().equals(CRITERIA_COLUMNS.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())) {
            located.problem(at(head), "expected the criteria table's columns to be " + String.join(" | ", CRITERIA_COLUMNS) + " but found " + String.join(" | ", names));
            return;
          }
        } else if (part instanceof TableBody tbody) {
          for (Node row = tbody.getFirstChild(); row != null; row = row.getNext()) {
            criterion((TableRow) row);
          }
        }
      }
    }
  }

  private void criterion(TableRow row) {
    String path = "criteria[" + criteria.size() + "]";
    List<TableCell> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      cells.add((TableCell) cell);
    }
    located.path(path, at(row));
    String name = trim(plain(cells.get(0).getFirstChild(), null));
    Node idNode = cells.get(1).getFirstChild();
    if (!(idNode instanceof Code idCode) || idNode.getNext() != null) {
      located.problem(at(cells.get(1)), "expected the criterion's id in backticks, such as `objectives`, but found '" + trim(plain(idNode, null)) + "'");
      return;
    }
    String id = idCode.getLiteral();
    located.path(path + ".id", at(idCode));
    Criterion.Builder c = Criterion.builder().name(name).description(trim(plain(cells.get(4).getFirstChild(), null)));
    TableCell measureCell = cells.get(2);
    located.path(path + ".measure", at(measureCell));
    located.path(path + ".customMeasure", at(measureCell));
    Node custom = measureCell.getLastChild();
    String measureText = custom instanceof Code ? trim(plain(measureCell.getFirstChild(), custom)) : trim(plain(measureCell.getFirstChild(), null));
    Measure measure = word(measureText, at(measureCell), Measure::fromWord);
    if (custom instanceof Code code) {
      c.customMeasure(code.getLiteral());
    }
    String weight = trim(plain(cells.get(3).getFirstChild(), null));
    located.path(path + ".weight", at(cells.get(3)));
    try {
      c.weight(Double.parseDouble(weight));
    } catch (NumberFormatException e) {
      located.problem(at(cells.get(3)), "the weight must be a number such as 1, 0.5 or 2 but found '" + weight + "'");
      return;
    }
    if (measure != null) {
      add(criteria, "criterion", id, at(idCode), path, () -> c.id(id).measure(measure).build());
    }
  }

  /**
   * The extras read, for tests of lenient reading.
   *
   * @return the extras in document order
   */
  List<Extra> extras() {
    return List.copyOf(extras);
  }
}
