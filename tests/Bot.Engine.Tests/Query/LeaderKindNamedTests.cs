using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which heads of state toured Veskar?": a person named answers a word for those who lead a state, though the sentence
/// calls them by another word ("politicians ... such as President Arlo Venn"). On an article drafted at load.
/// </summary>
public sealed class LeaderKindNamedTests
{
    private const string Text =
        "Veskar draws visitors\nBy Ada Quill\n\n"
        + "Northern politicians have embarked on tours of Veskar, such as Lorvian President Arlo Venn (May 2022) and Ostrian Chancellor Tamsin Orr (June 2022).\n\n"
        + "The islands hope for more trade with the north.\n";

    [Theory]
    [InlineData("Which northern heads of state toured Veskar in 2022?")]
    [InlineData("Which foreign dignitaries embarked on tours of Veskar?")]
    public void Ask_NamesThePeople_WhenTheArticleCallsLeadersByAnotherWord(string question)
    {
        var answer = DraftedArticle.Ask("veskar.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains("Arlo Venn", answer.Text);
    }
}
