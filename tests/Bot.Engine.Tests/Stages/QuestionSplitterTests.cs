using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>A message asking two things becomes two questions; one question, however long, stays whole.</summary>
public sealed class QuestionSplitterTests
{
    [Theory]
    [InlineData("who wrote it and where was it published?", "who wrote it", "where was it published?")]
    [InlineData("Who is Tom Hale? What did he say?", "Who is Tom Hale", "What did he say?")]
    [InlineData("who is roe, and then what did she do?", "who is roe", "what did she do?")]
    [InlineData("what did roe say and did hale agree", "what did roe say", "did hale agree")]
    [InlineData("who is hale; when did greenwick reject the plan", "who is hale", "when did greenwick reject the plan")]
    [InlineData("who is natia berg, where does she work?", "who is natia berg", "where does she work?")]
    [InlineData("Tell me about Hale. Who is Roe?", "Tell me about Hale", "Who is Roe?")]
    [InlineData("why did greenwick refuse?why did roe insist?", "why did greenwick refuse", "why did roe insist?")]
    [InlineData("who objected, and through which body?", "who objected", "through which body?")]
    [InlineData("who is hale and what is his role and when did he speak", "who is hale", "what is his role and when did he speak")]
    public void Split_ReturnsTwoQuestions_WhenTheMessageAsksTwoThings(string text, string first, string second) =>
        Assert.Equal([first, second], QuestionSplitter.Split(text));

    [Theory]
    [InlineData("what is the relationship between Greenwick and Port Alder?")]
    [InlineData("did greenwick and port alder agree?")]
    [InlineData("what do greenwick and port alder want")]
    [InlineData("why did greenwick refuse?")]
    [InlineData("who is Mayor Roe?")]
    [InlineData("Greenwick and what else?")]
    [InlineData("harbour, and why")]
    [InlineData("who said it, and on what date?")]
    [InlineData("why? ")]
    [InlineData("")]
    public void Split_KeepsTheMessageWhole_WhenItAsksOneThing(string text) =>
        Assert.Equal([text], QuestionSplitter.Split(text));

    [Theory]
    [InlineData("What did the U.S. do about the harbour?")]
    [InlineData("What did Tom Hale Jr. have to say?")]
    public void Split_KeepsTheMessageWhole_WhenAnAbbreviationIsFollowedByAVerb(string text) =>
        Assert.Equal([text], QuestionSplitter.Split(text));

    [Theory]
    [InlineData("who wrote it and where was it published?")]
    [InlineData("why did greenwick refuse?")]
    public void Split_GivesTheSameParts_WhenAMessageComesAgain(string text)
    {
        var first = QuestionSplitter.Split(text).ToList();

        // The memo remembers a message the second time it comes, and answers from it after that.
        foreach (var _ in Enumerable.Range(0, 3))
            Assert.Equal(first, QuestionSplitter.Split(text));
    }
}
