using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim calling someone by their office ("the president") where the sentence names them is said by the name, in the
/// name's place (the shipped article names its president where the claim says "the president gave in"); the same office
/// beside another thing ("the president's resignation") is not.
/// </summary>
public sealed class OfficeForNameClaimTests
{
    private const string Article = """
        A Reluctant Ally

        By Ada Quill | March 4, 2021

        Ana Lucero, the president of Chile, met the envoy in May.

        Juan Perez argued that the parliament could resist the deployment even if Lucero gave in to Peru.

        Veterans called for the resignation of the parliament in 2011, and Lucero's desire to prevent unrest grew.
        """;

    [Theory]
    [InlineData("Could the Kazakh parliament resist military deployments even if the president gave in to Russia?")]
    [InlineData("Did Botobekov argue the parliament could resist even if the president gave in to Russia?")]
    public void Ask_Confirms_WhenTheNameStandsWhereTheClaimPutsTheOffice(string question)
    {
        var answer = SeededEngine.Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotConfirm_WhenTheOfficeBelongsToAnotherThing()
    {
        var answer = DraftedArticle.Ask("ally.txt", Article, "Did the veterans call for the president's resignation in 2011?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
