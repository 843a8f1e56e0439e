using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// What a question reads of a text, of its own claim or of its terms is worked out once and remembered, since the question
/// is held against fact after fact and sentence after sentence: what is remembered gives the same results as reading afresh.
/// </summary>
public sealed class RememberedClaimReadingsTests
{
    [Theory]
    [InlineData("The port opened in June 2023, and the canal closed in November 2023.", "2023-6|2023-11")]
    [InlineData("Talks began in May 2021; no deal followed.", "2021-5")]
    [InlineData("Talks began on May 3, 2021.", "2021-")]
    [InlineData("The talks went on for weeks without a date set.", "")]
    public void DatedClauses_GiveEachDatedClause_TheSameWhenRemembered(string text, string expected)
    {
        var readings = Enumerable.Range(0, 3).Select(_ => YesNoAnswerer.DatedClauses(text)).ToList();

        Assert.Same(readings[1], readings[2]);
        Assert.All(readings, r => Assert.Equal(expected, string.Join("|", r.Select(c => $"{c.Date.Year}-{c.Date.Month}"))));
    }

    [Theory]
    [InlineData("did port alder dredge the harbour?", "Port Alder planned to dredge the harbour.", true)]
    [InlineData("did port alder dredge the harbour?", "Port Alder dredged the harbour.", false)]
    [InlineData("did port alder want to dredge the harbour?", "Port Alder planned to dredge the harbour.", false)]
    public void Unrealised_GivesTheSame_WhetherTheClaimIsRememberedOrReadAfresh(string question, string text, bool expected)
    {
        var index = StageIndex.Harbour;
        var turn = new Turn(index, ConversationState.Empty, index.Parse(question));
        var stems = Words.Stems(text);

        var first = ClaimChecks.Unrealised(turn, stems);
        var remembered = ClaimChecks.Unrealised(turn, stems);
        var afresh = ClaimChecks.Unrealised(turn.With(turn.Q with { }), stems);

        Assert.Equal(expected, first);
        Assert.Equal(expected, remembered);
        Assert.Equal(expected, afresh);
    }

    [Theory]
    [InlineData("dredg harbour")]
    [InlineData("mayor power rule")]
    public void PrepareBm25_ScoresEverySentenceTheSame_WhenItsTermsAreRemembered(string words)
    {
        var index = StageIndex.Harbour;
        var terms = words.Split(' ');

        var queries = Enumerable.Range(0, 3).Select(_ => index.PrepareBm25(terms)).ToList();

        Assert.All(queries[2].Terms.Zip(queries[1].Terms), p => Assert.Same(p.First.SaidBy, p.Second.SaidBy));
        Assert.All(index.Sentences, sentence => Assert.Equal(index.Bm25(sentence, queries[0]), index.Bm25(sentence, queries[2])));
    }
}
