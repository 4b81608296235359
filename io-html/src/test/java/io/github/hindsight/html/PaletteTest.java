package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.html.internal.Palette;
import io.github.hindsight.html.internal.Palette.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The palette meets WCAG 2.1 AA, worked out here from the definitions of relative luminance and
 * contrast ratio: 4.5:1 for text on every background it is written on, 3:1 for marks (borders,
 * bars, lines) on the page, and the style sheet uses the palette's colours and no others for text.
 */
class PaletteTest {
  /** The relative luminance of an sRGB colour written #rrggbb. */
  static double luminance(String colour) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void theFormulaGivesTheKnownRatios() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void textIsReadableOnEveryFill() {
    for (Tone tone : Tone.values()) {
      assertThat(contrast(Palette.TEXT, tone.fill)).as("text on %s", tone).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast(Palette.TEXT, Palette.PAGE)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(Palette.MUTED, Palette.PAGE)).as("notes").isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(Palette.HIDDEN, Palette.PAGE)).as("what cannot be seen then, as marks").isGreaterThanOrEqualTo(3);
    assertThat(contrast(Palette.series(0), Palette.PAGE)).as("links").isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void marksStandOutFromThePage() {
    for (Tone tone : Tone.values()) {
      assertThat(contrast(tone.mark, Palette.PAGE)).as("the mark of %s", tone).isGreaterThanOrEqualTo(3);
    }
    for (String colour : Palette.SERIES) {
      assertThat(contrast(colour, Palette.PAGE)).as("series %s", colour).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theStyleSheetWritesTextOnlyInColoursThatPass() throws IOException {
    String css;
    try (InputStream in = Palette.class.getResourceAsStream("page.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher tone = Pattern.compile("\\.tone-([a-z]+) \\{ background: (#[0-9a-f]{6}); border-color: (#[0-9a-f]{6}); \\}").matcher(css);
    int tones = 0;
    while (tone.find()) {
      Tone t = Tone.valueOf(tone.group(1).toUpperCase(java.util.Locale.ROOT));
      assertThat(tone.group(2)).isEqualTo(t.fill);
      assertThat(tone.group(3)).isEqualTo(t.mark);
      tones++;
    }
    assertThat(tones).isEqualTo(Tone.values().length);
    Matcher color = Pattern.compile("(?<![-a-z])color: (#[0-9a-f]{6})").matcher(css);
    while (color.find()) {
      assertThat(contrast(color.group(1), Palette.PAGE)).as("text colour %s", color.group(1)).isGreaterThanOrEqualTo(4.5);
    }
    // The light backgrounds of the aims, behind text.
    Matcher li = Pattern.compile("li\\.tone-[a-z]+ \\{ background: (#[0-9a-f]{6});").matcher(css);
    while (li.find()) {
      assertThat(contrast(Palette.TEXT, li.group(1))).isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(Palette.MUTED, li.group(1))).as("notes on %s", li.group(1)).isGreaterThanOrEqualTo(4.5);
    }
  }
}
