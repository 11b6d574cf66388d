package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.Teaser;
import org.newsgraph.testkit.TestCaptures;

class HtmlPageExtractorTest {

  private static final String BODY =
      "<p>The port authority said on Monday that cargo traffic fell by a third in the first"
          + " quarter, the steepest drop since records began.</p>"
          + "<p>Officials blamed the closure of two berths for repairs and a shortage of pilots"
          + " able to guide the largest vessels into the harbour.</p>";

  private final HtmlPageExtractor extractor = new HtmlPageExtractor();

  private Extraction run(String html) {
    return extractor.extract(TestCaptures.html(html));
  }

  private Article extract(String html) {
    Extraction e = run(html);
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  @Test
  void takesTheBodyFromTheArticleAndLeavesPageFurnitureOut() {
    Article a =
        extract(
            """
            <html lang="en-GB"><head><title>Cargo falls | Harbour Times</title>
            <style>p { color: red }</style><script>var tracking = "secret";</script></head>
            <body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
            <div class="cookie-banner"><p>We use cookies to improve your experience on this site.</p></div>
            <article><h1>Cargo traffic falls by a third</h1>%s
            <div class="share-tools"><a href="#">Share on X</a> <a href="#">Copy link</a></div>
            </article>
            <aside class="newsletter"><p>Sign up for our morning briefing, delivered daily.</p></aside>
            <footer><p>Copyright Harbour Times. All rights reserved.</p></footer>
            <script>window.dataLayer = [];</script></body></html>
            """
                .formatted(BODY));
    assertEquals("Cargo traffic falls by a third", a.title());
    assertEquals(2, a.paragraphs().size());
    assertThat(a.paragraphs().get(0)).startsWith("The port authority said on Monday");
    assertThat(a.body())
        .doesNotContain("tracking")
        .doesNotContain("color: red")
        .doesNotContain("cookies")
        .doesNotContain("Share on X")
        .doesNotContain("morning briefing")
        .doesNotContain("All rights reserved")
        .doesNotContain("dataLayer");
    assertEquals("en-GB", a.language());
  }

  @Test
  void prefersOpenGraphTitleAndReadsCanonicalUrlSiteAndPublicationTime() {
    Article a =
        extract(
            """
            <html><head><title>Ignored | Site</title>
            <meta property="og:title" content="Port traffic slumps">
            <meta property="og:site_name" content="Harbour Times">
            <meta property="article:published_time" content="2025-04-07T08:30:00+02:00">
            <link rel="canonical" href="https://harbour.example/2025/04/port-traffic">
            </head><body><article>%s</article></body></html>
            """
                .formatted(BODY));
    assertEquals("Port traffic slumps", a.title());
    assertEquals("https://harbour.example/2025/04/port-traffic", a.url());
    assertEquals("Harbour Times", a.siteName());
    assertEquals(Instant.parse("2025-04-07T06:30:00Z"), a.published());
  }

  @Test
  void keepsRelatedLinksAsTeasersWithTheirAddresses() {
    Article a =
        extract(
            """
            <html><head><title>Cargo</title></head><body><article><h1>Cargo</h1>%s</article>
            <section class="related-articles"><h2>Related coverage</h2><ul>
            <li><a href="https://harbour.example/pilots">Harbour pilots warn of staff shortages before summer</a></li>
            <li><a href="https://harbour.example/berths">Repairs to two berths will last until the autumn</a></li>
            </ul></section></body></html>
            """
                .formatted(BODY));
    assertEquals(2, a.teasers().size());
    assertEquals(
        new Teaser(
            "Harbour pilots warn of staff shortages before summer",
            "https://harbour.example/pilots"),
        a.teasers().get(0));
    assertThat(a.body()).doesNotContain("Harbour pilots warn");
  }

  @Test
  void derivesATitleWhenThePageHasNone() {
    Article a =
        extract(
            "<html><body><p>"
                + "Cargo fell sharply this year at the port. ".repeat(5)
                + "</p></body></html>");
    assertTrue(a.titleDerived());
    assertEquals("Cargo fell sharply this year at the port", a.title());
  }

  @Test
  void extractsFromMalformedMarkup() {
    Article a =
        extract(
            "<html><body><div><p>The port authority said on Monday that cargo traffic fell by a"
                + " third<p>Officials blamed <b>the closure of two berths for repairs and a"
                + " shortage of pilots able to guide the largest vessels</i> into the harbour"
                + "</div></span></body>");
    assertFalse(a.body().isBlank());
    assertThat(a.body()).contains("cargo traffic fell by a third").contains("shortage of pilots");
  }

  @Test
  void rejectsAPageWithoutArticleText() {
    assertEquals(
        new Extraction.Rejected("no article body"),
        run(
            "<html><head><title>Home</title></head><body><nav><a href=/a>A</a></nav></body></html>"));
  }

  @Test
  void rejectsAPageOfOnlyScripts() {
    assertEquals(
        new Extraction.Rejected("no article body"),
        run(
            "<html><script>"
                + "var a = 1;".repeat(500)
                + "</script><script>alert(1)</script></html>"));
  }

  @Test
  void decodesTheDeclaredCharset() {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 culture</title></head><body>"
            + "<article><p>The caf\u00e9 on the corner reopened on Monday after a long renovation,"
            + " and its owner said business was already brisk by lunchtime on the first day"
            + " back.</p></article></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    Extraction e = extractor.extract(TestCaptures.of("cafe.html", MediaType.TEXT_HTML, bytes));
    Article a = ((Extraction.Extracted) e).article();
    assertThat(a.body()).contains("The caf\u00e9 on the corner");
  }

  @Test
  void detectsTheEncodingOfAPageThatDeclaresNone() {
    byte[] bytes =
        ("<html><body><article><p>Caf\u00e9 owners in the old town said on Monday that trade had"
                + " recovered since the bridge reopened, and that the caf\u00e9 terraces were full"
                + " again by lunchtime on most days of the week.</p></article></body></html>")
            .getBytes(Charset.forName("windows-1252"));
    Extraction e = extractor.extract(TestCaptures.of("cafe.html", MediaType.TEXT_HTML, bytes));
    assertThat(((Extraction.Extracted) e).article().body()).startsWith("Caf\u00e9 owners");
  }

  @Test
  void readsUtf8EvenWhenThePageDeclaresALegacyEncoding() {
    byte[] bytes =
        ("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Z\u00fcrich and"
                + " S\u00e3o Paulo signed a partnership on Tuesday to share data on air quality,"
                + " the mayors of both cities said in a joint statement.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    Extraction e =
        extractor.extract(TestCaptures.of("misdeclared.html", MediaType.TEXT_HTML, bytes));
    assertThat(((Extraction.Extracted) e).article().body())
        .startsWith("Z\u00fcrich and S\u00e3o Paulo");
  }

  @Test
  void rejectsAnErrorPage() {
    Extraction e =
        run(
            """
            <html><head><title>Page not found | Harbour Times</title></head><body>
            <nav><a href="/">Home</a><a href="/world">World</a></nav>
            <main><h1>Page not found</h1>
            <p>Sorry, the page you were looking for has moved or no longer exists. It may have been
            removed after a correction, or the address may have been mistyped. Try the search box
            above, or return to the front page to see today's stories.</p></main></body></html>
            """);
    assertThat(((Extraction.Rejected) e).reason()).startsWith("not an article: an error page");
  }

  @Test
  void rejectsAnIndexPageOfHeadlines() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      items
          .append("<li><a href=\"/story-")
          .append(i)
          .append("\">Council votes on plan number ")
          .append(i)
          .append(" for the harbour district</a></li>");
    }
    Extraction e =
        run(
            "<html><head><title>Local news | Harbour Times</title></head><body><h1>Local news</h1>"
                + "<p>The latest stories from around the harbour district and the towns along the"
                + " coast, updated through the day by our reporters.</p><ul>"
                + items
                + "</ul></body></html>");
    assertThat(((Extraction.Rejected) e).reason()).startsWith("not an article: an index page");
  }
}
