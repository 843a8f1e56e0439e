using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Who speaks a quotation: the tag after it, or, for a sentence opening with a quotation that goes on from an earlier
/// one, that one's tag; never an earlier tag for a sentence introducing its quotation in words of its own.
/// </summary>
public sealed class QuoteSpeakerTests
{
    private const string Article = """
        Harbour Towns Quarrel Over the Toll

        By Ada Quill | March 4, 2021

        Ruritania and Borduria have quarrelled over the harbour toll for a decade.

        "We will be very careful," said Mara Holm, the toll envoy. "Nobody wants a war over fish." Ivo Brand, the harbour minister, went so far as to declare that "the toll is theft."

        The fishermen of Lorvik met on Friday.
        """;

    private static readonly Lazy<KnowledgeIndex> Index = new(() =>
    {
        using var seeds = new SeedFolder().With("harbour-toll.txt", Article);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    });

    [Theory]
    [InlineData("We will be very careful", "Mara Holm")]
    [InlineData("Nobody wants a war", "Mara Holm")]
    [InlineData("went so far as to declare", null)]
    public void Of_IsTheTagsSpeaker_OnlyForTheQuotationItCloses(string sentence, string? speaker)
    {
        var index = Index.Value;
        var said = QuoteSpeaker.Of(index, index.Sentences.Single(s => s.Sentence.Text.Contains(sentence, StringComparison.Ordinal)));

        Assert.Equal(speaker, said);
    }
}
