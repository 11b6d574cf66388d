package org.newsgraph.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.analysis.TemporalExpression;

class DateFinderTest {

  private static final DateFinder FINDER = new DateFinder();

  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 20);

  private static TemporalExpression only(String text, LocalDate published) {
    List<TemporalExpression> found = FINDER.find(text, published);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void readsAbsoluteDatesInTheUsualOrders() {
    assertThat(only("the October 7, 2023 massacre", null).date()).isEqualTo("2023-10-07");
    assertThat(only("on 7 October 2023 Hamas", null).date()).isEqualTo("2023-10-07");
    assertThat(only("filed 2024-03-05 in court", null).date()).isEqualTo("2024-03-05");
    TemporalExpression month = only("since March 2024 the talks", null);
    assertThat(month.date()).isEqualTo("2024-03-01");
    assertThat(month.granularity()).isEqualTo("MONTH");
    TemporalExpression year = only("elections held in 2022 were", null);
    assertThat(year.date()).isEqualTo("2022-01-01");
    assertThat(year.granularity()).isEqualTo("YEAR");
  }

  @Test
  void spanCoversTheExpressionExactly() {
    String text = "Talks resumed on October 7, 2023, in Doha.";
    TemporalExpression t = only(text, null);

    assertThat(t.span().of(text)).isEqualTo("October 7, 2023");
    assertThat(t.text()).isEqualTo("October 7, 2023");
  }

  @Test
  void readsTheWeekendAsTheOneBeforePublication() {
    TemporalExpression t = only("a direct meeting over the weekend", PUBLISHED);

    assertThat(t.date()).isEqualTo("2025-06-14");
    assertThat(t.granularity()).isEqualTo("WEEKEND");
  }

  @Test
  void readsWeekdaysAndDaysRelativeToPublication() {
    assertThat(only("The minister said on Tuesday that", PUBLISHED).date()).isEqualTo("2025-06-17");
    assertThat(only("Strikes resumed yesterday.", PUBLISHED).date()).isEqualTo("2025-06-19");
    assertThat(only("He will travel next week.", PUBLISHED).date()).isEqualTo("2025-06-23");
    assertThat(only("Prices rose last year.", PUBLISHED).date()).isEqualTo("2024-01-01");
  }

  @Test
  void dayWithoutYearIsTheLatestOneBeforePublication() {
    assertThat(only("since October 7 the region", PUBLISHED).date()).isEqualTo("2024-10-07");
    assertThat(only("on June 3 officials", PUBLISHED).date()).isEqualTo("2025-06-03");
  }

  @Test
  void dayWithoutYearTakesTheYearTheTextNamesItWith() {
    String text =
        "The October 7, 2023 massacre changed the region. Since October 7th, and again on 7"
            + " October, leaders have met; on March 2, 2024 and March 2 they spoke.";

    // without a publication date, and against it: the story named the day, 2023, not 2024
    for (LocalDate published : new LocalDate[] {null, PUBLISHED}) {
      List<TemporalExpression> found = FINDER.find(text, published);
      assertThat(found)
          .extracting(TemporalExpression::text)
          .containsExactly(
              "October 7, 2023", "October 7th", "7 October", "March 2, 2024", "March 2");
      assertThat(found)
          .extracting(t -> String.valueOf(t.date()))
          .containsExactly("2023-10-07", "2023-10-07", "2023-10-07", "2024-03-02", "2024-03-02");
    }
    // a day in the week of publication is this year's, even when an earlier year named it
    assertThat(
            FINDER.find(
                "Two years since October 7, 2023, on October 7 crowds gathered.",
                LocalDate.of(2025, 10, 8)))
        .extracting(t -> String.valueOf(t.date()))
        .containsExactly("2023-10-07", "2025-10-07");
    // a day the text never gives with a year is still read against publication
    assertThat(FINDER.find("The October 7, 2023 attack; on June 3 officials met.", PUBLISHED))
        .extracting(t -> String.valueOf(t.date()))
        .containsExactly("2023-10-07", "2025-06-03");
  }

  @Test
  void relativeExpressionsHaveNoDateWithoutAPublicationDate() {
    TemporalExpression t = only("The talks ended on Tuesday.", null);

    assertThat(t.text()).isEqualTo("Tuesday");
    assertThat(t.date()).isNull();
  }

  @Test
  void ignoresImpossibleDatesAndModalMay() {
    assertThat(FINDER.find("It happened on February 30, 2024.", null)).isEmpty();
    assertThat(FINDER.find("Officials may decide soon; May I ask why?", null)).isEmpty();
    assertThat(FINDER.find("The 1,200 troops and 2024 votes", null)).isEmpty();
  }
}
