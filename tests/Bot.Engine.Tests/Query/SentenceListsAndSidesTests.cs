using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// On an article without an annotation, lists, sides and comparisons the draft holds no fact for are read from the
/// sentences: a sentence enumerating what is asked for, a sentence where someone opposes or backs what is named,
/// what the article says of each side compared.
/// </summary>
public sealed class SentenceListsAndSidesTests
{
    private const string Article = """
        River Towns Argue Over the Dam

        By Ada Quill | March 4, 2021

        The council of Lorvik approved the new dam on Monday after a long night of talks.

        Farmers in the lower valley keep old habits.

        Farmers in the lower valley obey the water rules, remove their boots before entering the mill, share the pumps and go home at dusk.

        Critics in Brenmark say the dam will flood the meadows and ruin the fishing.

        Fishermen in Corvale are pressing the council to build a second spillway.

        The dam got 300 crowns from Norway last spring.

        Sweden put 40 crowns into the old bridge, its first outlay in a decade.

        The dam will cost the towns more than the bridge did, and it will take four years to build.
        """;

    [Theory]
    [InlineData("list what the farmers in the lower valley do", "remove their boots")]
    [InlineData("who opposes the dam?", "Critics in Brenmark")]
    [InlineData("who is pushing for a spillway?", "Fishermen in Corvale")]
    public void Ask_AnswersFromTheSentenceThatSaysIt_WhenTheDraftHasNoFactForIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("norway vs sweden, who put more crowns in?")]
    [InlineData("compare what sweden and norway put in")]
    public void Ask_ComparesFromWhatTheArticleSaysOfEach_WhenNeitherHoldsAView(string question)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("300 crowns", answer.Text, StringComparison.Ordinal);
        Assert.Contains("40 crowns", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Evidence.Count);
    }

    [Theory]
    [InlineData("who opposes the bridge?")]
    [InlineData("who supports the fishing ban?")]
    public void Ask_SaysTheArticleIsSilent_WhenNoSentenceTakesASideOnIt(string question)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
