using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Why can't Greenwick do that itself?": a reflexive word only points back at the one named; it is no word to look
/// for, else any sentence saying "in and of itself" would seem to answer.
/// </summary>
public sealed class ReflexiveWordsTests
{
    [Theory]
    [InlineData("why can't greenwick do that itself", "")]
    [InlineData("did greenwick hire nurses themselves", "hir nurs")]
    [InlineData("greenwick hired the nurses itself?", "hir nurs")]
    public void Parse_LeavesOutReflexiveWords(string text, string residual) =>
        Assert.Equal(residual, string.Join(' ', QuestionParser.Parse(Harbour, text).Residual));
}
