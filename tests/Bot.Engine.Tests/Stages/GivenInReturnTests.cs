using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "What is Velmora getting in return?": "in return", with or without what it is for, is what an article says "in exchange"
/// for, so the question is not refused for a "return" the article never speaks of.
/// </summary>
public sealed class GivenInReturnTests
{
    [Theory]
    [InlineData("what is velmora getting in return?", "what is velmora getting in exchange")]
    [InlineData("what did oskand give in return for the pumps", "what did oskand give in exchange for the pumps")]
    public void Parse_ReadsInReturnAsInExchange(string question, string words) =>
        Assert.Equal(words, QuestionParser.Parse(StageIndex.Harbour, question).Words);
}
