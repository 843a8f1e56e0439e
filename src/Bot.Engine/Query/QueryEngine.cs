using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>
/// Answers questions about the loaded articles: links the names a question uses, recognises what
/// it asks, answers from the knowledge model, falls back to ranked sentences, and otherwise says
/// plainly that the article does not say. Thread-safe; one conversation is answered at a time.
/// </summary>
public sealed partial class QueryEngine
{
    /// <summary>Longest question read; the rest of a huge message is ignored.</summary>
    public const int MaxQuestionLength = 1000;

    private readonly ConversationStore _conversations;
    private volatile KnowledgeIndex _index;

    public QueryEngine(KnowledgeBase knowledge, TimeProvider? time = null, TimeSpan? conversationExpiry = null, int maxConversations = 10_000)
    {
        _index = new KnowledgeIndex(knowledge);
        _conversations = new ConversationStore(time ?? TimeProvider.System, conversationExpiry ?? TimeSpan.FromMinutes(30), maxConversations);
    }

    public KnowledgeBase Knowledge => _index.Knowledge;

    /// <summary>How many conversations are remembered right now (bounded by the configured maximum).</summary>
    public int ConversationCount => _conversations.Count;

    /// <summary>Swaps in a new knowledge base; questions already being answered finish on the old one.</summary>
    public void Reload(KnowledgeBase knowledge) => _index = new KnowledgeIndex(knowledge);

    public Answer Ask(Question question)
    {
        var index = _index;
        var conversation = _conversations.Get(question.ConversationId);
        lock (conversation)
        {
            var text = question.Text.Length > MaxQuestionLength ? question.Text[..MaxQuestionLength] : question.Text;
            return new Responder(index, conversation).Respond(text);
        }
    }

    /// <summary>The names of everything the articles speak of, for autocomplete and command menus.</summary>
    public IReadOnlyList<(string Id, string Name, bool IsActor)> Entities() =>
        _index.Entities.Values.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(e => (e.Id, e.Name, e.IsActor)).ToList();
}
