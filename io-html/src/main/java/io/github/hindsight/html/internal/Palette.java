package io.github.hindsight.html.internal;

import io.github.hindsight.model.Effect;
import io.github.hindsight.model.OutcomeStatus;
import java.util.List;

/**
 * The colours of a page. Every status is shown by a word as well as by its colour. Text is
 * {@link #TEXT} on a status's light fill; a status's dark colour draws borders and marks on white.
 * The test of the palette checks each pair against WCAG AA: 4.5:1 for text, 3:1 for marks.
 */
public final class Palette {
  /** The colour of text. */
  public static final String TEXT = "#1a1a1a";
  /** The colour of the page. */
  public static final String PAGE = "#ffffff";
  /** The colour of secondary text, such as notes. */
  public static final String MUTED = "#555555";
  /** The colour of what a judgement as of a date cannot see. */
  public static final String HIDDEN = "#767676";

  /** The colours of the series of a chart, one a criterion, each at least 3:1 on white. */
  public static final List<String> SERIES =
      List.of("#1f5f99", "#b3541e", "#2e7d32", "#7b1fa2", "#8a6100", "#00695c", "#ad1457", "#4e342e");

  private Palette() {}

  /** A status's two colours: a light fill behind text, and a dark one for borders and marks. */
  public enum Tone {
    /** Achieved, or positive. */
    GOOD("#c8e6c9", "#1b5e20"),
    /** Partly achieved, or mixed. */
    PARTLY("#fff1b8", "#7a5600"),
    /** Not achieved, or negative. */
    BAD("#ffcdd2", "#b71c1c"),
    /** Unclear, or neutral. */
    UNCLEAR("#e0e0e0", "#555555"),
    /** Depends on the reading of intent. */
    READING("#ded6f3", "#4527a0");

    /** The light colour, behind text. */
    public final String fill;
    /** The dark colour, for borders and marks on white. */
    public final String mark;

    Tone(String fill, String mark) {
      this.fill = fill;
      this.mark = mark;
    }

    /** @return a name for CSS classes */
    public String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param status what became of an aim
   * @return its tone
   */
  public static Tone of(OutcomeStatus status) {
    return switch (status) {
      case ACHIEVED -> Tone.GOOD;
      case PARTLY_ACHIEVED -> Tone.PARTLY;
      case NOT_ACHIEVED -> Tone.BAD;
      case UNCLEAR -> Tone.UNCLEAR;
      case DEPENDS_ON_READING -> Tone.READING;
    };
  }

  /**
   * @param effect how a consequence bore on an actor
   * @return its tone
   */
  public static Tone of(Effect effect) {
    return switch (effect) {
      case POSITIVE -> Tone.GOOD;
      case MIXED -> Tone.PARTLY;
      case NEGATIVE -> Tone.BAD;
      default -> Tone.UNCLEAR;
    };
  }

  /**
   * @param index the place of a series
   * @return its colour
   */
  public static String series(int index) {
    return SERIES.get(Math.floorMod(index, SERIES.size()));
  }

  /**
   * @param status what became of an aim
   * @return the words for it, such as "partly achieved"
   */
  public static String words(OutcomeStatus status) {
    return status == OutcomeStatus.DEPENDS_ON_READING ? "depends on the reading" : status.word().replace('-', ' ');
  }
}
