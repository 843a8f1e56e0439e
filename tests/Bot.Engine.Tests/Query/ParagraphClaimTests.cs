using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims a sentence says but for one word an earlier sentence of its paragraph gives: whom the paragraph is about,
/// named once and left out after.
/// </summary>
public sealed class ParagraphClaimTests
{
    private const string Article = """
        Square Notes

        By Ada Quill | March 4, 2021

        The regime in Vossland seems unsure of its old slogans. It has covered the capital with posters of forgotten heroes. A bronze statue of an ancient Vossish queen greeting a foreign envoy has been erected in Liberty Square.

        Farmers marched through the port of Keld on Monday. The army watched from the docks.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("square.txt", Article, question);

    [Theory]
    [InlineData("The government put up a statue of an old Vossish queen in Liberty Square, yes?")]
    [InlineData("Did the regime erect a statue of an ancient Vossish queen in Liberty Square?")]
    public void Ask_Confirms_WhenTheParagraphNamedTheSubjectBeforeTheSentence(string question) =>
        Assert.StartsWith("Yes", Ask(question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the regime erect a statue of an ancient Vossish hero in Liberty Square?")]
    [InlineData("Did the army put up a statue of an old Vossish queen in Liberty Square?")]
    [InlineData("Did the farmers erect a statue of an ancient Vossish queen in Liberty Square?")]
    public void Ask_DoesNotConfirm_WhenTheWordTheSentenceLacksIsNoSubjectEarlierInItsParagraph(string question) =>
        Assert.False(Ask(question).Text.StartsWith("Yes", StringComparison.Ordinal), Ask(question).Text);
}
