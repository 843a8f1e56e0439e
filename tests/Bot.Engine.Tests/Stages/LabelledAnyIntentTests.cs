using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Harbour toll: any exemptions since the vote?": a label, then whether there is any of something, asks yes or no; a
/// label before a question word or an attribute ("Harbour toll: amount?") asks what it asks.
/// </summary>
public sealed class LabelledAnyIntentTests
{
    [Theory]
    [InlineData("Harbour toll: any exemptions since the vote?")]
    [InlineData("Keld dredging plan: any protests by fishermen?")]
    public void AsksWhetherAny_ReadsALabelledAnyAsYesNo(string question) =>
        Assert.True(IntentRecognizer.AsksWhetherAny(question));

    [Theory]
    [InlineData("Harbour toll: amount?")]
    [InlineData("Harbour toll: any idea who set it?")]
    [InlineData("Any exemptions since the vote?")]
    [InlineData("Harbour toll: any exemptions since the vote")]
    public void AsksWhetherAny_LeavesOtherLabelledQuestions(string question) =>
        Assert.False(IntentRecognizer.AsksWhetherAny(question));

    private const string Article = """
        Keld Harbour

        By Ada Quill | March 4, 2021

        Keld introduced a harbour toll in May. There have been no exemptions from the harbour toll since the council vote, and fishermen still pay it.
        """;

    [Fact]
    public void Ask_AnswersALabelledAny_WithAVerdict() =>
        Assert.StartsWith("No", DraftedArticle.Ask("keld.txt", Article, "Harbour toll: any exemptions since the vote?").Text, StringComparison.Ordinal);
}
