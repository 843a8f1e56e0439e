using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Reading the reply to "which one do you mean?": the candidate named, or the only one the reply describes.</summary>
public sealed class ClarificationsTests
{
    private static string? Choose(string entities, string residual, params string[] candidates)
    {
        var q = Question("x", Intent.General) with
        {
            Entities = entities.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Residual = residual.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
        return Clarifications.Choose(Harbour, q, new Clarification("what did they say", candidates));
    }

    [Theory]
    [InlineData("hale", "", "hale")]
    [InlineData("tom-baker", "", "tom-baker")]
    [InlineData("", "fisherman", "tom-baker")]
    [InlineData("hale tom-baker", "", null)]
    [InlineData("", "council leader", null)]
    [InlineData("", "oyster", null)]
    [InlineData("greenwick", "", null)]
    [InlineData("", "", null)]
    public void Choose_ReturnsTheOneCandidateTheReplyNamesOrDescribes_WhenTwoTomsWereOffered(string entities, string residual, string? chosen) =>
        Assert.Equal(chosen, Choose(entities, residual, "hale", "tom-baker"));

    [Theory]
    [InlineData("port-alder", "", "roe")]
    [InlineData("greenwick", "", "hale")]
    [InlineData("", "mayor", "roe")]
    [InlineData("", "council", "hale")]
    public void Choose_ReadsAffiliationsAndRoles_WhenTheCandidatesBelongToDifferentTowns(string entities, string residual, string chosen) =>
        Assert.Equal(chosen, Choose(entities, residual, "roe", "hale"));
}
