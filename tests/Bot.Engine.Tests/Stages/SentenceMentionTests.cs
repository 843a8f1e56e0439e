using Bot.Engine.Extraction;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Stages;

/// <summary>Whom the index takes a sentence to speak of: the names it gives, and the person a "he" or "she" points back at.</summary>
public sealed class SentenceMentionTests
{
    private const string Text = "Bridge Row\n\nBy Ada Quill | March 4, 2021\n\nAnn Lee, the harbour master, faces protests.\n\n"
        + "Mayor Dan Holt has no need to act. He may even be pleased to watch Ms Lee suffer. But he cannot let her fall. "
        + "In June alone he visited Ms Lee twice. Ms Lee says he came late.\n";

    [Theory]
    [InlineData("He may even be pleased", "Dan Holt")]
    [InlineData("But he cannot let her fall", "Dan Holt")]
    [InlineData("In June alone he visited", "Dan Holt")]
    public void Mentioned_HoldsThePersonLastNamed_WhenTheirPronounComesBeforeAnyOtherName(string opening, string person)
    {
        var index = new KnowledgeIndex(new KnowledgeBase([ArticleExtractor.Extract("bridge", "bridge.txt", Text)]));
        var id = index.Entities.Values.Single(e => e.Name == person).Id;

        Assert.Contains(id, index.Sentences.Single(s => s.Sentence.Text.StartsWith(opening, StringComparison.Ordinal)).Mentioned);
    }

    [Fact]
    public void Mentioned_LeavesOutThePersonLastNamed_WhenAnotherIsNamedBeforeThePronoun()
    {
        var index = new KnowledgeIndex(new KnowledgeBase([ArticleExtractor.Extract("bridge", "bridge.txt", Text)]));
        var id = index.Entities.Values.Single(e => e.Name == "Dan Holt").Id;

        Assert.DoesNotContain(id, index.Sentences.Single(s => s.Sentence.Text.StartsWith("Ms Lee says", StringComparison.Ordinal)).Mentioned);
    }

    [Fact]
    public void Mentioned_HoldsTheStateLastNamed_WhenASentenceSpeaksOfItAsTheCountry()
    {
        const string text = "Valley Aid\n\nBy Ada Quill | March 4, 2021\n\nThreats against Peru have grown.\n\n"
            + "Threats have prompted Peru's friends to help. Last June the country joined the Lakeside Union, which promised it funds.\n";
        var index = new KnowledgeIndex(new KnowledgeBase([ArticleExtractor.Extract("valley", "valley.txt", text)]));
        var id = index.Entities.Values.Single(e => e.Name == "Peru").Id;

        Assert.Contains(id, index.Sentences.Single(s => s.Sentence.Text.StartsWith("Last June", StringComparison.Ordinal)).Mentioned);
    }
}
