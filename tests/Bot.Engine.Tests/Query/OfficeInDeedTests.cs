using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "when did X criticise the port's customs officials?": an office a question asking a date names is part of what
/// happened, not whom the answer must be about; the sentence saying it answers though the person it is about holds
/// another office.
/// </summary>
public sealed class OfficeInDeedTests
{
    private const string Text = """
        Trouble at the Port of Vell

        By Ada Quill | Valley Review | May 9, 2021

        The port of Vell has been losing trade to its rivals along the coast for a decade.

        In March 2020, Governor Jo Bloggs publicly criticised the port's top customs officials, because they had let smugglers through for years.

        Governor Jo Bloggs wants the port to be run by the province instead.
        """;

    [Theory]
    [InlineData("When did Jo Bloggs publicly criticise the port's top customs officials?", "March 2020")]
    public void Ask_Answers_WhenTheOfficeIsPartOfWhatHappened(string question, string expected)
    {
        var answer = DraftedArticle.Ask("vell-port-officials.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
