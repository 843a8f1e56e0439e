using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims with words that only say "now" or soften the claim ("so far", "at present", "in the years ahead", "at
/// least"), or that frame it as the piece's take ("the piece treats X as Y"): the claim is the rest, which a sentence says.
/// </summary>
public sealed class ClaimFillerTests
{
    private const string Article = "Port Row\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The harbour board represents a grave threat to the fishing towns, probably for many years to come.\n\n"
        + "There have been no high-profile defections from the harbour council. Several prominent captains joined the protests.\n";

    [Theory]
    [InlineData("Is the harbour board a grave threat to the fishing towns so far?")]
    [InlineData("Is the harbour board a grave threat to the fishing towns at present?")]
    [InlineData("Is the harbour board a grave threat to the fishing towns in the years ahead?")]
    [InlineData("Is the harbour board a grave threat to the fishing towns nowadays?")]
    [InlineData("Is the harbour board at least a grave threat to the fishing towns?")]
    [InlineData("Piece treats the harbour board as a grave threat to the fishing towns?")]
    public void YesNo_Confirms_WhenTheClaimOnlyAddsAFillerOrAFrame(string question) =>
        Assert.StartsWith("Yes.", DraftedArticle.Ask("port.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("has greenwick refused the plan so far", "has greenwick refused the plan")]
    [InlineData("is greenwick at present against dredging", "is greenwick against dredging")]
    [InlineData("is greenwick against dredging these days", "is greenwick against dredging")]
    public void Parse_LeavesOutTheFiller_WhenAYesNoClaimOnlySaysNow(string text, string plain) =>
        Assert.Equal(QuestionParser.Parse(Harbour, plain).Residual, QuestionParser.Parse(Harbour, text).Residual);

    [Fact]
    public void Parse_KeepsAtLeast_WhenItHedgesANumber() =>
        Assert.Contains("least", QuestionParser.Parse(Harbour, "did at least 40 boats join the protest").Residual);
}
