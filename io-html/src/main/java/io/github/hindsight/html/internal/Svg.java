package io.github.hindsight.html.internal;

/**
 * The parts every drawing shares: an {@code <svg>} element with a title and a description that
 * name it for a screen reader (each drawing also has a visible table of the same data), and text
 * and shapes whose words are always escaped.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /**
   * Starts a drawing.
   *
   * @param id the fragment id of the drawing; its title and description get ids made from it
   * @param width the width, in user units
   * @param height the height
   * @param title what the drawing is, in a few words
   * @param description what it shows, and where its data is as a table
   */
  Svg(String id, double width, double height, String title, String description) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(Html.coordinate(width)).append(' ')
        .append(Html.coordinate(height)).append("\" width=\"").append(Html.coordinate(width)).append("\" height=\"")
        .append(Html.coordinate(height)).append("\">\n<title id=\"").append(id).append("-title\">").append(Html.text(title))
        .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(Html.text(description)).append("</desc>\n");
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke, String tooltip) {
    out.append("<rect x=\"").append(Html.coordinate(x)).append("\" y=\"").append(Html.coordinate(y)).append("\" width=\"")
        .append(Html.coordinate(Math.max(0, w))).append("\" height=\"").append(Html.coordinate(h)).append("\" rx=\"3\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append("\">");
    if (!tooltip.isEmpty()) {
      out.append("<title>").append(Html.text(tooltip)).append("</title>");
    }
    out.append("</rect>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
    out.append("<line x1=\"").append(Html.coordinate(x1)).append("\" y1=\"").append(Html.coordinate(y1)).append("\" x2=\"")
        .append(Html.coordinate(x2)).append("\" y2=\"").append(Html.coordinate(y2)).append("\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"1.5\"").append(dashed ? " stroke-dasharray=\"5 4\"" : "").append("/>\n");
    return this;
  }

  Svg circle(double x, double y, double r, String fill, String stroke, String tooltip) {
    out.append("<circle cx=\"").append(Html.coordinate(x)).append("\" cy=\"").append(Html.coordinate(y)).append("\" r=\"")
        .append(Html.coordinate(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\">");
    if (!tooltip.isEmpty()) {
      out.append("<title>").append(Html.text(tooltip)).append("</title>");
    }
    out.append("</circle>\n");
    return this;
  }

  /** Text at a point; anchor is {@code start}, {@code middle} or {@code end}. */
  Svg text(double x, double y, String text, String anchor, String fill, double size, boolean bold) {
    out.append("<text x=\"").append(Html.coordinate(x)).append("\" y=\"").append(Html.coordinate(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" fill=\"").append(fill).append("\" font-size=\"").append(Html.coordinate(size)).append('"')
        .append(bold ? " font-weight=\"600\"" : "").append('>').append(Html.text(text)).append("</text>\n");
    return this;
  }

  /** @return the drawing, closed */
  String end() {
    return out.append("</svg>\n").toString();
  }

  /** Text cut to a length, with an ellipsis, for labels that must fit; the full text is in the table. */
  static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Math.max(1, length - 1);
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
