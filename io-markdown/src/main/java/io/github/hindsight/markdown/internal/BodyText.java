package io.github.hindsight.markdown.internal;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.Location;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Markdown body of a document, held as its UTF-8 bytes with an index of its lines. Most of a
 * body is ASCII, and a Java string holds all of it in two bytes a character as soon as one
 * character is not Latin-1 (every em dash the writer puts in an item is one), so this is half the
 * size of the body as a string, and the same bytes serve again when a problem must be located.
 * Lines and parts are decoded when they are asked for.
 *
 * <p>The lines are separated by {@code \n}, and no line holds one. Every ASCII byte of the bytes
 * is the character it encodes, and no byte of a longer character is ASCII, so the structure of
 * Markdown can be scanned in the bytes themselves.
 */
final class BodyText {
  /** The body of a document without one. */
  static final BodyText EMPTY = new Builder().build(0);

  private final byte[] bytes;
  /** Where each line starts in the bytes. */
  private final int[] byteStarts;
  /** Where each line starts in the text the bytes encode, in UTF-16 characters, as CommonMark counts. */
  private final int[] charStarts;

  private BodyText(byte[] bytes, int[] byteStarts, int[] charStarts) {
    this.bytes = bytes;
    this.byteStarts = byteStarts;
    this.charStarts = charStarts;
  }

  /**
   * The body made of some lines of a text held in memory.
   *
   * @param lines the text's lines, of whole characters
   * @param from the first line of the body
   * @param to the line after the last
   */
  static BodyText of(String[] lines, int from, int to) {
    Builder b = new Builder();
    for (int i = from; i < to; i++) {
      b.add(lines[i]);
    }
    return b.build(0);
  }

  /**
   * Refuses a text held in memory that UTF-8 cannot encode, as the bytes of a file with it would be.
   *
   * @param lines the text's lines
   * @param source its name
   * @throws FormatException at the first lone surrogate
   */
  static void requireWholeCharacters(String[] lines, String source) {
    for (int line = 0; line < lines.length; line++) {
      String s = lines[line];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new FormatException(Location.at(source, line + 1, i + 1), "expected text but found a lone surrogate U+"
              + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ", which is no character");
        }
      }
    }
  }

  /** @return the number of lines; an empty body has one, which is empty */
  int lineCount() {
    return byteStarts.length;
  }

  /** @return where line {@code i} starts in the bytes */
  int start(int i) {
    return byteStarts[i];
  }

  /** @return where line {@code i} ends in the bytes, before its line break */
  int end(int i) {
    return i + 1 < byteStarts.length ? byteStarts[i + 1] - 1 : bytes.length;
  }

  /** @return the number of bytes */
  int size() {
    return bytes.length;
  }

  /** @return the byte at an index, which is the character itself where it is ASCII */
  byte at(int index) {
    return bytes[index];
  }

  /** @return the index of the first {@code b} from {@code from} up to {@code to}, or -1 */
  int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** @return how many times an ASCII character appears in the body */
  int count(byte b) {
    int n = 0;
    for (byte x : bytes) {
      if (x == b) {
        n++;
      }
    }
    return n;
  }

  /** @return whether two ASCII characters follow one another anywhere in the body */
  boolean contains(char first, char second) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == first && bytes[i + 1] == second) {
        return true;
      }
    }
    return false;
  }

  /** @return where line {@code i} starts in the text, in UTF-16 characters */
  int charStart(int i) {
    return charStarts[i];
  }

  /** @return line {@code i}, without its line break */
  String line(int i) {
    return decode(start(i), end(i));
  }

  /** @return lines {@code from} up to, not including, {@code to}, with the line breaks between them */
  String lines(int from, int to) {
    return decode(start(from), to < byteStarts.length ? byteStarts[to] : bytes.length);
  }

  /** @return the whole body */
  String text() {
    return decode(0, bytes.length);
  }

  /** @return the line that holds a byte index */
  int lineOf(int index) {
    int found = Arrays.binarySearch(byteStarts, index);
    return found >= 0 ? found : -found - 2;
  }

  /** @return the column, from 1 and in characters, of a byte index on its line */
  int columnOf(int index) {
    return decode(start(lineOf(index)), index).length() + 1;
  }

  private String decode(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** Builds a body a line at a time, as a document is read. */
  static final class Builder {
    private byte[] bytes = new byte[256];
    private int size;
    private int[] byteStarts = new int[16];
    private int[] charStarts = new int[16];
    private int lines;
    private int chars;

    /**
     * @param line a line of whole characters, without its line break
     * @return this builder
     */
    Builder add(String line) {
      byte[] encoded = line.getBytes(StandardCharsets.UTF_8);
      return add(encoded, 0, encoded.length, line.length());
    }

    /**
     * @param source bytes that hold a line of whole characters, without its line break
     * @param from where the line starts in them
     * @param to where it ends
     * @param chars its length in UTF-16 characters
     * @return this builder
     */
    Builder add(byte[] source, int from, int to, int chars) {
      int length = to - from;
      if (lines == byteStarts.length) {
        byteStarts = Arrays.copyOf(byteStarts, lines + (lines >> 1) + 1);
        charStarts = Arrays.copyOf(charStarts, byteStarts.length);
      }
      int separator = lines == 0 ? 0 : 1;
      if (size + separator + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + separator + length, size + (size >> 1)));
      }
      if (separator == 1) {
        bytes[size++] = '\n';
        this.chars++;
      }
      byteStarts[lines] = size;
      charStarts[lines] = this.chars;
      lines++;
      System.arraycopy(source, from, bytes, size, length);
      size += length;
      this.chars += chars;
      return this;
    }

    /** @return the number of lines added */
    int lineCount() {
      return lines;
    }

    /** @return line {@code i} as added */
    String line(int i) {
      int end = i + 1 < lines ? byteStarts[i + 1] - 1 : size;
      return new String(bytes, byteStarts[i], end - byteStarts[i], StandardCharsets.UTF_8);
    }

    /**
     * @param from the first line of the body: the lines before it are left out
     * @return the body, from line {@code from} to the last line added (one empty line if none)
     */
    BodyText build(int from) {
      if (from >= lines) {
        return new BodyText(new byte[0], new int[] {0}, new int[] {0});
      }
      int byteShift = byteStarts[from];
      int charShift = charStarts[from];
      int[] starts = new int[lines - from];
      int[] charAt = new int[lines - from];
      for (int i = from; i < lines; i++) {
        starts[i - from] = byteStarts[i] - byteShift;
        charAt[i - from] = charStarts[i] - charShift;
      }
      return new BodyText(Arrays.copyOfRange(bytes, byteShift, size), starts, charAt);
    }

    /** @return the lines from {@code from} up to, not including, {@code to}, joined by line breaks */
    String join(int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) {
          sb.append('\n');
        }
        sb.append(line(i));
      }
      return sb.toString();
    }
  }
}
