using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Who were the other candidates?", "who besides X?": asked for others than the one the question names, a sentence
/// naming only that one does not answer; one naming others does.
/// </summary>
public sealed class OthersAskedTests
{
    private const string Unnamed = """
        Vell Votes Again

        By Ada Quill | March 4, 2021

        Governor Jo Bloggs won 91% of the vote in the spring election, helped by total control of the press and a boycott by the opposition.

        The harbour of Vell has grown quieter since the border treaty, and its fishing fleet has shrunk by a third.
        """;

    private const string Named = """
        Vell Votes Again

        By Ada Quill | March 4, 2021

        Governor Jo Bloggs won 91% of the vote in the spring election, defeating the teacher Ann Lee and the farmer Tom Roe.

        The harbour of Vell has grown quieter since the border treaty, and its fishing fleet has shrunk by a third.
        """;

    [Theory]
    [InlineData("who were the other candidates jo bloggs ran against in the spring election?")]
    [InlineData("who else ran in the spring election apart from jo bloggs?")]
    public void Ask_SaysItIsNotSaid_WhenTheSentenceNamesNoneButTheOneSetApart(string question)
    {
        var answer = DraftedArticle.Ask("vell-others-unnamed.txt", Unnamed, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("who were the other candidates jo bloggs ran against in the spring election?")]
    [InlineData("who else ran in the spring election apart from jo bloggs?")]
    public void Ask_NamesTheOthers_WhenTheSentenceNamesThem(string question)
    {
        var answer = DraftedArticle.Ask("vell-others-named.txt", Named, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Ann Lee", answer.Text, StringComparison.Ordinal);
    }
}
