package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Teaser;
import org.newsgraph.testkit.Fixtures;
import org.newsgraph.testkit.TestCaptures;

class TextPageExtractorTest {

  private final TextPageExtractor extractor = new TextPageExtractor();

  private Article extract(String text) {
    Extraction e = extractor.extract(TestCaptures.text(text));
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  @Test
  void takesTheHeadlineOfAPageDumpedWithItsChrome() {
    Article a = extract(Fixtures.text("samples/000_ca7439a74214b565.txt"));
    assertEquals(
        "U.S.-Iran Talks Heighten Israeli Security Risks Amid Iranian Terrorism", a.title());
    assertFalse(a.titleDerived());
  }

  @Test
  void dropsPageChromeFromTheBody() {
    Article a = extract(Fixtures.text("samples/000_ca7439a74214b565.txt"));
    assertThat(a.body())
        .doesNotContain("Edit Content")
        .doesNotContain("Related Articles")
        .doesNotContain("No More Articles")
        .doesNotContain("Share the Article")
        .doesNotContain("Sharing:")
        .doesNotContain("U.S.-Iran Talks Heighten"); // the headline is not repeated as body
    assertThat(a.paragraphs().get(0))
        .startsWith("Senior officials from the United States and Iran");
    assertThat(a.paragraphs().get(a.paragraphs().size() - 1))
        .startsWith("In summary, the latest round of U.S.-Iran talks");
  }

  @Test
  void keepsEachLineOfTheRelatedBlockAsATeaserApartFromTheBody() {
    Article a = extract(Fixtures.text("samples/000_ca7439a74214b565.txt"));
    List<String> teasers = a.teasers().stream().map(Teaser::text).toList();
    assertEquals(8, teasers.size());
    assertThat(teasers.get(0))
        .startsWith("The Israeli military intercepted a missile launched from Yemen");
    assertThat(teasers.get(4)).startsWith("Marking forty years since Operation Moses");
    assertThat(teasers.get(7)).startsWith("Israel confronts an intensifying threat");
    assertThat(a.teasers()).allSatisfy(t -> assertThat(t.url()).isNull());
    for (String teaser : teasers) {
      assertThat(a.body()).doesNotContain(teaser);
    }
  }

  @Test
  void derivesATitleFromTheLeadSentenceWhenThePageHasNone() {
    Article a = extract(Fixtures.text("samples/002_e236cc5d13e8879a.txt"));
    assertTrue(a.titleDerived());
    assertThat(a.title())
        .startsWith("A new week brings the intensification of diplomatic exchanges");
    assertThat(a.title().length()).isLessThanOrEqualTo(LeadTitle.MAX_CHARS);
    assertThat(a.paragraphs().get(0))
        .startsWith("A new week brings"); // nothing removed from the body
    assertThat(a.teasers()).isEmpty();
  }

  @Test
  void keepsEveryParagraphOfABodyOnlyPage() {
    String text = Fixtures.text("samples/002_e236cc5d13e8879a.txt");
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    assertEquals(lines, extract(text).paragraphs().size());
  }

  @Test
  void recognisesChromeAndRelatedBlocksOnAnInventedPageOfTheSameShape() {
    String page =
        """
        Print

        Council Approves New Flood Barrier for the River District

        The city council voted on Tuesday to fund a flood barrier along the river, ending a debate that ran for three years.

        Engineers said the barrier would protect about 4,000 homes from the kind of flooding seen last spring.

        Most popular

        Rail workers announce a second week of strikes over pay and conditions across the region.
        A new survey finds that library visits rose sharply among teenagers last year.

        Load more
        Share this article
        Share: Council Approves New Flood Barrier for the River District
        """;
    Article a = extract(page);
    assertEquals("Council Approves New Flood Barrier for the River District", a.title());
    assertEquals(2, a.paragraphs().size());
    assertEquals(2, a.teasers().size());
    assertThat(a.body())
        .doesNotContain("Print")
        .doesNotContain("Load more")
        .doesNotContain("Share");
  }

  @Test
  void aHeadlineMadeOfInterfaceWordsAndContentWordsIsKept() {
    Article a =
        extract(
            "Share prices fall sharply\n\nMarkets fell on Monday after weak trade figures surprised investors.");
    assertEquals("Share prices fall sharply", a.title());
  }

  @Test
  void rejectsAPageWithOnlyChrome() {
    Extraction e =
        extractor.extract(TestCaptures.text("Menu\nSearch\nSign in\nShare\nLoad more\n"));
    assertEquals(new Extraction.Rejected("no article text"), e);
  }
}
