using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who is X?" on an article drafted at load: the role is cut from the article's words, so the answer gives those words
/// as they stand ("Jo Roe, the defence minister"), not a role retold in the bot's.
/// </summary>
public sealed class DraftedRoleWordsTests
{
    private const string Text =
        "Harbour talks stall in Brenmark\nBy Ada Quill\n\n"
        + "The defence budget will rise by 40% this year, according to Anatolia Brest, the defence minister of Brenmark. "
        + "She says the navy needs new ships.\n\n"
        + "Most of the trade passes through Velmoria, a breakaway region in the north of Brenmark that its neighbour sponsors. "
        + "Talks on the port were put off again on Monday.\n\n"
        + "Journalist Pavo Rinn says the delay suits everyone.\n";

    [Theory]
    [InlineData("Who is Anatolia Brest?", "Anatolia Brest, the defence minister")]
    [InlineData("what is velmoria", "Velmoria, a breakaway region in the north")]
    public void Ask_GivesTheRoleInTheArticlesWords_WhenTheyNameItBesideTheRole(string question, string words)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains($"\"{words}", answer.Text);
    }

    [Fact]
    public void Ask_GivesAShortRoleBeforeTheName_AsARole()
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, "Who is Pavo Rinn?");

        Assert.StartsWith("Pavo Rinn: Journalist", answer.Text);
    }
}
