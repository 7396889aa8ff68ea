package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link HtmlPage} turns the page's Markdown into HTML, and text that only looks like a block stays text. */
class HtmlPageTest {

  private static String body(String markdown) {
    String html = HtmlPage.html("t", markdown);
    return html.substring(html.indexOf("<body>\n") + 7, html.indexOf("<script>"));
  }

  @Test
  void headingsAreOneToSixHashesAndASpaceAnythingElseIsAParagraph() {
    assertThat(body("# Trips\n## Ports ##\n###### six\n#\n#1 priority\n####### seven\n#hashtag here\n"))
        .isEqualTo("<h1>Trips</h1>\n<h2>Ports</h2>\n<h6>six</h6>\n<h1></h1>\n<p>#1 priority</p>\n"
            + "<p>####### seven</p>\n<p>#hashtag here</p>\n");
  }

  @Test
  void linesStartingWithAPipeAreATableOnlyAboveADelimiterRow() {
    assertThat(body("|not a table\n\n| a | b\n|---|:-:|\n| 1 | 2\\|3 |\n| 4 | 5\n"))
        .isEqualTo("<p>|not a table</p>\n<table>\n<tr><th>a</th><th>b</th></tr>\n"
            + "<tr><td>1</td><td>2|3</td></tr>\n<tr><td>4</td><td>5</td></tr>\n</table>\n");
  }

  @Test
  void aLongRowOfDashesIsReadWithoutOverflowingTheStack() {
    String row = "|" + "-|".repeat(50_000);

    String html = body("| a | b\n" + row + "\n| 1 | 2\n\n|not|a|table\n|:|\n\n|x|\n|-:|\n");

    assertThat(html).isEqualTo("<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\n"
        + "<p>|not|a|table</p>\n<p>|:|</p>\n<table>\n<tr><th>x</th></tr>\n</table>\n");
  }

  @Test
  void strongEmphasisIsDrawnAndLoneAsterisksAreKept() {
    assertThat(body("a **bold** move, 2 ** 10 and `**code**`\n"))
        .isEqualTo("<p>a <strong>bold</strong> move, 2 ** 10 and <code>**code**</code></p>\n");
    assertThat(body("**x** and **y z** but ** a** and **b **\n")).isEqualTo("<p><strong>x</strong> and <strong>y z"
        + "</strong> but ** a** and **b **</p>\n");
    String unclosed = "**a ".repeat(30_000);
    assertThat(body(unclosed + "\n")).isEqualTo("<p>" + unclosed + "</p>\n");
  }

  @Test
  void aBackslashWritesPunctuationAsItselfOutsideCodeSpans() {
    assertThat(body("a \\*\\*b\\*\\* \\_c\\_ R\\&D &lt;x&gt; \\\\ \\`d\\` 1\\|2 `e\\*f` \\q and ` alone\n"))
        .isEqualTo("<p>a **b** _c_ R&amp;D &lt;x&gt; \\ `d` 1|2 <code>e\\*f</code> \\q and ` alone</p>\n");
    assertThat(body("**a \\** b**\n")).isEqualTo("<p><strong>a ** b</strong></p>\n");
  }
}
