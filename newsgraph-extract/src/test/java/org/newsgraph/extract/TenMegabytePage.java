package org.newsgraph.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Extracts a generated page of about 10 MB (a long article with markup, links and page furniture
 * around it) and prints the outcome; run in a JVM with a small heap by {@link LargePageMemoryIT}.
 */
final class TenMegabytePage {

  private TenMegabytePage() {}

  static byte[] page() {
    StringBuilder sb = new StringBuilder(10_100_000);
    sb.append("<html><head><title>A very long report | Example</title></head><body>");
    sb.append("<nav>").append("<a href=\"/s\">Section</a>".repeat(200)).append("</nav><article>");
    int i = 0;
    while (sb.length() < 9_900_000) {
      sb.append("<p>Paragraph ")
          .append(i++)
          .append(" of the report describes how the harbour authority inspected the quays, ")
          .append("with <a href=\"/note\">a note</a> on the tides, the cargo and the weather at ")
          .append("sea, and what the inspectors recommended for the coming winter season.</p>\n");
    }
    sb.append("</article><footer>").append("<a href=\"/f\">Footer link</a>".repeat(200));
    sb.append("</footer></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static void main(String[] args) {
    byte[] bytes = page();
    Capture capture =
        Capture.of("https://example.org/long", MediaType.TEXT_HTML, Instant.now(), bytes);
    Extraction e = ArticleExtractors.standard().extract(capture);
    switch (e) {
      case Extraction.Extracted x ->
          System.out.println(
              "extracted "
                  + x.article().body().length()
                  + " chars from "
                  + bytes.length
                  + " bytes");
      case Extraction.Rejected r -> System.out.println("rejected: " + r.reason());
    }
  }
}
