package io.github.hindsight.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every page must pass that need no browser: it references nothing outside itself,
 * its links lead somewhere, and what can be checked of accessibility without a browser holds.
 */
final class PageChecks {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
  private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
  private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");
  private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>(.*?)</svg>", Pattern.DOTALL);
  private static final Pattern BADGE = Pattern.compile("<span class=\"badge tone-[a-z]+\">([^<]*)</span>");

  private PageChecks() {}

  /**
   * Everything a page must be.
   *
   * @param html the page
   * @param otherPages whether a relative link to a file name is allowed, for the pages of a site
   */
  static void check(String html, Predicate<String> otherPages) {
    selfContained(html);
    links(html, otherPages);
    accessible(html);
  }

  /** No script, no external resource: no src at all, no link out, no import, no url(). */
  static void selfContained(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).as("a page loads nothing").doesNotContain("<script", " src=", "@import", "url(", "<link", "<iframe", "<object", "<img");
    for (String href : all(HREF, html)) {
      assertThat(href).as("a link").doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//").doesNotContain(":");
    }
  }

  /** Every link within the page has its target; every other link is a page of the site. */
  static void links(String html, Predicate<String> otherPages) {
    Set<String> ids = new HashSet<>();
    for (String id : all(ID, html)) {
      assertThat(ids.add(id)).as("id %s once", id).isTrue();
    }
    for (String href : all(HREF, html)) {
      if (href.startsWith("#")) {
        assertThat(ids).as("the target of %s", href).contains(href.substring(1));
      } else {
        assertThat(otherPages.test(href)).as("the page %s is there", href).isTrue();
      }
    }
  }

  static void accessible(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    Matcher svg = SVG.matcher(html);
    int drawings = 0;
    while (svg.find()) {
      String open = svg.group().substring(0, svg.group().indexOf('>'));
      String id = open.replaceAll(".*\\sid=\"([^\"]+)\".*", "$1");
      assertThat(open).as("a drawing is an image named by its title and description").contains("role=\"img\"")
          .contains("aria-labelledby=\"" + id + "-title " + id + "-desc\"");
      assertThat(svg.group(1)).as("drawing %s", id).startsWith("\n<title id=\"" + id + "-title\">").contains("<desc id=\"" + id + "-desc\">");
      assertThat(svg.group(1).replaceAll("(?s).*?<title id=\"" + id + "-title\">([^<]*)</title>.*", "$1")).isNotBlank();
      // The drawing's data is also in a visible table, after it in the same section.
      String rest = html.substring(svg.end());
      int section = rest.indexOf("</section>");
      assertThat(rest.substring(0, section < 0 ? rest.length() : section)).as("the table after drawing %s", id).contains("<table>");
      drawings++;
    }
    Matcher badge = BADGE.matcher(html);
    while (badge.find()) {
      assertThat(badge.group(1)).as("a status says its name in words").isNotBlank();
    }
    List<Integer> levels = new ArrayList<>();
    all(HEADING, html).forEach(l -> levels.add(Integer.parseInt(l)));
    assertThat(levels).as("headings").isNotEmpty().first().isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %s after %s skips no level", levels.get(i), levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    assertThat(drawings).isGreaterThanOrEqualTo(0);
  }

  static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
