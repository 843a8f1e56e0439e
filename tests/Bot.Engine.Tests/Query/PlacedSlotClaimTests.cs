using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Was X's interview with Y?": a claim opening with "was" or "is" that places its name with a preposition says where or
/// with whom a thing was, in one place, so a sentence giving another name there answers no; while "is X a member of Y?"
/// says what X is, which may be many things, and another name there gainsays nothing. On an article drafted at load.
/// </summary>
public sealed class PlacedSlotClaimTests
{
    private const string Text =
        "Dam talks\nBy Ada Quill\n\n"
        + "In a recent interview with the Lorvik Herald, the valley envoy Ode Lind said the dam was safe.\n\n"
        + "Brenmark is a member of the River League, which meets every spring.\n";

    [Fact]
    public void Ask_AnswersNo_WhenTheArticlePlacesTheThingWithAnotherName()
    {
        var answer = DraftedArticle.Ask("dam.txt", Text, "Was the envoy's recent interview with the Corvale Gazette?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("No", answer.Text);
        Assert.Contains("Lorvik Herald", answer.Text);
    }

    [Fact]
    public void Ask_AnswersYes_WhenTheArticlePlacesTheThingWithTheClaimedName()
    {
        var answer = DraftedArticle.Ask("dam.txt", Text, "Was the envoy's recent interview with the Lorvik Herald?");

        Assert.StartsWith("Yes", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotAnswerNo_WhenTheClaimSaysWhatSomethingIsAMemberOf()
    {
        var answer = DraftedArticle.Ask("dam.txt", Text, "Is Brenmark a member of the Hill Union?");

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Text);
    }
}
