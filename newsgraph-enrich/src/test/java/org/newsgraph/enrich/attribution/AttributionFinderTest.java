package org.newsgraph.enrich.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Span;

class AttributionFinderTest {

  private static final EnglishNlp NLP = new EnglishNlp();
  private static final AttributionFinder FINDER = new AttributionFinder();

  private static List<AttributionFinder.Found> find(String text) {
    return FINDER.find(text, NLP.analyze(text));
  }

  /** The attribution of {@code text} whose cue reads {@code cue}. */
  private static AttributionFinder.Found withCue(String text, String cue) {
    return find(text).stream().filter(f -> f.cue().of(text).equals(cue)).findFirst().orElseThrow();
  }

  private static List<String> of(String text, List<Span> spans) {
    return spans.stream().map(s -> s.of(text)).toList();
  }

  @Test
  void reportedSpeechWithThat() {
    String text = "The minister said that the border would reopen on Monday.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("The minister");
    assertThat(f.cue().of(text)).isEqualTo("said");
    // PolNeAR, the corpus we measure against, often keeps the complementiser in the content
    assertThat(of(text, f.content())).containsExactly("that the border would reopen on Monday");
    assertThat(f.kind()).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void quotationBeforeTheCue() {
    String text = "\u201cWe will not back down,\u201d the spokesman said.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("the spokesman");
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(of(text, f.content()).get(0)).contains("We will not back down");
  }

  @Test
  void interruptedQuotationKeepsBothFragments() {
    String text = "\u201cThe talks,\u201d he said, \u201cwent better than expected.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("he");
    assertThat(f.content()).hasSize(2);
  }

  @Test
  void accordingTo() {
    String text = "Forty people were killed, according to the health ministry.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("according to");
    assertThat(of(text, f.source())).containsExactly("the health ministry");
    assertThat(of(text, f.content())).containsExactly("Forty people were killed");
  }

  @Test
  void beliefsCountAsAttributions() {
    String text = "Officials believe the militia has rebuilt its arsenal.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Officials");
    assertThat(f.cue().of(text)).isEqualTo("believe");
  }

  @Test
  void sentenceWithoutACueHasNoAttribution() {
    assertThat(find("The ship docked at noon and unloaded its cargo of grain.")).isEmpty();
  }

  @Test
  void speakerLabelOpeningALine() {
    String text = "WALLACE: Will she be at the debate on Monday?\nPENCE: Well, I do not think so.";
    List<AttributionFinder.Found> found =
        find(text).stream().filter(f -> f.cue().of(text).equals(":")).toList();

    assertThat(found).hasSize(2);
    assertThat(of(text, found.get(0).source())).containsExactly("WALLACE");
    assertThat(found.get(0).cue().of(text)).isEqualTo(":");
    assertThat(of(text, found.get(1).content())).containsExactly("Well, I do not think so.");
  }

  @Test
  void quotationSignedWithADash() {
    String text = "\u201cHe does not speak for us.\u201d \u2015 Maria Lopez\n";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Maria Lopez");
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void passiveParticipleWithItsAgent() {
    String text = "The talks were described by regional observers as cautious but constructive.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("regional observers");
    assertThat(of(text, f.content())).containsExactly("as cautious but constructive");
  }

  @Test
  void parentheticalReportKeepsOnlyItsOwnSubject() {
    String text = "The world's democracies, Israeli officials argue, must not look away.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Israeli officials");
    assertThat(of(text, f.content())).hasSize(2);
  }

  @Test
  void coordinatedCueSharesTheSubject() {
    String text = "Donald Trump bemoaned the unrest and said the city needed more police.";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.cue().of(text)).isEqualTo("said");
              assertThat(of(text, f.source())).containsExactly("Donald Trump");
            });
  }

  @Test
  void circumstancesOfTheReportAreNotItsContent() {
    String text = "The mayor said on Tuesday that the bridge would reopen.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.content())).containsExactly("that the bridge would reopen");
  }

  @Test
  void occasionAfterAReportedThingIsNotItsContent() {
    String stop =
        "Former President Bill Clinton criticized the Affordable Care Act as a \"crazy system\""
            + " during a campaign stop in Flint.";
    String tweets = "Trump attacked Machado in early-morning tweets.";
    String clause =
        "The senator said that the talks had stalled during the summit in Geneva last week.";

    assertThat(of(stop, withCue(stop, "criticized").content()))
        .containsExactly("the Affordable Care Act as a \"crazy system\"");
    assertThat(of(tweets, withCue(tweets, "attacked").content())).containsExactly("Machado");
    assertThat(of(clause, withCue(clause, "said").content()))
        .containsExactly("that the talks had stalled during the summit in Geneva last week");
  }

  @Test
  void reportedThingGoesOnPastAnOccasionInsideIt() {
    String infinitive =
        "Trump is also encouraging his supporters at a rally Friday evening to ask why he had"
            + " issues.";
    String named =
        "The pastor called Mr. Obama's remarks on Saturday \"a true wake-up call\" to his"
            + " supporters.";
    String relative = "Trump attacked Machado in tweets that called her a disaster.";

    assertThat(of(infinitive, withCue(infinitive, "is also encouraging").content()))
        .containsExactly("his supporters at a rally Friday evening to ask why he had issues");
    assertThat(of(named, withCue(named, "called").content()))
        .containsExactly(
            "Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters");
    assertThat(of(relative, withCue(relative, "attacked").content())).containsExactly("Machado");
  }

  @Test
  void secondPredicateAfterAReportedThingIsTheReporters() {
    String urged =
        "The governor urged lawmakers to pass the budget but has said she will veto any new tax.";
    String clause = "The analyst said prices would fall in the spring but would recover by autumn.";

    assertThat(of(urged, withCue(urged, "urged").content()))
        .containsExactly("lawmakers to pass the budget");
    assertThat(of(clause, withCue(clause, "said").content()))
        .containsExactly("prices would fall in the spring but would recover by autumn");
  }

  @Test
  void asideBeforeTheReportedThatIsNotItsContent() {
    String text =
        "Trump continues to insist, most recently in a Labor Day interview with ABC News, that"
            + " he wants to release his taxes.";

    assertThat(of(text, withCue(text, "continues to insist").content()))
        .containsExactly("that he wants to release his taxes");
  }

  @Test
  void secondReportingVerbSharesTheFirstOnesSourceAndKeepsItsObject() {
    String joined =
        "Trump, speaking to a veterans group in Virginia, said he would order a review of the"
            + " nation's computer defenses and warned against hackers from China.";
    AttributionFinder.Found warned = withCue(joined, "warned against");

    assertThat(of(joined, warned.source())).containsExactly("Trump");
    assertThat(of(joined, warned.content())).containsExactly("hackers from China");
  }

  @Test
  void quotationResumesAfterAParticipleAside() {
    String text =
        "\u201cEvery time you say that,\u201d Tester said, referring to the 1 percent excuse,"
            + " \u201cyou give ammunition to the people who want to break up the banks.\u201d";

    assertThat(of(text, withCue(text, "said").content()))
        .containsExactly(
            "\u201cEvery time you say that,\u201d",
            "\u201cyou give ammunition to the people who want to break up the banks.\u201d");
  }

  @Test
  void asideBetweenTwoDashesStaysInTheContentAndOneDashEndsIt() {
    String paired =
        "Experts said it is up to members of the Electoral College \u2014 typically loyal"
            + " partisans \u2014 to cast formal ballots.";
    String single =
        "The mayor said the budget would be balanced by June \u2014 a promise few believed.";

    assertThat(of(paired, withCue(paired, "said").content()))
        .containsExactly(
            "it is up to members of the Electoral College \u2014 typically loyal partisans"
                + " \u2014 to cast formal ballots");
    assertThat(of(single, withCue(single, "said").content()))
        .containsExactly("the budget would be balanced by June");
  }

  @Test
  void butOpeningAReportedClauseBeforeTheCueIsPartOfIt() {
    String but = "But the new plan is still tilted toward the rich, the economist said.";
    String and = "And the plan would cost more than it saves, the economist said.";

    assertThat(of(but, withCue(but, "said").content()))
        .containsExactly("But the new plan is still tilted toward the rich");
    assertThat(of(and, withCue(and, "said").content()))
        .containsExactly("the plan would cost more than it saves");
  }

  @Test
  void questionBeforeTheCueIsTheContentDespiteAParticipleAfterIt() {
    String text =
        "\u201cWho would have believed we would get 14 million votes?\u201d Trump said, looking"
            + " out on the cheering crowd.";

    assertThat(of(text, withCue(text, "said").content()))
        .containsExactly("\u201cWho would have believed we would get 14 million votes?\u201d");
  }

  @Test
  void sourceOpeningARelativeClauseWithoutItsPronounStandsAlone() {
    String everything = "Everything Trump says is a lie unless proven otherwise.";

    assertThat(of(everything, withCue(everything, "says").source())).containsExactly("Trump");
  }

  @Test
  void participleInsideTheSubjectIsNoVerbOfItsOwn() {
    String text =
        "The Real Clear Politics average of polls taken over the past two weeks shows Clinton"
            + " leading Trump.";

    assertThat(of(text, withCue(text, "shows").source()))
        .containsExactly("The Real Clear Politics average of polls taken over the past two weeks");
  }

  @Test
  void contractedNegationKeepsTheReport() {
    String text =
        "Attorney General Eric Schneiderman isn\u2019t saying if the foundation violated any"
            + " laws.";
    AttributionFinder.Found f = withCue(text, "isn\u2019t saying");

    assertThat(of(text, f.source())).containsExactly("Attorney General Eric Schneiderman");
    assertThat(of(text, f.content())).containsExactly("if the foundation violated any laws");
  }

  @Test
  void onGovernedByTheVerbBelongsToTheCueButNotOnADay() {
    String governed = "Nobody agrees on who is a terrorist, the ambassador said.";
    String day = "The ministry reported on Monday that exports fell.";

    assertThat(find(governed)).extracting(f -> f.cue().of(governed)).contains("agrees on");
    assertThat(find(day)).extracting(f -> f.cue().of(day)).containsExactly("reported");
  }

  @Test
  void reportingNounOwnedByItsSourceIntroducesTheContent() {
    String owned =
        "The judge rejected Nervo's conclusion that judges shouldn't try to judge the"
            + " information.";
    String unowned = "The claim that the vote was rigged spread quickly.";
    AttributionFinder.Found f = withCue(owned, "conclusion");

    assertThat(of(owned, f.source())).containsExactly("Nervo's");
    assertThat(of(owned, f.content()))
        .containsExactly("that judges shouldn't try to judge the information");
    assertThat(find(unowned)).isEmpty();
  }

  @Test
  void adverbBetweenSpeakAndItsParticleBelongsToTheCue() {
    String text = "Mr. Obama spoke emotionally of his many flights across the Mall.";
    AttributionFinder.Found f = withCue(text, "spoke emotionally of");

    assertThat(of(text, f.source())).containsExactly("Mr. Obama");
    assertThat(of(text, f.content())).containsExactly("his many flights across the Mall");
  }

  @Test
  void mediumAfterAnInvertedSourceIsNotPartOfIt() {
    String medium =
        "\u201cIt is a disgrace,\u201d said Rep. Elijah Cummings, the top Democrat on the"
            + " committee, in a statement.";
    String name =
        "\u201cIt is close,\u201d said David Wasserman, House editor for the Cook Political"
            + " Report.";

    assertThat(of(medium, withCue(medium, "said").source()))
        .containsExactly("Rep. Elijah Cummings, the top Democrat on the committee");
    assertThat(of(name, withCue(name, "said").source()))
        .containsExactly("David Wasserman, House editor for the Cook Political Report");
  }

  @Test
  void subjectsWithATimeOrAnAdjectiveAfterTheirHeadStayWhole() {
    String aside = "Clinton, in an interview this week, said the plan failed.";
    String time = "Administration officials this week said the plan failed.";
    String familiar = "Someone familiar with the matter said the plan failed.";
    String contracted = "They've said that the plan failed.";
    String blog = "He wrote on his blog that the plan failed.";

    assertThat(of(aside, withCue(aside, "said").source())).containsExactly("Clinton");
    assertThat(of(time, withCue(time, "said").source()))
        .containsExactly("Administration officials");
    assertThat(of(familiar, withCue(familiar, "said").source()))
        .containsExactly("Someone familiar with the matter");
    assertThat(of(contracted, withCue(contracted, "'ve said").source())).containsExactly("They");
    assertThat(of(blog, withCue(blog, "wrote").content())).containsExactly("that the plan failed");
  }

  @Test
  void secondReportAfterAProgressiveOrACopulaKeepsTheSentenceSubject() {
    String telling =
        "Donald Trump is telling a veterans group that the military is depleted and says he will"
            + " expand the armed forces.";
    String bearish =
        "Mr. McKinley is bearish on the future of student loans and expects them to become less"
            + " available.";

    assertThat(of(telling, withCue(telling, "says").source())).containsExactly("Donald Trump");
    assertThat(of(telling, withCue(telling, "says").content()))
        .containsExactly("he will expand the armed forces");
    assertThat(of(bearish, withCue(bearish, "expects").source())).containsExactly("Mr. McKinley");
  }

  @Test
  void participleAfterCommaAndAdverbSharesTheSubject() {
    String text =
        "The GOP nominee complained about his mic after the debate, even suggesting he may have"
            + " been sabotaged.";

    AttributionFinder.Found f = withCue(text, "even suggesting");
    assertThat(of(text, f.source())).containsExactly("The GOP nominee");
    assertThat(of(text, f.content())).containsExactly("he may have been sabotaged");
  }

  @Test
  void participleDescribingANounReportsNothing() {
    String laws = "Much of it can be credited to the laws proposed during Nixon's term in office.";
    String relative = "It was what analysts described as age-old pre-debate tactics.";

    assertThat(find(laws)).isEmpty();
    assertThat(of(relative, withCue(relative, "described as").source()))
        .containsExactly("analysts");
  }

  @Test
  void quotedTitleInAFrontedPhraseIsNotWhatWasSaid() {
    String text =
        "On Tuesday's episode of \u201cThe Steve Harvey Morning Show,\u201d the former secretary"
            + " of state said she wanted to speak directly to voters.";

    assertThat(of(text, withCue(text, "said").content()))
        .containsExactly("she wanted to speak directly to voters");
  }

  @Test
  void quotedAddresseeAndATimeComeBeforeTheReportedThat() {
    String text =
        "Johnson tells MSNBC's \u201cMorning Joe\u201d on Friday that the hack remains under"
            + " investigation.";

    assertThat(of(text, withCue(text, "tells").content()))
        .containsExactly("that the hack remains under investigation");
  }

  @Test
  void commaInsideAClosingQuoteEndsTheClauseLikeAnyComma() {
    String but =
        "Trump is promising lower taxes and \u201cjobs, jobs, jobs,\u201d but he has also"
            + " intensified his attacks.";
    String participle =
        "Stumpf said the employees were \u201cwell-paid,\u201d making between $30,000 and $60,000"
            + " a year.";

    assertThat(of(but, withCue(but, "is promising").content()))
        .containsExactly("lower taxes and \u201cjobs, jobs, jobs,\u201d");
    assertThat(of(participle, withCue(participle, "said").content()))
        .containsExactly("the employees were \u201cwell-paid,\u201d");
  }

  @Test
  void thatBeforeACommaAndAQuotationBelongsToTheContent() {
    String text = "Trump tweeted that, \u201cat least you know I will be there.\u201d";

    assertThat(of(text, withCue(text, "tweeted").content()))
        .containsExactly("that, \u201cat least you know I will be there.\u201d");
  }

  @Test
  void possessiveOwnerOfANounTaggedAsAVerbIsTheSourceNotPartOfTheCue() {
    String text =
        "Video shows his hands in the air, contradicting Tulsa police\u2019s earlier claim that"
            + " Crutcher had refused to keep his hands up.";

    AttributionFinder.Found f = withCue(text, "earlier claim");
    assertThat(of(text, f.source())).containsExactly("Tulsa police\u2019s");
    assertThat(of(text, f.content()))
        .containsExactly("that Crutcher had refused to keep his hands up");
  }

  @Test
  void callingSomebodySomething() {
    String text = "Cruz called Trump a \"pathological liar\" on Tuesday.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("called");
    assertThat(of(text, f.source())).containsExactly("Cruz");
    assertThat(find("A charity called Hope for Kids opened a shelter.")).isEmpty();
  }

  @Test
  void quotationEndingInAQuestionMarkBeforeTheCue() {
    String text =
        "\u201cHow many times do we have to see this?\u201d Clinton said. \u201cThis is"
            + " unbearable.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Clinton");
    assertThat(f.content()).hasSize(2);
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void nameWithAPartyInParenthesesBeforeTheCue() {
    String text = "Sen. David Perdue (R-Ga.) said he did not believe those characterizations.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Sen. David Perdue (R-Ga.)");
    assertThat(of(text, f.content())).containsExactly("he did not believe those characterizations");
  }

  @Test
  void sentenceOpeningSurnameTaggedAsVerbIsTheSource() {
    String text = "Trump said Democrats are the ones trying to pressure the moderators.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Trump");
    assertThat(of(text, f.content()))
        .containsExactly("Democrats are the ones trying to pressure the moderators");
  }

  @Test
  void capitalisedWordOfANameIsNoCue() {
    String text =
        "The Washington Post ran a long feature on the mine. The Clean Power Plan was designed"
            + " to lower emissions.";

    assertThat(find(text)).extracting(f -> f.cue().of(text)).doesNotContain("Post", "Plan");
  }

  @Test
  void headlineCapitalisesItsCue() {
    String text = "Senate Will Vote On The Bill Soon, Lindsey Graham Says";

    assertThat(find(text)).extracting(f -> f.cue().of(text)).contains("Says");
  }

  @Test
  void quotationGoesOnAfterSpeakerAndApposition() {
    String text =
        "\u201cThe program needs more oversight,\u201d said Ronald R. Fieldstone, a Miami lawyer."
            + " \u201cWithout independence, it invites fraud.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Ronald R. Fieldstone, a Miami lawyer");
    assertThat(of(text, f.content()))
        .containsExactly(
            "\u201cThe program needs more oversight,\u201d",
            "\u201cWithout independence, it invites fraud.\u201d");
  }

  @Test
  void nextQuotationWithItsOwnCueStaysItsOwn() {
    String text =
        "\u201cWe will win,\u201d he said. \u201cThey will lose,\u201d the senator added.";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found).hasSize(2);
    assertThat(of(text, found.get(0).content())).containsExactly("\u201cWe will win,\u201d");
    assertThat(of(text, found.get(1).source())).containsExactly("the senator");
  }

  @Test
  void frontedPhraseAndTrailingCircumstanceAreNotTheSource() {
    String opening = "Speaking at a rally in Novi, Michigan, Trump said the election was rigged.";
    String trailing = "Trump, speaking to a veterans group, said the military was depleted.";
    String clause = "If they failed, the government could deny them the permits.";

    assertThat(of(opening, find(opening).get(0).source())).containsExactly("Trump");
    assertThat(of(trailing, find(trailing).get(0).source())).containsExactly("Trump");
    assertThat(find(clause))
        .allSatisfy(f -> assertThat(of(clause, f.source())).isNotEmpty())
        .allSatisfy(f -> assertThat(of(clause, f.source())).containsExactly("the government"));
  }

  @Test
  void appositionAfterTheNameBelongsToTheSource() {
    String text =
        "Michael Mulgrew, president of the United Federation of Teachers, said the plan would"
            + " fail.";

    assertThat(of(text, find(text).get(0).source()))
        .containsExactly("Michael Mulgrew, president of the United Federation of Teachers");
  }

  @Test
  void partOfAGroupIsTheWholeSource() {
    String text = "Nearly eight of 10 voters say they plan to watch the debate.";

    assertThat(of(text, find(text).get(0).source()).get(0)).endsWith("eight of 10 voters");
  }

  @Test
  void signedQuotationsOnOneLineEachHaveTheirSigner() {
    String text =
        "\u201cHe is a bully.\u201d \u2015 Veronica Cruz \u201cHe avoided every question.\u201d"
            + " \u2015 Adriana Rodarte\n";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found)
        .extracting(f -> of(text, f.source()))
        .containsExactly(List.of("Veronica Cruz"), List.of("Adriana Rodarte"));
  }

  @Test
  void closingMarkTypedAsOpeningStillOpensTheQuotation() {
    String text = "\u201dFear. I am truly afraid of what comes next.\u201d \u2015 Julie Diaz\n";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Julie Diaz");
    assertThat(of(text, f.content()).get(0)).startsWith("\u201dFear.");
  }

  @Test
  void coordinatedVerbSharesTheSubjectPastAQuotation() {
    String text =
        "Cruz exhorted Republicans to \"vote your conscience\" and said he was standing on"
            + " principle.";

    assertThat(find(text))
        .anySatisfy(
            f -> {
              assertThat(f.cue().of(text)).isEqualTo("said");
              assertThat(of(text, f.source())).containsExactly("Cruz");
            });
  }

  @Test
  void auxiliaryNegationAndAdverbsBelongToTheCue() {
    String negated = "The campaign did not immediately respond to requests for comment.";
    String adverb = "Politifact then pointed out that one shooting may have had several victims.";

    assertThat(find(negated).get(0).cue().of(negated)).isEqualTo("did not immediately respond");
    AttributionFinder.Found f = find(adverb).get(0);
    assertThat(f.cue().of(adverb)).isEqualTo("then pointed out");
    assertThat(of(adverb, f.content()))
        .containsExactly("that one shooting may have had several victims");
  }

  @Test
  void callingSomethingSomethingIsAReportUnlessItIsTheWritersWording() {
    String perfect = "Trump has called climate change a hoax.";
    String apposition =
        "Minyon Moore, a senior adviser to the campaign, called the remarks \"a wake-up call\".";
    String writers = "Ban condemned what he called a brazen breach of the resolutions.";

    AttributionFinder.Found f = find(perfect).get(0);
    assertThat(f.cue().of(perfect)).isEqualTo("has called");
    assertThat(of(perfect, f.source())).containsExactly("Trump");
    assertThat(find(apposition)).extracting(a -> a.cue().of(apposition)).contains("called");
    assertThat(find(writers)).extracting(a -> a.cue().of(writers)).doesNotContain("called");
  }

  @Test
  void relativeClauseWithoutItsPronounStaysInTheSource() {
    String text = "All the experts I interviewed said her proposals were more detailed.";

    assertThat(of(text, find(text).get(0).source()).get(0)).endsWith("experts I interviewed");
  }

  @Test
  void surnameTaggedAsVerbInsideANameStaysInTheSource() {
    String text = "Donald Trump says political correctness has run amok in the military.";

    assertThat(of(text, find(text).get(0).source())).containsExactly("Donald Trump");
  }

  @Test
  void objectOfAnUrgingIsPartOfWhatWasUrged() {
    String urged = "The council urged North Korea to refrain from further tests.";
    String told = "The minister told reporters that the border would reopen.";

    assertThat(of(urged, find(urged).get(0).content()))
        .containsExactly("North Korea to refrain from further tests");
    assertThat(of(told, find(told).get(0).content()))
        .containsExactly("that the border would reopen");
  }

  @Test
  void relativeWordIsPartOfTheContent() {
    String text =
        "The test advanced a programme which experts say now allows Pyongyang to build smaller"
            + " warheads.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("experts");
    assertThat(of(text, f.content()))
        .containsExactly("which", "now allows Pyongyang to build smaller warheads");
  }

  @Test
  void dayAfterTheCueIsNotReported() {
    String text = "Police announced on Friday the arrest of a man in the shooting.";

    assertThat(of(text, find(text).get(0).content()))
        .containsExactly("the arrest of a man in the shooting");
  }

  @Test
  void prepositionGovernedByTheVerbBelongsToTheCue() {
    String text = "The senator has been accused of misleading investors about the fund.";

    assertThat(find(text).get(0).cue().of(text)).isEqualTo("has been accused of");
  }

  @Test
  void asideIntroducedByAsSplitsTheContent() {
    String text =
        "Hawaii, as one of the climate advisers pointed out, normally does not get two"
            + " hurricanes in a row.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.content()))
        .containsExactly("Hawaii", "normally does not get two hurricanes in a row");
  }

  @Test
  void continuingSpeakerIsACueOnlyBesideTheQuotation() {
    String speech = "\u201cWe have to do better,\u201d she continued.";
    String action = "Many regulars continued to stay away from the square.";

    AttributionFinder.Found f = find(speech).get(0);
    assertThat(f.cue().of(speech)).isEqualTo("continued");
    assertThat(of(speech, f.source())).containsExactly("she");
    assertThat(find(action)).extracting(a -> a.cue().of(action)).doesNotContain("continued");
  }

  @Test
  void colonClosingTheLineGivesTheNextParagraph() {
    String text =
        "Trump answered with the example of Chicago. He said:\n\n\"We have a situation where"
            + " our inner cities are in trouble.\"\n\nThe debate moved on.";
    AttributionFinder.Found f = withCue(text, "said");

    assertThat(of(text, f.source())).containsExactly("He");
    assertThat(of(text, f.content()))
        .containsExactly("\"We have a situation where our inner cities are in trouble.\"");
  }

  @Test
  void speechVerbAfterPrepositionSharesTheSubject() {
    String text =
        "President Obama responded to the mother on Wednesday by saying the issue was"
            + " manufactured.";
    AttributionFinder.Found f = withCue(text, "saying");

    assertThat(of(text, f.source())).containsExactly("President Obama");
    assertThat(of(text, f.content())).containsExactly("the issue was manufactured");
  }

  @Test
  void quotationClosingBeforeTheSourceIsTheContentWhateverFollows() {
    String text =
        "\"I am not going to follow a script,\" Prime Minister Matteo Renzi said after the"
            + " meeting broke up.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Prime Minister Matteo Renzi");
    assertThat(of(text, f.content()).get(0)).contains("I am not going to follow a script");
  }

  @Test
  void frontedPhraseIsNotTheContent() {
    String text = "In July, the association called for a moratorium on charter schools.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("called for");
    assertThat(of(text, f.content())).containsExactly("a moratorium on charter schools");
  }

  @Test
  void nameKeepsItsRelativeClauseWhenTheClauseHasClauseWords() {
    String text =
        "Derek Mitchell, who served as ambassador to Burma from 2012 until earlier this year,"
            + " said Clinton reached out to McConnell.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source()).get(0))
        .startsWith("Derek Mitchell, who served")
        .endsWith("earlier this year,");
    assertThat(of(text, f.content())).containsExactly("Clinton reached out to McConnell");
  }

  @Test
  void speakingIsACueOnlyWithWhatIsSpokenOf() {
    String of = "Chief Justice Roberts spoke of the legacy of racism.";
    String at = "Chief Justice Roberts spoke at the opening on Saturday.";

    AttributionFinder.Found f = find(of).get(0);
    assertThat(f.cue().of(of)).isEqualTo("spoke of");
    assertThat(of(of, f.content())).containsExactly("the legacy of racism");
    assertThat(find(at)).isEmpty();
  }

  @Test
  void signedQuotationAfterANoBreakSpace() {
    String text = "\u201cHow did we get this low?\u201d\u00a0\u2015 Jacklyn Ashley\u00a0\n";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Jacklyn Ashley");
  }

  @Test
  void passiveAgentAfterAuxiliariesAndAdverbIsTheSource() {
    String text = "The registration issue was first reported by The Washington Post.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("was first reported by");
    assertThat(of(text, f.source())).containsExactly("The Washington Post");
    assertThat(of(text, f.content())).containsExactly("The registration issue");
  }

  @Test
  void frontedParticipleIsNoPartOfTheQuotation() {
    String text =
        "Asked about the explosion, Clinton said, \u201cI think it is important to know the"
            + " facts.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Clinton");
    assertThat(of(text, f.content()))
        .containsExactly("\u201cI think it is important to know the facts.\u201d");
  }

  @Test
  void attitudeTheSpeakerReportsOfHerselfIsPartOfWhatSheSaid() {
    String text = "Clinton said she thinks America is strongest when people work together.";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found).extracting(f -> f.cue().of(text)).containsExactly("said");
    assertThat(of(text, found.get(0).content()).get(0)).startsWith("she thinks America");
  }

  @Test
  void hyphenatedModifierMakesTheCueWordANoun() {
    String text = "Trump is defending his early-morning tweets attempting to shame Machado.";

    assertThat(find(text)).extracting(f -> f.cue().of(text)).doesNotContain("tweets");
  }

  @Test
  void coordinatedPredicateEndsTheReport() {
    String text =
        "The senator praised the plan to reduce premiums, and criticized the cost of the new"
            + " rules.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("praised");
    assertThat(of(text, f.content())).containsExactly("the plan to reduce premiums");
  }

  @Test
  void cueInAnOpeningSubordinateClauseReportsUpToItsComma() {
    String text = "Although Trump has admitted using the tax code, he does not defend it.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("has admitted");
    assertThat(of(text, f.content())).containsExactly("using the tax code");
  }

  @Test
  void sourceOpensTheRelativeClauseOfANounBeforeIt() {
    String text =
        "Congress is examining Russian meddling the California congressman said is designed to"
            + " sow discord.";
    AttributionFinder.Found f = withCue(text, "said");

    assertThat(of(text, f.source())).containsExactly("the California congressman");
  }

  @Test
  void shortDescriptionAfterAFullNameBelongsToTheSource() {
    String text =
        "Senator Dianne Feinstein, Democrat of California, said the program was riddled with"
            + " fraud.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source()))
        .containsExactly("Senator Dianne Feinstein, Democrat of California");
  }

  @Test
  void relativeThatWithoutASubjectStaysInTheSource() {
    String text =
        "A 2014 study that appeared in the British Medical Journal found that medical claims"
            + " lacked evidence.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source()))
        .containsExactly("A 2014 study that appeared in the British Medical Journal");
  }

  @Test
  void passiveWithoutAgentHasNoSource() {
    String text = "Obama's veto is expected to come before the deadline at midnight Friday.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("is expected");
    assertThat(f.source()).isEmpty();
    assertThat(of(text, f.content()))
        .containsExactly("Obama's veto", "to come before the deadline at midnight Friday");
  }

  @Test
  void coordinatedAgentIsOneSource() {
    String text =
        "It was a watershed event described by Israeli and international authorities as the"
            + " gravest attack in decades.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Israeli and international authorities");
  }

  @Test
  void coordinatedPassiveParticiplesHangOnTheSamePhrase() {
    String text =
        "The raids, openly praised by the militia and endorsed by its allies, drew wide"
            + " condemnation.";
    Map<String, String> sourceByCue = new HashMap<>();
    for (AttributionFinder.Found f : find(text)) {
      assertThat(of(text, f.content())).containsExactly("The raids");
      sourceByCue.put(f.cue().of(text), of(text, f.source()).get(0));
    }

    assertThat(sourceByCue)
        .containsEntry("praised by", "the militia")
        .containsEntry("endorsed by", "its allies");
    String auxiliary = "The plan was drafted by Britain and endorsed by France.";
    assertThat(of(auxiliary, withCue(auxiliary, "endorsed by").content()))
        .containsExactly("The plan");
  }

  @Test
  void theMeansAfterARespondingVerbIsNotPartOfTheCue() {
    String text = "Trump responded with attacks on Machado, and the senator replied by email.";

    assertThat(find(text))
        .extracting(f -> f.cue().of(text))
        .contains("responded")
        .doesNotContain("responded with", "replied by");
  }

  @Test
  void accordingToAfterAnotherReportNamesItsOwnSource() {
    String text = "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.";

    AttributionFinder.Found according = withCue(text, "according to");

    assertThat(of(text, according.source())).containsExactly("a campaign aide");
  }

  @Test
  void aCoordinatedCueSkipsTheVerbsOfARelativeClauseForItsSubject() {
    String text =
        "Mr. Schultz backed Democrats during his time at MSNBC, which let him go in 2015, and"
            + " said he did not support either candidate.";

    assertThat(of(text, withCue(text, "said").source())).containsExactly("Mr. Schultz");
    // but a cue coordinated inside the relative clause shares its subject, and "US" is no "us"
    String inside =
        "Trump criticized Sen. John McCain, who voted against it and said it was rushed.";
    String us = "The US imposed sanctions and said the talks were over.";
    assertThat(of(inside, withCue(inside, "said").source())).containsExactly("who");
    assertThat(of(us, withCue(us, "said").source())).containsExactly("The US");
  }

  @Test
  void aClauseBeforeTheCommaIsWhatWasSaidWhenTheSourceFollowsTheVerb() {
    String clause =
        "The offer did not go over well, and the meeting deteriorated from there, said one GOP"
            + " source in the room.";
    String relative = "Mr. Obama, who understood that a vote would fail, told his aides to act.";

    assertThat(withCue(clause, "said").source().get(0).of(clause))
        .isEqualTo("one GOP source in the room");
    assertThat(withCue(clause, "said").content().get(0).of(clause))
        .endsWith("the meeting deteriorated from there");
    // a verb of its own inside a relative clause leaves the subject where it is
    assertThat(withCue(relative, "told").source().get(0).of(relative)).startsWith("Mr. Obama");
  }

  @Test
  void cueInsideAnotherReportIsPartOfIt() {
    String text = "Megan Hester said parents still want neighborhood schools.";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found).extracting(f -> f.cue().of(text)).containsExactly("said");
    assertThat(of(text, found.get(0).content()))
        .containsExactly("parents still want neighborhood schools");
  }

  @Test
  void frontedTimeOrTemporalPhraseIsNotTheSource() {
    String week = "This week, the president declined to threaten Moscow.";
    String after =
        "After her meeting with Obama, the White House announced that the talks would resume.";

    assertThat(of(week, find(week).get(0).source())).containsExactly("the president");
    assertThat(of(after, find(after).get(0).source())).containsExactly("the White House");
  }

  @Test
  void quotedShowAsAddresseeIsNotTheContent() {
    String text =
        "Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.content()))
        .containsExactly("that nobody would question her intelligence");
  }

  @Test
  void openingSubordinateClauseFramesTheReportAfterTheCue() {
    String text =
        "Although North Korea is not thought to be capable of reaching the mainland, it is"
            + " considered a threat to troops in Japan.";
    AttributionFinder.Found f = withCue(text, "is considered");

    assertThat(of(text, f.content())).containsExactly("it", "a threat to troops in Japan");
  }

  @Test
  void knowingAndFeelingReportOnlyWithAClause() {
    String clause = "She knows that the king will always be the king.";
    String object = "She knows the gritty specifics of health care policy.";
    String feeling = "Many European citizens feel stung after the crisis.";

    assertThat(find(clause)).extracting(f -> f.cue().of(clause)).containsExactly("knows");
    assertThat(find(object)).isEmpty();
    assertThat(find(feeling)).isEmpty();
  }

  @Test
  void mediumRightAfterTheVerbBelongsToTheCue() {
    String text = "The senator said in a phone interview that the bill would pass.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("said in a phone interview");
    assertThat(of(text, f.content())).containsExactly("that the bill would pass");
  }

  @Test
  void quotationAfterAShortCircumstanceIsWhatWasSaid() {
    String text =
        "Trump attacked her again, saying of Clinton, \u201cIf she gets the chance, she will put"
            + " the Oval Office up for sale.\u201d";
    AttributionFinder.Found f = withCue(text, "saying");

    assertThat(of(text, f.content()))
        .containsExactly(
            "\u201cIf she gets the chance, she will put the Oval Office up for sale.\u201d");
  }

  @Test
  void aSentenceOpeningWithARoleAfterAsLeavesItOutOfTheSource() {
    String text =
        "As a summer associate at a North Carolina law firm, Loretta E. Lynch said she was asked"
            + " to give a presentation to a client.";
    String among =
        "The council has failed over Syria, with powers such as the United States, Britain and"
            + " France supporting some opposition groups, diplomats said.";

    assertThat(of(text, withCue(text, "said").source())).containsExactly("Loretta E. Lynch");
    assertThat(of(among, withCue(among, "said").source())).containsExactly("diplomats");
  }

  @Test
  void aNameRightAfterAnOpeningPhraseWithoutItsCommaIsTheSource() {
    String text = "In a Bloomberg interview Trump declared “I think NATO may be obsolete.”";

    assertThat(of(text, withCue(text, "declared").source())).containsExactly("Trump");
  }

  @Test
  void aTimeBetweenTheRelativePronounAndItsVerbLeavesThePronounTheSource() {
    String text =
        "He has clashed with McConnell, now the majority leader, who in 2010 said the party's"
            + " main goal was to make Obama a one-term president.";

    assertThat(of(text, withCue(text, "said").source())).containsExactly("who");
  }

  @Test
  void aParticipleAsideAfterTheNameIsLeftOutOfTheSource() {
    String text =
        "Trump, appearing after Clinton at the forum, cited problems in the Middle East that he"
            + " blamed on her.";

    assertThat(of(text, withCue(text, "cited").source())).containsExactly("Trump");
  }

  @Test
  void aNameAfterAndThatOpensAClauseOfItsOwnIsTheSourceAlone() {
    String text =
        "Republicans are convinced the Justice Department mishandled the investigation and"
            + " Democrats accused the GOP of stoking the issue for political gain.";

    assertThat(of(text, withCue(text, "accused").source())).containsExactly("Democrats");
  }

  @Test
  void aPhraseAfterASubordinatorUpToItsCommaIsNoPartOfTheSource() {
    String text =
        "If anything, experts say her plans to raise taxes on the rich would slow growth.";

    assertThat(of(text, withCue(text, "say").source())).containsExactly("experts");
  }

  @Test
  void aNameEndingInTodayKeepsItButATimeTodayIsCut() {
    String paper = "A reporter for USA Today spotted Stein and reported her presence on Twitter.";
    String time = "The minister today said the talks would resume next week.";

    assertThat(of(paper, withCue(paper, "reported").source()))
        .containsExactly("A reporter for USA Today");
    assertThat(of(time, withCue(time, "said").source())).containsExactly("The minister");
  }

  @Test
  void anAsideInParenthesesAfterTheNameIsNoPartOfTheSource() {
    String aside =
        "“It is a misguided approach,” said Mr. Burman (a view echoed by everyone I"
            + " interviewed).";
    String party = "“It is a misguided approach,” said Sen. Ted Cruz (R-Tex.).";

    assertThat(of(aside, withCue(aside, "said").source())).containsExactly("Mr. Burman");
    assertThat(of(party, withCue(party, "said").source()).get(0)).startsWith("Sen. Ted Cruz (R");
  }

  @Test
  void aHyphenSetOffBySpacesIsADashBeforeTheSubject() {
    String text =
        "The debate over coal is also predictable - Donald J. Trump has vowed to bring back lost"
            + " mining jobs.";

    assertThat(of(text, withCue(text, "has vowed").source())).containsExactly("Donald J. Trump");
  }

  @Test
  void aNounWhoseRelativeClauseOpensWithThatIsNoCue() {
    String text =
        "Mr. Obama leaves a raft of new emissions rules that promise to transform the economy.";

    assertThat(find(text)).noneMatch(f -> f.cue().of(text).equals("rules"));
  }

  @Test
  void aParticipleAfterAnOpeningPhraseTakesTheSubjectAfterIt() {
    String text =
        "Marking forty years since Operation Moses, Israel’s Ethiopian community reflects on"
            + " its rescue, noting both accomplishments and challenges of discrimination.";
    AttributionFinder.Found f = withCue(text, "noting");

    assertThat(of(text, f.source())).containsExactly("Israel’s Ethiopian community");
  }

  @Test
  void participleHandsOverAQuotationOfSeveralSentences() {
    String text =
        "Dean poked at the debate, tweeting, \u201cNotice Trump sniffing all the time. Coke"
            + " user?\u201d";
    AttributionFinder.Found f = withCue(text, "tweeting");

    assertThat(of(text, f.content()))
        .containsExactly("\u201cNotice Trump sniffing all the time. Coke user?\u201d");
  }

  @Test
  void quotationResumesAfterTheAddressee() {
    String text =
        "\u201cNow that I don\u2019t have to be politically correct anymore,\u201d he told the"
            + " host, \u201cit was demoralizing to work for Obama.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.content()).hasSize(2);
    assertThat(of(text, f.content()).get(1)).contains("it was demoralizing");
  }

  @Test
  void roleBeforeTheNameAndIncludedMembersBelongToTheSource() {
    String role = "A lawyer for the news outlets, David Schulz, said no decision was made.";
    String members =
        "Proponents, including the United States Conference of Mayors, have urged Congress to"
            + " act.";

    assertThat(of(role, find(role).get(0).source()))
        .containsExactly("A lawyer for the news outlets, David Schulz");
    assertThat(of(members, find(members).get(0).source()))
        .containsExactly("Proponents, including the United States Conference of Mayors");
  }

  @Test
  void roleOpenedByAPossessiveOrOneOfBelongsToTheSource() {
    String partner =
        "His former business partner at Lenox, Lawrence B. Cummings, said the deal was sound.";
    String lawyer =
        "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show"
            + " him leaving his car.";

    assertThat(of(partner, find(partner).get(0).source()))
        .containsExactly("His former business partner at Lenox, Lawrence B. Cummings");
    assertThat(of(lawyer, find(lawyer).get(0).source()))
        .containsExactly("one of the family's attorneys, Justin Bamberg");
  }

  @Test
  void sourceKeepsTheStateAfterTheTownAPersonIsFrom() {
    String text = "Marion Keller, of Dayton, Ohio, said she had waited four hours to vote.";

    assertThat(of(text, find(text).get(0).source()))
        .containsExactly("Marion Keller, of Dayton, Ohio");
  }

  @Test
  void focusWordBeforeANamedSourceIsNoFrontedPhrase() {
    String text =
        "Even Germany, the bloc's largest economy, said it was worried about the new rules.";

    assertThat(of(text, find(text).get(0).source()))
        .containsExactly("Germany, the bloc's largest economy");
  }

  @Test
  void sourceKeepsPossessiveAppositionAndPeoplePlacedByAName() {
    String ally =
        "China, Pyongyang's only ally and its economic lifeline, said it was firmly opposed to"
            + " the test.";
    String advisers = "But in recent days, advisers to Mr. Obama say, the president has changed.";

    assertThat(of(ally, find(ally).get(0).source()))
        .containsExactly("China, Pyongyang's only ally and its economic lifeline");
    assertThat(of(advisers, find(advisers).get(0).source()))
        .containsExactly("advisers to Mr. Obama");
  }

  @Test
  void yearAfterTheSourceIsCut() {
    String text = "An arbitration panel in 2001 found the United States in breach of the treaty.";

    assertThat(of(text, find(text).get(0).source())).containsExactly("An arbitration panel");
  }

  @Test
  void pronounSubjectStandsAlone() {
    String text =
        "A few days ago in an interview with the network RT he blasted the American media.";

    assertThat(of(text, find(text).get(0).source())).containsExactly("he");
  }

  @Test
  void monthAfterTheSourceIsCut() {
    String text = "Federal prosecutors in April charged two developers with fraud.";

    assertThat(of(text, find(text).get(0).source())).containsExactly("Federal prosecutors");
  }

  @Test
  void cognitionVerbsReportAClause() {
    String found =
        "Federal investigators have also discovered that attempts were made to infiltrate it.";
    String office = "That candidate would assume office in January and run again in November.";

    assertThat(find(found))
        .extracting(f -> f.cue().of(found))
        .containsExactly("have also discovered");
    assertThat(find(office)).isEmpty();
  }

  @Test
  void quotationResumesAfterAShortCircumstance() {
    String text =
        "\"What makes this new is not just the hacking,\" Schiff told reporters on Wednesday,"
            + " \"but the attempt to interfere with the election.\"";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.content()).hasSize(2);
    assertThat(of(text, f.content()).get(1)).startsWith("\"but the attempt");
  }

  @Test
  void cueInsideAReportMadeOnADayIsPartOfIt() {
    String text =
        "Mayor Jennifer Roberts said Friday that she thinks the video should be released.";

    assertThat(find(text)).extracting(f -> f.cue().of(text)).containsExactly("said");
  }
}
