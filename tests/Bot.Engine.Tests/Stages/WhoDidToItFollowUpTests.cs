using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "who grabbed it?" after a question about a ship: the verb, one no article uses but whose general synonym one does
/// ("seized"), is what is asked, and the sentence telling it may name the ship only as "it", going on from the
/// paragraph before. The answer is whoever did it, not who or what the ship is.
/// </summary>
public sealed class WhoDidToItFollowUpTests
{
    // "grab" and "snatch" occur nowhere in it; the paragraph telling who seized the ship opens with "It".
    private const string Article = """
        Freighters in the Grey Zone

        By Ada Quill | March 4, 2021

        One battered freighter, the Marla, shows how hard such ships are to pin down. It has sailed under six flags since 2019.

        It was seized again on May 3rd, this time by Norway, just days after Vell's coast guard began tracking it near the cable routes.

        Nobody has claimed the cargo.
        """;

    [Theory]
    [InlineData("who grabbed it in may?")]
    [InlineData("who grabbed it?")]
    [InlineData("who snatched it")]
    public void Converse_NamesTheDoer_WhenAFollowUpAsksWhoDidItInAGeneralSynonymOfTheArticlesVerb(string question)
    {
        var answer = DraftedArticle.Converse("marla-freighter.txt", Article, "what's the Marla?", question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("this time by Norway", answer.Text, StringComparison.Ordinal);
    }
}
