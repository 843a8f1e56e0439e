using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// The index remembers the questions parsed against it: the engine and the answerers that ask a part of a question on
/// its own ("which came first, X or Y?") share one parse of a repeated text, the same as parsing it afresh.
/// </summary>
public sealed class ParseMemoTests
{
    [Theory]
    [InlineData("which came first, the dredging or the protest?")]
    [InlineData("the mayor's announcement")]
    [InlineData("who said the harbour would reopen")]
    public void Parse_GivesOneRememberedParse_WhenATextRepeats(string text)
    {
        var index = StageIndex.Harbour;

        var parses = Enumerable.Range(0, 3).Select(_ => index.Parse(text)).ToList();
        var fresh = QuestionParser.Parse(index, text);

        Assert.Same(parses[1], parses[2]);
        Assert.Equal(fresh.Intent, parses[2].Intent);
        Assert.Equal(fresh.Residual, parses[2].Residual);
        Assert.Equal(fresh.Entities, parses[2].Entities);
    }
}
