using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "What set off the strike in the first place?": "in the first place" and "to begin with" only stress the asking, and
/// "what set off" asks what sparked it; the words of the idioms are never looked for in the article.
/// </summary>
public sealed class StressingIdiomTests
{
    [Theory]
    [InlineData("What set off the strike in the first place?", "what sparked the strike")]
    [InlineData("why did the dockers walk out to begin with", "why did the dockers walk out")]
    [InlineData("What sets off a strike at Greenwick?", "what sparks a strike at greenwick")]
    public void Parse_ReadsTheIdiomAsWhatItMeans(string question, string words) =>
        Assert.Equal(words, QuestionParser.Parse(StageIndex.Harbour, question).Words);
}
