package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.Locator;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of a document that read without a problem were written, for the problems a bank
 * finds later (a broken link, a warning). The document is kept as its UTF-8 bytes, no bigger than
 * it was read, and read once more, recording its paths, only when a problem must be located
 * in it; the documents of one text share the last such reading, as their problems come in turn.
 */
final class Rereading implements Locator {
  /** The last document read again, among those of one text, and what that reading recorded. */
  static final class Last {
    private @Nullable Rereading document;
    private @Nullable Located located;
  }

  private final Last last;
  private final String source;
  private final boolean strict;
  private final int firstLine;
  private final byte @Nullable [] frontMatter;
  private final int frontMatterFirstLine;
  private final BodyText body;
  private final int bodyFirstLine;

  Rereading(Documents.Doc doc, String source, boolean strict, Last last) {
    this.last = last;
    this.source = source;
    this.strict = strict;
    this.firstLine = doc.firstLine();
    String fm = doc.frontMatter();
    this.frontMatter = fm == null ? null : fm.getBytes(StandardCharsets.UTF_8);
    this.frontMatterFirstLine = doc.frontMatterFirstLine();
    // Held as they were read: the body's bytes serve for the reading again.
    this.body = doc.body();
    this.bodyFirstLine = doc.bodyFirstLine();
  }

  @Override
  public Location locate(ModelPath path) {
    if (last.document != this || last.located == null) {
      byte[] fm = frontMatter;
      Documents.Doc doc = new Documents.Doc(firstLine, fm == null ? null : new String(fm, StandardCharsets.UTF_8), frontMatterFirstLine,
          body, bodyFirstLine);
      last.located = DocumentReader.readOnce(doc, source, strict, true, BlockStream.PART_CHARS).located();
      last.document = this;
    }
    return last.located.locate(path);
  }
}
