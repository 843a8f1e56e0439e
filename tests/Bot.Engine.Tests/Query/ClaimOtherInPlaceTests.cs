using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims no sentence says with every name, because the article puts another name in one's place ("this time by
/// Peru" for "by Bolivia", "in exile in Peru" for "in Bolivia"): the sentence saying the rest of the claim answers no,
/// and a no to "does the article say X?" shows the sentence saying what is so instead.
/// </summary>
public sealed class ClaimOtherInPlaceTests
{
    private const string Article = """
        Tanker Games

        By Ada Quill | March 4, 2021

        The tanker Marla Jade has sailed under five flags since 2020. In April coastguards from Chile detained the ship off Arica.

        It was intercepted again on May 3rd, this time by Peru.

        Ana Lucero, the former teacher who most likely won the vote, fled the country. She has founded a council of workers while in exile in Peru.

        The port of Arica reopened in June with money from Bolivia.
        """;

    [Theory]
    [InlineData("Was the Marla Jade intercepted by Bolivia on May 3rd?", "this time by Peru")]
    [InlineData("Did Ana Lucero found the council of workers in Bolivia?", "exile in Peru")]
    public void Ask_SaysNoWithTheSentence_WhenItPutsAnotherOfTheNamesKindInItsPlace(string question, string expected) =>
        AssertNoWith(DraftedArticle.Ask("tanker.txt", Article, question), expected);

    private const string AidArticle = """
        Help for the Border

        By Ada Quill | March 4, 2021

        Peru's army is small and poorly armed. Chile is supplying 19 armoured personnel-carriers.

        Bolivia bought warplanes in May, and its drones are new.

        The port of Arica reopened in June.
        """;

    /// <summary>"The article says X, right?" of a claim no sentence makes: the no shows the sentence that says what is so instead.</summary>
    [Theory]
    [InlineData("Does the article say that Chile is supplying Peru with warplanes?")]
    [InlineData("Is it true that the article says Chile is supplying Peru drones?")]
    [InlineData("The article says Chile is supplying Peru warplanes, right?")]
    public void Ask_ShowsTheSentenceNamingTheRestInItsParagraph_WhenTheArticleDoesNotSayTheClaim(string question) =>
        AssertNoWith(DraftedArticle.Ask("border.txt", AidArticle, question), "19 armoured personnel-carriers");

    private static void AssertNoWith(Answer answer, string expected) =>
        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);

    [Theory]
    [InlineData("Was the Marla Jade intercepted by Peru on May 3rd?")]
    [InlineData("Did Ana Lucero found the council of workers in Peru?")]
    [InlineData("Did the port of Arica reopen with money from Bolivia?")]
    public void Ask_DoesNotSayNo_WhenTheSentenceNamesTheClaimsOwnName(string question)
    {
        var answer = DraftedArticle.Ask("tanker.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
