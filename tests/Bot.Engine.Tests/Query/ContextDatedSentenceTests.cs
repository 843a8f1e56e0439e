using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Joint workshops are planned in several towns. The first opened on February 13 in Vell": the dated sentence says
/// what it dates only with the sentence before it, and answers "when" from there.
/// </summary>
public sealed class ContextDatedSentenceTests
{
    private const string Text = """
        Boatyards Band Together

        By Lena Marsh | March 2, 2024

        The coastal towns have agreed to pool their money to build and mend fishing boats together.

        As part of that effort, joint boat repair workshops are planned in several coastal towns. The first started operating on February 13 in Vell, the mayor told the harbour council, and nine more are planned.

        On March 1 the mayor of Vell said the workshops would pay for themselves within a year.

        Shipping firms have diverted several vessels to the rival port of Osk.
        """;

    [Theory]
    [InlineData("On what date did the first joint boat repair workshop start operating?", "February 13")]
    public void When_GivesTheDatedSentence_ThatNamesWhatItDatesInTheSentenceBefore(string question, string date)
    {
        var answer = DraftedArticle.Ask("boatyards.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The date is of what the mayor said, not of when she took office.
    [InlineData("When did the mayor of Vell begin her term?")]
    public void When_GivesNoDatedSentence_ThatTellsNoBeginningAskedFor(string question)
    {
        var answer = DraftedArticle.Ask("boatyards.txt", Text, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
