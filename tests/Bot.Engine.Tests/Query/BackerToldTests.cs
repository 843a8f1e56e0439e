using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who set up Wave Nine?" answered by the sentence naming the station: it tells who used the station, not who founded,
/// owns, funds or runs it, so the article doesn't say who. On an article drafted at load.
/// </summary>
public sealed class BackerToldTests
{
    private const string Text =
        "Lorvik unrest\nBy Ada Quill\n\n"
        + "Marches have spread across the whole country, not just Lorvik, co-ordinated by students through a radio station called Wave Nine.\n\n"
        + "Grain prices rose again in March.\n";

    [Theory]
    [InlineData("Who set up Wave Nine?")]
    [InlineData("Who owns Wave Nine?")]
    [InlineData("Who is the owner of Wave Nine?")]
    [InlineData("Who funds Wave Nine?")]
    [InlineData("who actually runs Wave Nine")]
    public void Ask_DoesNotSayWho_WhenTheSentenceNamesTheThingButNotWhoIsBehindIt(string question)
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("who set up the fund", "Founding")]
    [InlineData("beacon who is the founder of it", "Founding")]
    [InlineData("whos the current registered owner of the ship", "Owning")]
    [InlineData("and who funds it", "Funding")]
    [InlineData("who actually runs the station", "Running")]
    [InlineData("who set off the alarm", null)]
    [InlineData("what did the man who runs it say", null)]
    [InlineData("who is the leader of the party", null)]
    public void AskedTie_ReadsTheTieAsked(string question, string? expected)
    {
        Assert.Equal(expected, AnswerChecks.AskedTie(question.Split(' '))?.ToString());
    }
}
