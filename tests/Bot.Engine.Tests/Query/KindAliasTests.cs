using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What illness did X claim?" where "illness" alone is also an alias of the event it excused: the word still asks the
/// kind, and "on health grounds" names no illness. Names of more words ("X's approach") stay whose thing is asked.
/// On the seeded article, whose annotation gives that alias.
/// </summary>
public sealed class KindAliasTests
{
    [Theory]
    [InlineData("wat illness did nazarbaev claim he had exactly")]
    [InlineData("What illness did Nazarbaev cite?")]
    public void Ask_DoesNotNameAnIllness_TheArticleOnlyCallsHealthGrounds(string question)
    {
        var answer = SeededEngine.Ask(question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name the illness", answer.Text);
    }
}
