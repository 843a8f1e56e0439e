using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did Jane Roe reject the plan?" of "The town of Greenwick rejected the plan": a sentence is let check a claim about the
/// article's main subject without naming it, but not one whose verb another actor does. Who does it is the claim.
/// </summary>
public sealed class OtherDoerClaimTests : IDisposable
{
    private readonly SeedFolder _seeds = HarbourArticle.Folder();
    private readonly QueryEngine _engine;

    public OtherDoerClaimTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Did Jane Roe reject the dredging plan for the oyster beds?")]
    [InlineData("Did Jane Roe really reject the dredging plan for the oyster beds?")]
    public void YesNo_DoesNotConfirm_WhenTheSentenceSaysAnotherActorDidTheClaimsDeed(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void YesNo_Confirms_WhenTheSentenceSaysTheClaimsOwnActorDidIt() =>
        Assert.StartsWith("Yes", _engine.Ask(new Question(Guid.NewGuid().ToString(), "Did Greenwick reject the dredging plan for the oyster beds?")).Text, StringComparison.Ordinal);

    private const string Drafted = "Harbour Row\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The Port Authority wants a new pier. The Harbour Board rejected the Port Authority's pier plan in May.\n\n"
        + "The Coast Guard seized two of the smuggling boats, and the Harbour Police seized a third boat on Monday.\n\n"
        + "The Harbour Board has also grown its presence on the river by signing deals with the Coast Guard and selling boats to the ferry firms.\n";

    private static Answer AskDrafted(string question) => DraftedArticle.Ask("row.txt", Drafted, question);

    [Fact]
    public void YesNo_SaysNoOfTheOther_WhenTheSentenceNamingTheClaimsActorGivesItsDeedToAnother()
    {
        var answer = AskDrafted("Did the Port Authority reject the pier plan?");

        Assert.StartsWith("No. The article says that of", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the Harbour Police seize a smuggling boat?")]
    [InlineData("Did the Harbour Board sell boats to the ferry firms?")]
    public void YesNo_DoesNotGiveTheDeedToAnother_WhenTheClaimsActorDoesItTooOrTheNameBeforeTheVerbIsAnotherClauses(string question) =>
        Assert.DoesNotContain("that of", AskDrafted(question).Text, StringComparison.Ordinal);
}
