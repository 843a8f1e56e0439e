using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims a sentence bears out in a clause of its own or in terms its paragraph set: a modal after a "but"
/// leaves what came before it done, a claim set "in the plan" is checked against the terms its paragraph gives the
/// plan, and a claim with "must" after its subject asks yes or no.
/// </summary>
public sealed class ClaimClauseScopeTests
{
    private const string Text = """
        Harbour Deal in Port Alder

          • By Kim Sorel

        Late last year, the Greenwick council managed to buy all of the old quays, but critics believe it is doubtful that it could take the remainder of the marina without a court fight.

        The council published a new harbour proposal in May. It was drafted by the port engineers over the winter. Trawlers would be required to register as local vessels and to pay a mooring levy. They would be barred from fishing at night.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("harbour-deal.txt", Text, question);

    [Theory]
    [InlineData("did the greenwick council end up buying all of the old quays late last year")]
    [InlineData("Did the Greenwick council buy all of the old quays?")]
    public void Ask_ConfirmsWhatTheSentenceSaysDone_WhenAModalStandsOnlyInAClauseAfterBut(string question)
    {
        var answer = Ask(question);

        Assert.StartsWith("Yes", answer.Text);
        Assert.Contains("managed to buy all of the old quays", answer.Text);
    }

    [Theory]
    [InlineData("In the plan trawlers must to register as local vessels?")]
    [InlineData("In the plan, are trawlers required to register as local vessels?")]
    public void Ask_ConfirmsATermOfWhatTheClaimIsSetIn_WhenItsParagraphNamedItBefore(string question)
    {
        var answer = Ask(question);

        Assert.StartsWith("Yes", answer.Text);
        Assert.Contains("register as local vessels", answer.Text);
    }

    [Theory]
    [InlineData("In the plan, would trawlers have to register as foreign vessels?")]
    [InlineData("Under the plan, would ferries have to register as local vessels?")]
    public void Ask_DoesNotConfirmATermTheParagraphGivesOtherwise(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_DeniesLeaveTheParagraphBars()
    {
        var answer = Ask("Under the plan, may trawlers keep fishing at night?");

        Assert.StartsWith("No", answer.Text);
    }

    [Theory]
    [InlineData("in the plan trawlers must register as local vessels")]
    [InlineData("the council must pay the levy")]
    public void Recognize_ReadsAStatementWithMustAndAQuestionMarkAsYesNo(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true));
}
