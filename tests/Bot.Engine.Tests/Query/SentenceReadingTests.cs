using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Articles written by the tests, drafted at load: how their sentences are read for why, how many and yes or no
/// (what follows a sentence, who is counted, which words deny).
/// </summary>
public sealed class SentenceReadingTests
{
    /// <summary>Asks of an article with the given title and body, under a byline and date as a published piece has.</summary>
    private static Bot.Engine.Query.Answer Ask(string fileName, string title, string body, string question) =>
        DraftedArticle.Ask(fileName, $"{title}\n\nBy Ada Quill | March 4, 2021\n\n{body}", question);

    [Theory]
    [InlineData("how many people were in the human chain?")]
    [InlineData("how many people stood in the human chain outside the jail?")]
    public void Ask_CountsWhomeverTheArticleCounts_WhenAskedHowManyPeopleAndTheParagraphNamedThePlaceBefore(string question)
    {
        var answer = DraftedArticle.Ask("jail.txt", "Jail Vigil\n\nOn May 3rd a crowd of farmers marched to the jail. They were stopped by a human chain of about 150 activists and priests.\n\n"
            + "The mayor opened the bridge in June.\n", question);

        Assert.Contains("150 activists", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why does lena moss think the dam is doomed?", "The walls crack every spring")]
    [InlineData("why are the strikes at the mill fading?", "arrests and threats")]
    public void Ask_GivesWhatFollowsASentenceThatOnlySaysWhatIsAsked_WhenAskedWhy(string question, string expected)
    {
        var answer = DraftedArticle.Ask("dam.txt", "Dam Fears\n\nFarmer Lena Moss, who lives below the dam, says the dam is doomed.\n\n"
            + "\"The walls crack every spring and nobody repairs them.\"\n\nYet the strikes at the mill are fading. Workers say arrests and threats have worn them down.\n", question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did the parties join the new parliament?", "Yes")]
    [InlineData("did the greens welcome the new parliament?", "No")]
    public void Ask_ReadsTheOppositionAsACamp_WhenItNamesPartiesRatherThanRefusingSomething(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("vote.txt", "Vote Row\n\nThe opposition parties joined the new parliament in May.\n\n"
            + "The greens voiced their opposition to the new parliament from the start.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("did the council say it would mediate?", "No")]
    [InlineData("did the council rule out mediating in the dispute?", "Yes")]
    public void Ask_ReadsRulingOutAsDenying_WhenCheckingAClaim(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("ferry.txt", "Ferry Row\n\nPort Alder and Greenwick quarrelled over the ferry in 2020.\n\n"
            + "At a meeting on May 3rd, the harbour council promised fines but in effect ruled out mediating in the dispute.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("how many people died?", "four people")]
    [InlineData("how many people died in the clashes so far?", "four people")]
    public void Ask_CountsInTheArticlesWords_WhenTheQuestionAsksAnAttributeInOthers(string question, string expected)
    {
        var answer = DraftedArticle.Ask("clash.txt", "Clashes in Lorvik\n\nThe police broke up the march in May. By June 3rd, at least four people had been killed in the clashes.\n", question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ConfirmsAClaim_WhenTheNextSentenceOfTheParagraphSaysTheOneWordItsOwnLacks()
    {
        var answer = DraftedArticle.Ask("march.txt", "Marches in Lorvik\n\nBy Ada Quill | March 4, 2021\n\nOn the streets, the protests have become a war of attrition.\n\n"
            + "For months, Lorvik's main Amber Avenue was blocked for a few hours every evening. New laws and a heavy police presence forced the protesters to adapt, "
            + "marching through nearby streets.\n\nThe mayor opened the new bridge in June.\n", "is it true that protesters were blocking Amber Avenue some hours each evening?");

        Assert.StartsWith("Yes", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ChecksAClaimAgainstTheFactSayingAllOfIt_RatherThanOneOnlyAboutItsSubject()
    {
        var answer = DraftedArticle.Ask("mills.txt", "Mill Strikes\n\nBy Ada Quill | March 4, 2021\n\nMayor Dan Holt has spoken three times to the governor this week to ensure his backing.\n\n"
            + "The protests have also touched off strikes at state mills whose workers once formed the core of Mr Holt's support.\n",
            "is it true that workers at state mills used to be among Holt's main supporters?");

        Assert.Contains("core of Mr Holt", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The article says Ann Lee used to be a journalist, correct?", "No")]
    [InlineData("has Ann Lee been a journalist?", "No")]
    [InlineData("Ann Lee used to be a diplomat, right?", "Yes")]
    public void Ask_ChecksWhatSomeoneWasAgainstTheirRole_WhenTheClaimSaysWhatTheyUsedToBe(string question, string start) =>
        Assert.StartsWith(start, Ask("talks.txt", "Peace Talks", "Reflecting on her years as a diplomat working towards peace, Ann Lee now believes \"all of that has crumbled\".\n", question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_ChecksAClaimAgainstWhatHappened_WhenTheSentenceSayingItsWordsOnlyFearsIt()
    {
        var answer = Ask("mill.txt", "Mill Strike", "The governor was concerned that sending soldiers to the mill could trigger riots.\n\nIn the end the governor refused to deploy troops to the mill.\n",
            "did the governor send soldiers to the mill?");

        Assert.StartsWith("No. In the end the governor refused", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was concerned that")]
    [InlineData("was worried that")]
    public void Ask_DoesNotConfirmWhatASentenceFearsCouldHappen_WhenTheClaimSaysItHappened(string fear) =>
        Assert.StartsWith("The article doesn't say that happened", Ask("mill.txt", "Mill Strike", $"The governor {fear} sending soldiers to the mill could trigger riots.\n", "did the governor send soldiers to the mill?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_SaysWhoTheArticleSaysItOf_WhenTheOnlySentenceSayingTheClaimNamesAnotherPerson()
    {
        var answer = Ask("flat.txt", "Flat Raid", "Detectives found a golden statue in a flat owned by Dan Holt, the deputy mayor.\n\nAnn Lee, a former minister, denies any wrongdoing.\n",
            "The golden statue was found in Ann Lee's flat, right?");

        Assert.StartsWith("No. The article says that of Dan Holt", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The bribes were about 25% of each contract, weren't they?", "No")]
    [InlineData("were the bribes 10-15% of contracts?", "Yes")]
    public void Ask_ChecksTheClaimsOwnShare_WhenTheArticleGivesAnother(string question, string start) =>
        Assert.StartsWith(start, Ask("bribes.txt", "Bribe Scheme", "Recording talks in flats around Lorvik, detectives uncovered a scheme to steal at least $100m from the port using bribes of 10-15% on contracts.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Which three people deny any involvement in the bribes?")]
    [InlineData("which 3 people deny involvement in the bribes?")]
    public void Ask_ReadsACountBeforeAKindOfPersonAsNoRole_WhenAskingWhichPeople(string question) =>
        Assert.StartsWith("Mr Lee, Mr Holt and Ms Roe deny", Ask("bribes.txt", "Bribe Scheme", "Detectives uncovered a scheme to steal money from the port using bribes. The money went to Ann Lee, a former deputy mayor, Dan Holt, "
            + "the harbour master, and Eva Roe, the port minister.\n\nMr Lee, Mr Holt and Ms Roe deny any involvement in the bribes.\n", question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_SaysNotYet_WhenThePlanWordStandsWellBeforeWhatTheClaimSaysIsDone() =>
        Assert.StartsWith("No, not yet.", Ask("fees.txt", "Port Fees", "In response to the strike, the Harbour Council is considering new port fees for ships and freezing financial aid to the ferry company.\n",
            "Has the Harbour Council already cut off its financial aid to the ferry company?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_ReadsANegationBeforeTheSynonymAFactUses_ForTheClaimWordItStandsFor() =>
        Assert.StartsWith("No", Ask("scheme.txt", "Port Scheme", "Detectives uncovered a scheme to steal money from the port. Ann Lee, the mayor, was arrested in May.\n\n"
            + "Dan Holt, the harbour master, has faced growing criticism. He has not been directly accused of involvement in the scheme.\n",
            "so dan holt got charged too right?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_ShowsASentenceOnce_WhenTwoHoldersOfAStanceShareIt()
    {
        var answer = Ask("incursion.txt", "Border Row", "Ann Lee and Dan Holt, the deputy mayor, have also spoken to the governor, warning him against a military incursion.\n", "who opposes a military incursion?");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "warning him against"));
    }

    private const string Scandal = "Port Scandal\n\nBy Ada Quill | March 4, 2021\n\nDetectives uncovered a scheme to steal money from the port. "
        + "Dan Holt, the harbour master, has faced growing criticism in the wake of the scandal.\n\nThe council voted to dismiss Ann Lee, the mayor, in May.\n";

    [Theory]
    [InlineData("Since Dan Holt resigned over the scandal, who replaced him as harbour master?", "The question takes it as given that Dan Holt resigned over the scandal. The article doesn't say.")]
    [InlineData("Since the council voted to keep Ann Lee in her job, is she still mayor?", "No. The question takes it as given that the council voted to keep Ann Lee in her job, but the article says otherwise")]
    [InlineData("Since the council voted to dismiss Ann Lee, when did it vote?", "May")]
    public void Ask_ChecksWhatAQuestionTakesAsGiven_BeforeAnsweringIt(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("scandal.txt", Scandal, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_DoesNotConfirmADeedNoArticleNames_WhenOnlyOneOtherWordOfTheClaimIsSaid() =>
        Assert.StartsWith("The article doesn't say.", DraftedArticle.Ask("scandal.txt", Scandal, "did Dan Holt resign over the scandal?").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("were the protests non-violent?", "Yes")]
    [InlineData("were the protests violent?", "No")]
    public void Ask_ReadsANonPrefixBothSidesWriteAsNoNegation_WhenCheckingAClaim(string question, string start) =>
        Assert.StartsWith(start, Ask("marches.txt", "Marches in Lorvik", "Tens of thousands marched against the mayor in May. So far the protests against the mayor have been almost entirely non-violent.\n", question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_AnswersFromTheSentenceThatRanksIt_WhenAskedAboutTheBiggestInOtherWords() =>
        Assert.Contains("20,000", Ask("marches.txt", "Marches in Lorvik", "Nationwide, about 40 people are missing since the protests started.\n\n"
            + "On May 3rd, farmers joined an estimated 20,000 demonstrators in Lorvik, the largest protest in the town's history.\n", "how big was the biggest protest").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Could you give me a timeline of the key dates mentioned in the article, from July to November?")]
    [InlineData("what happened between july and november?")]
    public void Ask_ListsEveryEventOfThePeriod_WhenAskedForATimelineFromOneMonthToAnother(string question)
    {
        var answer = DraftedArticle.Ask("probe.txt", "Port Probe\n\nBy Ada Quill | December 20, 2025\n\n"
            + "On July 21st several detectives were detained by the police.\n\nOn August 2nd the port reopened.\n\nOn November 19th the council voted to dismiss the mayor.\n\n"
            + "On December 3rd the mayor left town.\n", question);

        Assert.Contains("July 21", answer.Text, StringComparison.Ordinal);
        Assert.Contains("November 19", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("December 3", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Could you outline the sequence of events from Anna Holm's announcement to Olga Dahl's warning?")]
    [InlineData("Chronology of events from Anna Holm's announcement to Olga Dahl's warning, please.")]
    public void Ask_ListsWhatHappenedBetweenTwoNamedEvents_WhenAskedForTheStretchFromOneToTheOther(string question)
    {
        var text = DraftedArticle.Ask("probe.txt", NamedEventsArticle, question).Text;

        // The port's reopening came between the two; the mayor's leaving came after the last.
        Assert.True(text.Contains("August 2", StringComparison.Ordinal) && text.Contains("November 19", StringComparison.Ordinal)
            && !text.Contains("December 3", StringComparison.Ordinal), text);
    }

    private const string NamedEventsArticle = "Port Probe\n\nBy Ada Quill | December 20, 2025\n\nOn July 21st Anna Holm, the mayor, announced a toll.\n\n"
        + "On August 2nd the port reopened.\n\nOn November 19th Olga Dahl, the harbour chief, warned of floods.\n\nOn December 3rd Anna Holm left town.\n";

    [Theory]
    [InlineData("Number of suspects in custody so far.")]
    [InlineData("total number of suspects arrested?")]
    public void Ask_ReadsNumberAsWhatToCount_WhenACountIsAskedTersely(string question) =>
        Assert.Contains("Six suspects", Ask("probe.txt", "Port Probe", "Detectives uncovered a scheme to steal money from the port. Six suspects have been arrested.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the harbour board members give the Courier a comment defending their policies on fares?", "No, not in those words")]
    [InlineData("Does China back the ferry plan of the harbour board?", "The article doesn't say")]
    public void Ask_SaysTheArticleDoesNotPutItSo_WhenAFactSaysMostOfAClaimButNotAll(string question, string start) =>
        Assert.StartsWith(start, Ask("ferry.txt", "Ferry Plan", "The harbour board wants to close the ferry. Its chairman defends the policies of the board on fares.\n\n"
            + "The Courier approached the head of the harbour board and other members for comment on the ferry plan, but no-one was available.\n",
            question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("did vane detain the freighter?", "No. The article doesn't say that happened.")]
    [InlineData("so vane managed to detain the freighter in the end?", "No. The article doesn't say that happened.")]
    [InlineData("did vane try to detain the freighter?", "Yes")]
    [InlineData("did vane plan to board the ferry?", "Yes")]
    public void Ask_SaysNo_WhenTheArticleReportsOnlyAnAttemptAtWhatTheClaimSaysWasDone(string question, string start) =>
        Assert.StartsWith(start, Ask("freighter.txt", "Harbour Patrol", "Last spring Admiral Ada Vane tried to detain the freighter Merrow as it left the bay without a flag. She had to turn back in a storm.\n\n"
            + "Admiral Vane plans to board the ferry next week.\n", question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_TellsHowAnAttemptEnded_WhenSayingNoToAClaimItWasDone() =>
        Assert.Contains("It goes on: \"She had to turn back in a storm.\"", Ask("freighter.txt", "Harbour Patrol",
            "Last spring Admiral Ada Vane tried to detain the freighter Merrow as it left the bay without a flag. She had to turn back in a storm.\n",
            "did vane detain the freighter?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_GivesWhatSomeoneSays_WhenAskedTheirViewOnWhatTheWholeArticleIsAbout()
    {
        var answer = Ask("ferry.txt", "Ferry Fears", "The Lowmark Ferry carried 900 people a day last year. The Lowmark Ferry lost money for the third year running.\n\n"
            + "Mayor Tom Reed wants to sell the Lowmark Ferry. Critics say the Lowmark Ferry is the town's lifeline.\n\n"
            + "\"I don't think the good years are coming back,\" says Ana Diaz, the harbourmaster.\n",
            "what is Ana Diaz's view on the future of the Lowmark Ferry?");

        Assert.Contains("good years", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("does the coastguard check 40 boats a month?", "Yes, in other words")]
    [InlineData("is it true that the coastguard is checking more than 40 boats every month?", "Yes, in other words")]
    [InlineData("does the coastguard check 60 boats a month?", "No")]
    [InlineData("does the coastguard stop 40 yachts a month?", "No")]
    [InlineData("is it true that the coastguard checks more than 40 yachts every month?", "No")]
    [InlineData("does the coastguard check every boat?", "No. The article doesn't go as far as \"every\".")]
    public void Ask_ReadsTheClaimInOtherWords_WhenASentenceGivesAllItsAmounts(string question, string start) =>
        Assert.StartsWith(start, Ask("patrol.txt", "Harbour Patrol", "The bay is busy all year. Fishermen check the weather at dawn.\n\nThe coastguard stops more than 40 boats a month.\n", question).Text,
            StringComparison.Ordinal);
}
