using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against a drafted article's sentence in the light of what stands around the claim's words: the
/// alternative a sentence sets aside, a clause of its own about one of the claim's names, the sentence before it in
/// its paragraph, a capital named as a city, and a thing the claim gives as one actor's.
/// </summary>
public sealed class ClaimContextTests : IDisposable
{
    private const string Article = """
        Harbour Notes

        By Ada Quill | March 4, 2021

        Instead of fining single trawler firms, the Harbour Guild said that ministers should ban their owners from the docks.

        Port Vey has struggled too: one of the boats caught dumping oil in its harbour, for example, had flown three flags, none linked to Bolivia.

        The Lakeside Union relies on a shadow fleet of some 300 old tankers. Port Vey has seized two of those tankers.

        Delegates visiting Cusco in Peru last week praised the harbour master.

        The audit, which Chile paid for, is based on the Peru defence ministry's records of ships.

        Ultimately, peace does not suit Mayor Ivo Sand, and the traders should be wary.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("harbour-notes.txt", Article);

    public void Dispose() => _seeds.Dispose();

    private Answer Ask(string question) => new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("context", question));

    [Theory]
    [InlineData("Did the Harbour Guild say that fining single trawler firms is enough?", "No")]
    [InlineData("Did the Harbour Guild say ministers should ban the owners from the docks?", "Yes")]
    [InlineData("Was the boat caught dumping oil in Port Vey's harbour linked to Bolivia?", "No")]
    [InlineData("Has Port Vey seized shadow tankers?", "Yes")]
    [InlineData("Has Port Vey seized two of the shadow-fleet tankers?", "Yes")]
    [InlineData("Is the audit based on Chile's defence ministry records?", "No")]
    [InlineData("Is the audit based on Peru's defence ministry records?", "Yes")]
    [InlineData("Does Ivo Sand want peace?", "No")]
    public void Ask_ReadsTheClaimInItsContext_WhenTheSentenceSaysPartOfItAround(string question, string start)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Did the delegates visit Lima last week?")]
    [InlineData("Is it true that delegates visiting Lima praised the harbour master?")]
    public void Ask_DoesNotConfirmACapital_WhenTheSentenceNamesAnotherTownOfItsCountry(string question) =>
        Assert.False(Ask(question).Text.StartsWith("Yes", StringComparison.Ordinal), Ask(question).Text);

    [Fact]
    public void Ask_ConfirmsTheTown_WhenTheSentenceNamesIt() =>
        Assert.StartsWith("Yes", Ask("Did the delegates visit Cusco last week?").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("is the Dock Fund still a lender of money to Port Vey?", "No, no longer")]
    [InlineData("was the Dock Fund a lender of money to Port Vey?", "Yes")]
    public void Ask_SaysNoLonger_WhenTheArticleSaysItStopped(string question, string start)
    {
        var answer = DraftedArticle.Ask("fund.txt", "Fund Pulls Out\n\nIn May 2021 the Dock Fund stopped being a lender of money to Port Vey, its board said.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has the council already approved Ivo Sand?", "No, not yet")]
    [InlineData("Confirm: Ivo Sand already approved by the council.", "No, not yet")]
    public void Ask_SaysNotYet_WhenTheArticleSaysItIsPending(string question, string start)
    {
        var answer = DraftedArticle.Ask("sand.txt", "Harbour Office Changes\n\nIvo Sand, the new harbour master (pending council approval), says dredging is a priority.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }
}
