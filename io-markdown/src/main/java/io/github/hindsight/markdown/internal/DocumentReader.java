package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.StringJoiner;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * Reads one document of the authoring format (front matter and Markdown body) into a question or
 * a topic, keeping the line and column of every part so that each problem, including those that
 * validation finds later, is reported where it was written.
 *
 * <p>This class only finds the parts: each has its own grammar. The front matter is read by
 * {@link QuestionFrontMatter} (and {@link ExamFrontMatter}) or {@link TopicDocument}; each
 * {@code ##} section by its {@code *Section} class, such as {@link ActorsSection}.
 */
final class DocumentReader {
  private final SectionContext ctx;
  private final GuidanceSection guidance;
  private final ActorsSection actors;
  private final ObjectivesSection objectives;
  private final ConsequencesSection consequences;
  private final EvidenceSection evidence;
  private final PerceptionsSection perceptions;
  private final SourcesSection sources;
  private final InterpretationsSection interpretations;
  private final CriteriaSection criteria;

  /** What a document turned out to hold. */
  record Result(@Nullable Question question, @Nullable Topic topic, Located located, @Nullable String id) {}

  private DocumentReader(SectionContext ctx) {
    this.ctx = ctx;
    this.guidance = new GuidanceSection(ctx);
    this.actors = new ActorsSection(ctx);
    this.objectives = new ObjectivesSection(ctx, actors.actors());
    this.consequences = new ConsequencesSection(ctx);
    this.evidence = new EvidenceSection(ctx);
    this.perceptions = new PerceptionsSection(ctx);
    this.sources = new SourcesSection(ctx);
    this.interpretations = new InterpretationsSection(ctx);
    this.criteria = new CriteriaSection(ctx);
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
    return read(doc, sourceName, strict, BlockStream.PART_CHARS);
  }

  /**
   * Reads a document, its body parsed in parts of a given size; for tests, which compare sizes.
   *
   * @param partChars the least size of a part of the body parsed at once
   * @return as {@link #read(Documents.Doc, String, boolean)}
   */
  static Result read(Documents.Doc doc, String sourceName, boolean strict, int partChars) {
    // Most documents read cleanly, and their locations are never asked for: the first reading
    // parses without source spans, and only a document with problems (or with text that must be
    // taken as written) is read again with them.
    Result quick;
    try {
      quick = readOnce(doc, sourceName, strict, false, false, partChars);
    } catch (MarkdownBody.SpansNeeded e) {
      quick = readOnce(doc, sourceName, strict, false, true, partChars);
    }
    return quick.located().hasProblems() ? readOnce(doc, sourceName, strict, true, partChars) : quick;
  }

  /**
   * Reads a document once, recording where each part was read or not.
   *
   * @param recording whether to record the paths: needed to locate the problems that validation finds
   * @return as {@link #read(Documents.Doc, String, boolean)}
   */
  static Result readOnce(Documents.Doc doc, String sourceName, boolean strict, boolean recording, int partChars) {
    return readOnce(doc, sourceName, strict, recording, true, partChars);
  }

  /**
   * @param spans whether to parse with source spans; without them, no location found is right
   * @throws MarkdownBody.SpansNeeded without spans, where the text as written is needed
   */
  private static Result readOnce(Documents.Doc doc, String sourceName, boolean strict, boolean recording, boolean spans, int partChars) {
    Located located = new Located(sourceName, recording);
    if (recording) {
      located.path("", located.at(doc.firstLine(), 1));
    }
    MarkdownBody body = new MarkdownBody(doc.body(), doc.bodyFirstLine(), located, spans);
    SectionContext ctx = new SectionContext(located, body, strict);
    FrontMatter frontMatter = new FrontMatter(ctx, doc);
    Yaml.Node fm = frontMatter.read();
    if (!body.withinLimits()) {
      return new Result(null, null, located, FrontMatter.rawId(fm));
    }
    String type = fm == null ? null : frontMatter.scalar(fm, "type");
    if (fm != null && "topic".equals(type)) {
      return new Result(null, TopicDocument.read(ctx, frontMatter, fm, body.parse()), located, FrontMatter.rawId(fm));
    }
    if (fm != null && type != null && !type.equals("question")) {
      located.problem(frontMatter.keyAt(fm, "type"), "'" + type + "' is not a document type; expected question or topic");
    }
    return new Result(new DocumentReader(ctx).question(frontMatter, fm, body.blocks(partChars)), null, located, FrontMatter.rawId(fm));
  }

  private @Nullable Question question(FrontMatter frontMatter, Yaml.@Nullable Node fm, BlockStream blocks) {
    Question.Builder q = Question.builder();
    String id = fm == null ? null : QuestionFrontMatter.read(ctx, frontMatter, fm, q);
    // The title: the first level-one heading before any level-two heading.
    List<Node> before = new ArrayList<>();
    Heading title = null;
    for (Node n = blocks.peek(BlockStream.Lists.WHOLE); n != null; n = blocks.peek(BlockStream.Lists.WHOLE)) {
      if (n instanceof Heading h && h.getLevel() <= 2) {
        title = h.getLevel() == 1 ? (Heading) blocks.next(BlockStream.Lists.WHOLE) : null;
        break;
      }
      before.add(blocks.next(BlockStream.Lists.WHOLE));
    }
    String prompt = null;
    if (title == null) {
      Node first = before.isEmpty() ? blocks.peek(BlockStream.Lists.WHOLE) : before.get(0);
      ctx.located.problem(first == null ? ctx.body.start() : ctx.at(first),
          "missing title: expected the question as a heading, such as '# Who won the Cuban Missile Crisis?', before the first section");
    } else {
      ctx.located.path("prompt", ctx.at(title));
      prompt = ctx.body.plainOf(title);
    }
    for (Node n : before) {
      ctx.stray(n, MarkdownIds.TITLE, "the question as a '# ' heading first");
    }
    sections(blocks);
    return assemble(id, prompt, q);
  }

  /**
   * Reads the sections, each at a heading of level one or two, as they are parsed: actors first,
   * so that objective headings may name them, then the rest in document order. A section before
   * the actors waits for them with its blocks; every other is read and let go.
   */
  private void sections(BlockStream blocks) {
    Map<String, Location> seen = new HashMap<>();
    List<Waiting> waiting = new ArrayList<>();
    boolean actorsRead = false;
    String previous = MarkdownIds.TITLE;
    for (Node n = blocks.next(BlockStream.Lists.WHOLE); n != null; n = blocks.next(BlockStream.Lists.WHOLE)) {
      if (!(n instanceof Heading h && h.getLevel() <= 2)) {
        ctx.stray(n, MarkdownIds.TITLE, "a section such as '## Actors' after the title");
        continue;
      }
      String name = ctx.body.plainOf(h);
      String known = h.getLevel() == 1 ? null : knownSection(name);
      if (known != null) {
        Location first = seen.putIfAbsent(known, ctx.at(h));
        if (first != null) {
          ctx.located.problem(ctx.at(h), "the section '## " + known + "' appears twice (first at line " + first.line().orElse(0) + "); expected each section once");
        }
      }
      SectionBlocks s = new SectionBlocks(name, known, h, new UntilNextSection(blocks, Sections.lists(known)));
      if (Sections.ACTORS.equals(known)) {
        read(s, previous);
        if (!actorsRead) {
          actorsRead = true;
          read(waiting);
          waiting.clear();
        }
      } else if (actorsRead) {
        read(s, previous);
      } else {
        List<Node> held = new ArrayList<>();
        for (Node b : s.blocks()) {
          held.add(b);
        }
        waiting.add(new Waiting(new SectionBlocks(name, known, h, held), previous));
      }
      // Whatever a section's reader left unread is not part of the next section.
      for (Iterator<Node> rest = s.blocks().iterator(); rest.hasNext(); ) {
        rest.next();
      }
      previous = s.anchor();
    }
    read(waiting);
  }

  /** @return the section of the format a heading names, in the format's spelling, or null for none */
  private static @Nullable String knownSection(String name) {
    for (String s : Sections.ALL) {
      if (s.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  private void read(List<Waiting> waiting) {
    for (Waiting w : waiting) {
      read(w.section(), w.previous());
    }
  }

  /** A section read before the actors, and the name of what came before it. */
  private record Waiting(SectionBlocks section, String previous) {}

  /**
   * The blocks of a section, taken from the stream up to the next heading of level one or two. Its
   * place is the stream's, so it serves as its own iterator: each pass goes on where the last stopped.
   */
  private static final class UntilNextSection implements Iterator<Node>, Iterable<Node> {
    private final BlockStream blocks;
    private final BlockStream.Lists splitLists;

    UntilNextSection(BlockStream blocks, BlockStream.Lists splitLists) {
      this.blocks = blocks;
      this.splitLists = splitLists;
    }

    @Override
    public Iterator<Node> iterator() {
      return this;
    }

    @Override
    public boolean hasNext() {
      Node n = blocks.peek(splitLists);
      return n != null && !(n instanceof Heading h && h.getLevel() <= 2);
    }

    @Override
    public Node next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return blocks.next(splitLists);
    }
  }

  private void read(SectionBlocks s, String previous) {
    if (s.known() == null) {
      unknownSection(s, previous);
    } else {
      read(s);
    }
  }

  private void unknownSection(SectionBlocks s, String previous) {
    if (ctx.strict || s.heading().getLevel() == 1) {
      ctx.located.problem(ctx.at(s.heading()), "unknown section '" + s.name() + "'; expected one of " + headings());
    } else {
      int last = ctx.body.lastLine(s.heading());
      for (Node b : s.blocks()) {
        last = ctx.body.lastLine(b);
      }
      ctx.keep(MarkdownIds.AFTER + previous, s.name(), ctx.body.lines(ctx.body.firstLine(s.heading()), last, 0));
    }
  }

  /** @return the format's sections as headings, such as {@code '## Guidance', '## Actors'} */
  private static String headings() {
    StringJoiner j = new StringJoiner(", ");
    for (String s : Sections.ALL) {
      j.add("'## " + s + "'");
    }
    return j.toString();
  }

  private void read(SectionBlocks s) {
    switch (s.known()) {
      case Sections.GUIDANCE -> guidance.read(s);
      case Sections.ACTORS -> actors.read(s);
      case Sections.OBJECTIVES -> objectives.read(s);
      case Sections.CONSEQUENCES -> consequences.read(s);
      case Sections.EVIDENCE -> evidence.read(s);
      case Sections.PERCEPTIONS -> perceptions.read(s);
      case Sections.INTERPRETATIONS -> interpretations.read(s);
      case Sections.CRITERIA -> criteria.read(s);
      default -> sources.read(s);
    }
  }

  /** Builds the question from its parts and validates it; null if any problem was found. */
  private @Nullable Question assemble(@Nullable String id, @Nullable String prompt, Question.Builder q) {
    Located located = ctx.located;
    if (id != null) {
      FieldChecks.id(located, id);
    }
    if (prompt != null) {
      FieldChecks.prompt(located, prompt);
    }
    // With problems already found, the question is still built from what could be read, with
    // stand-ins, so that validation reports broken references in the same report.
    boolean broken = located.hasProblems();
    q.id(id == null || broken ? "broken" : id).prompt(prompt == null || broken ? "?" : prompt).guidance(guidance.guidance())
        .actors(actors.actors()).objectives(objectives.objectives()).consequences(consequences.items())
        .evidence(evidence.items()).perceptions(perceptions.items()).sources(sources.items())
        .interpretations(interpretations.interpretations()).criteria(criteria.criteria()).extras(ctx.extras());
    if (broken) {
      q.kindLabel(Optional.empty()).kind(QuestionKind.WHO_WON).topic(Optional.empty()).tags(List.of());
    }
    Question question = broken ? tryBuild(q) : build(q);
    if (question == null) {
      return null;
    }
    for (Problem p : question.validate().errors()) {
      // A reference to an item that was written but could not be built is not broken itself.
      Optional<String> reference = p.reference();
      if (broken && reference.isPresent() && ctx.isDefined(reference.get())) {
        continue;
      }
      located.problem(located.locate(p.path()), p.message());
    }
    if (located.hasProblems()) {
      return null;
    }
    // Extras go in the order the writer puts them back, so that writing and reading again gives an equal question.
    return question.extras().size() < 2 ? question : question.withExtras(joinStrayText(CanonicalWriter.extrasInWrittenOrder(question)));
  }

  /**
   * Joins the stray blocks that the writer puts one after another at the same place into one
   * extra, separated by a blank line as the writer separates them: two lists written so would be
   * read back as one, so they are kept as one from the start.
   */
  private static List<Extra> joinStrayText(List<Extra> extras) {
    List<Extra> joined = new ArrayList<>(extras.size());
    for (int i = 0; i < extras.size(); i++) {
      Extra e = extras.get(i);
      int end = i + 1;
      while (end < extras.size() && isStrayText(e) && isStrayText(extras.get(end)) && extras.get(end).location().equals(e.location())) {
        end++;
      }
      if (end == i + 1) {
        joined.add(e);
        continue;
      }
      StringJoiner content = new StringJoiner("\n\n");
      for (int k = i; k < end; k++) {
        content.add(extras.get(k).content());
      }
      joined.add(e.withContent(content.toString()));
      i = end - 1;
    }
    return joined;
  }

  private static boolean isStrayText(Extra e) {
    return e.location().startsWith(MarkdownIds.AFTER) && e.name().equals("text") && !MarkdownBody.isSection(e.content());
  }

  /** @return the question, or null after reporting why it could not be built */
  private @Nullable Question build(Question.Builder q) {
    try {
      return q.build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed("", "question", invalid);
      return null;
    }
  }

  private static @Nullable Question tryBuild(Question.Builder q) {
    try {
      return q.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Already reported item by item; the stand-in only serves to find more problems.
      return null;
    }
  }
}
