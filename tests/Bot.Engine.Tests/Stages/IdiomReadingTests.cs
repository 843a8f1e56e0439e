using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// An idiom ("push back on") is read as the word it means in any case and beside any letters, while a question holding
/// none of the idioms' words is read word for word (the idiom pattern is only run where an idiom's letters stand).
/// </summary>
public sealed class IdiomReadingTests
{
    [Theory]
    [InlineData("Did the dockers push back on the toll?", "did the dockers oppose the toll")]
    [InlineData("DID THE DOCKERS PUSH BACK ON THE TOLL?", "did the dockers oppose the toll")]
    [InlineData("Did the dockers Push Back on the toll?", "did the dockers oppose the toll")]
    [InlineData("Did the dockers of Grünwick push back on the toll?", "did the dockers of grünwick oppose the toll")]
    [InlineData("Did the dockers back the toll?", "did the dockers back the toll")]
    [InlineData("Did the dockers pushback the toll?", "did the dockers opposition the toll")]
    [InlineData("Did the dockers push the toll back?", "did the dockers push the toll back")]
    public void Parse_ReadsAnIdiomAsItsWord_WhereverItsLettersStand(string question, string words) =>
        Assert.Equal(words, QuestionParser.Parse(StageIndex.Harbour, question).Words);
}
