using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Whose view a sentence gives when it is worded for many holders ("the minister and his aides reject ...") or names
/// its holder by "the country" ("the country's leaders see ..."), and the stance questions those sentences answer,
/// with a report of keeping silent ("declined to comment") when the article gives no view at all.
/// </summary>
public sealed class HeldViewWordingTests
{
    private const string Article = """
        Kessberg Toll Divides the Coast

        By Ada Quill | March 4, 2021

        Portugal has collected a harbour toll at Kessberg since 2015.

        Minister Arlo Venn and his aides reject the toll as a tax on the poor.

        Lena Marsh spoke in Kessberg on Monday. Portugal's fleet is shrinking. One official says that the country's leaders see it as their duty to win back the trawler crews, but that it is hard.
        """;

    private static readonly Lazy<KnowledgeIndex> Index = new(() =>
    {
        using var seeds = new SeedFolder().With("kessberg-toll.txt", Article);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    });

    [Theory]
    [InlineData("his aides reject", "Arlo Venn")]
    [InlineData("the country's leaders see", "Portugal")]
    public void Holders_IncludeTheActorOfAPluralVerbOrOfTheCountry(string sentence, string holder)
    {
        var index = Index.Value;
        var holders = HeldSentences.Holders(index, index.Sentences.Single(s => s.Sentence.Text.Contains(sentence, StringComparison.Ordinal)))
            .Select(index.NameOf).ToList();

        Assert.Contains(holders, name => name.Contains(holder, StringComparison.Ordinal));
    }

    private const string Proposal = """
        Kessberg Toll Divides the Coast

        By Ada Quill | March 4, 2021

        Portugal has collected a harbour toll at Kessberg since 2015. Portugal's navy guards the harbour.

        On Monday local papers reported on a secret 12-point toll proposal drafted by Lena Marsh. The Kessberg Harbour Authority has declined to comment on it.

        The Spanish navy deserves the respect of Portugal for rebuilding so fast, because its ships were old in 2022.

        Lena Marsh's recent speeches, together with Portugal's open rejection of a toll truce, suggest that Lisbon still expects the Spanish navy to shrink.
        """;

    /// <summary>
    /// The actor's own view outranks a fact only said about the actor (an explanation of the author's); an actor the
    /// article says nothing of but that it declined to comment is answered with that.
    /// </summary>
    [Theory]
    [InlineData("What is Portugal's view of the Spanish navy?", "expects the Spanish navy to shrink")]
    [InlineData("Stance of the Kessberg Harbour Authority on the 12-point proposal.", "declined to comment")]
    public void Ask_AnswersAStanceFromTheHoldersSentence(string question, string expected)
    {
        var answer = DraftedArticle.Ask("kessberg-proposal.txt", Proposal, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
