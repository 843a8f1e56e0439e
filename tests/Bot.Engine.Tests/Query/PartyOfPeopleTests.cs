using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "which party does X lead?": a group of people the sentence names ("six opposition leaders") is no party, firm or
/// bank, so a sentence naming only such a group names none of the kind asked.
/// </summary>
public sealed class PartyOfPeopleTests
{
    private const string Article = """
        Charges in Kessberg

        By Ada Quill | March 4, 2021

        Prosecutors in Kessberg have brought new charges against six opposition leaders, including Tomas Brel.

        Every party in the council says it will wait for the trial before it speaks.
        """;

    [Theory]
    [InlineData("Tomas Brel is leader of which party?")]
    [InlineData("Tomas Brel is a leader of what party")]
    public void Ask_SaysTheArticleNamesNoParty_WhenTheSentenceNamesOnlyAGroupOfPeople(string question)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Status + ": " + answer.Text);
    }
}
