using Bot.Engine.Model;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query;

/// <summary>
/// Answers questions about the loaded articles through small pure stages: parse the words, resolve
/// them against the conversation, answer by intent (after the refusal policy), then apply the
/// conversation change once. Thread-safe; one conversation is answered at a time.
/// </summary>
public sealed class QueryEngine
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
            var (answer, state) = Respond(index, conversation.State, text);
            conversation.State = state;
            return answer;
        }
    }

    /// <summary>One message in one conversation state: the answer and the state after it. Two questions in one message are answered in turn.</summary>
    internal static (Answer Answer, ConversationState State) Respond(KnowledgeIndex index, ConversationState state, string text)
    {
        var parts = QuestionSplitter.Split(text);
        if (parts.Count == 1)
            return RespondOne(index, state, text);
        var (first, middle) = RespondOne(index, state, parts[0]);
        var (second, last) = RespondOne(index, middle, parts[1]);
        return (AnswerBuilder.Join(first, second), last);
    }

    private static (Answer Answer, ConversationState State) RespondOne(KnowledgeIndex index, ConversationState state, string text)
    {
        var parsed = QuestionParser.Parse(index, text);
        if (parsed.IsEmpty)
            return (ArticleAnswerer.Help(new Turn(index, state, parsed), emptyQuestion: true).Answer, state);
        if (state.Pending is { } pending && Clarifications.Choose(index, parsed, pending) is { } chosen)
        {
            state = state.Remember([chosen]) with { Pending = null };
            parsed = QuestionParser.Parse(index, pending.Words);
        }
        // Readings differ only in whom a pronoun points at: the nearest referent first, the next when it finds nothing.
        (ParsedQuestion Question, Reply Reply)? first = null;
        foreach (var reading in ContextResolver.Resolve(parsed, state, index))
        {
            var reply = AnswererTable.Answer(new Turn(index, state, reading));
            first ??= (reading, reply);
            if (reply.Answer.Status != AnswerStatus.Unknown)
                return (reply.Answer, new ConversationChange(reading, reply).ApplyTo(state, index));
        }
        var (question, unknown) = first!.Value;
        if (AnswererTable.Closest(new Turn(index, state, question)) is { } closest)
            unknown = closest;
        return (unknown.Answer, new ConversationChange(question, unknown).ApplyTo(state, index));
    }

    /// <summary>The names of everything the articles speak of, for autocomplete and command menus.</summary>
    public IReadOnlyList<(string Id, string Name, bool IsActor)> Entities() =>
        _index.Entities.Values.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(e => (e.Id, e.Name, e.IsActor)).ToList();
}
