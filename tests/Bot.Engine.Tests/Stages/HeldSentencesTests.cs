using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Whose view a sentence gives, for stance questions no drafted fact answers: the actor named just before a verb of
/// saying or believing, back to the clause it stands in, or just after a tag ("says X"); not one named in another clause.
/// </summary>
public sealed class HeldSentencesTests
{
    private const string Article = """
        Harbour Towns Quarrel Over the Toll

        By Ada Quill | March 4, 2021

        Ruritania and Borduria have quarrelled over the harbour toll for a decade.

        In an interview with the Coastal Herald, the Ruritanian toll envoy Mara Holm said that the toll has proven effective in paying for the new quay.

        Borduria's harbour minister, Ivo Brand, stated that the toll should be cut by half.

        Instead of cutting the toll now, Ivo Brand favours freezing it for two years.

        "The toll will ruin the fishermen," says Jonas Berg, a trader in Lorvik.

        Last year Jonas Berg sold his old boat to the toll office, and the fishermen of the harbour never forgave him for the worry it caused.

        In talks with Mara Holm last week, the mayor Tomas Vik said the bridge must wait.

        Ivo Brand spoke in Lorvik on Monday. Ruritania, he says, must pay for the quay itself.
        """;

    private static readonly Lazy<KnowledgeIndex> Index = new(() =>
    {
        using var seeds = new SeedFolder().With("harbour-toll.txt", Article);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    });

    [Theory]
    [InlineData("toll envoy Mara Holm said", "Mara Holm", "Coastal Herald")]
    [InlineData("Ivo Brand, stated", "Ivo Brand", "Mara Holm")]
    [InlineData("Ivo Brand favours", "Ivo Brand", "Mara Holm")]
    [InlineData("says Jonas Berg", "Jonas Berg", "Ivo Brand")]
    [InlineData("the mayor Tomas Vik said", "Tomas Vik", "Mara Holm")]
    [InlineData("Ruritania, he says", "Ivo Brand", "Ruritania")]
    public void Holders_AreTheActorsWhoseViewTheSentenceGives(string sentence, string holder, string notHolder)
    {
        var index = Index.Value;
        var holders = HeldSentences.Holders(index, index.Sentences.Single(s => s.Sentence.Text.Contains(sentence, StringComparison.Ordinal)))
            .Select(index.NameOf).ToList();

        Assert.Contains(holders, name => name.Contains(holder, StringComparison.Ordinal));
        Assert.DoesNotContain(holders, name => name.Contains(notHolder, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What does Ivo Brand propose instead of cutting the toll?", "freezing it for two years")]
    [InlineData("Stance of Mara Holm on the toll's effectiveness?", "proven effective")]
    [InlineData("Why, according to Jonas Berg, is the toll a worry for the fishermen?", "ruin the fishermen")]
    public void Ask_AnswersAStanceFromTheHoldersOwnSentence(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour-toll.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A sentence where the actor is only named, in another clause than the one holding the view, gives no view of theirs.</summary>
    [Theory]
    [InlineData("What does Mara Holm think about the bridge?", "Mara Holm", null)]
    [InlineData("What does Tomas Vik think about the bridge?", "Tomas Vik", "bridge must wait")]
    [InlineData("What does Mara Holm think about the quay?", "Mara Holm", "proven effective")]
    public void Best_IsASentenceHeldByTheActor(string question, string actor, string? expected)
    {
        var index = Index.Value;
        var id = index.Entities.Values.Single(e => e.Name == actor).Id;
        var turn = new Turn(index, ConversationState.Empty, QuestionParser.Parse(index, question));

        var best = HeldSentences.Best(turn, id, []);

        if (expected is null)
            Assert.Null(best);
        else
            Assert.Contains(expected, best?.Sentence.Text, StringComparison.Ordinal);
    }
}
