using Bot.Engine.Extraction;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>How a fact is quoted in an answer: a curated fact by its own words, a drafted one by its whole sentence.</summary>
public sealed class RepliesTests
{
    private const string Sentence = "Although the town had long relied on it, the council rejected the ferry contract in May 2021.";

    [Theory]
    [InlineData(true, Sentence)]
    [InlineData(false, "the council rejected the ferry contract")]
    public void Shown_QuotesTheWholeSentence_OnlyForAFactDraftedFromTheText(bool drafted, string expected)
    {
        var model = ArticleExtractor.Extract("ferry", "ferry.txt", $"Ferry Line Closes\n\n{Sentence}\n");
        model = drafted ? model : new ArticleModel { Article = model.Article, Info = model.Info };
        var index = new KnowledgeIndex(new KnowledgeBase([model]));
        var clause = new Position("p", "council", "ferry", Stance.Opposes, "the council rejected the ferry contract", [],
            new Evidence("ferry", 1, "the council rejected the ferry contract"));
        var turn = new Turn(index, ConversationState.Empty, QuestionParser.Parse(index, "did the council reject it"));

        var shown = Replies.Shown(turn, new IndexedFact(clause, model));

        Assert.Equal(expected, shown);
    }
}
