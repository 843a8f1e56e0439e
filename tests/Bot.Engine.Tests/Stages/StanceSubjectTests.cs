using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Whether a sentence speaks for an actor, as a stance answer's fallback reads it: the actor's whole name starts
/// among the sentence's opening words, or among those after an opening phrase set off by a comma.
/// </summary>
public sealed class StanceSubjectTests
{
    private const string Article = """
        Harbour Towns Quarrel Over the Toll

        By Ada Quill | March 4, 2021

        Ruritania and Borduria have quarrelled over the harbour toll for a decade, and Ivo Brand has led Borduria's side.

        Last week Borduria's harbour minister Ivo Brand demanded that the toll be cut by half.

        Speaking to fishermen at the quay on a cold Tuesday, Mara Holm defended the toll as fair.

        In talks with the fishermen last week, the mayor of the old town thanked Mara Holm for the new quay.

        The toll has long been a worry for the fishermen, who rarely agree with Mara Holm.
        """;

    private static readonly Lazy<KnowledgeIndex> Index = new(() =>
    {
        using var seeds = new SeedFolder().With("harbour-toll.txt", Article);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    });

    [Theory]
    [InlineData("harbour minister Ivo Brand demanded", "Ivo Brand", true)]
    [InlineData("Mara Holm defended", "Mara Holm", true)]
    [InlineData("thanked Mara Holm", "Mara Holm", false)]
    [InlineData("rarely agree with Mara Holm", "Mara Holm", false)]
    public void StartsWith_IsTheActorNamedAtTheOpeningOfTheSentenceOrItsMainClause(string sentence, string actor, bool expected)
    {
        var index = Index.Value;
        var id = index.Entities.Values.Single(e => e.Name == actor).Id;

        var found = index.Sentences.Single(s => s.Sentence.Text.Contains(sentence, StringComparison.Ordinal));

        Assert.Equal(expected, StanceAnswerer.StartsWith(index, found, id));
    }
}
