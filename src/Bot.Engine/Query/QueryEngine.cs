using Bot.Engine.Model;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

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
    /// <summary>The index questions are answered against; it remembers the questions parsed against it, so a reload forgets them.</summary>
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
            var text = Transliteration.ToLatin(StyledLetters.ToPlain(question.Text.Length > MaxQuestionLength ? question.Text[..MaxQuestionLength] : question.Text));
            // A conversation begun before a reload starts afresh: what it spoke of may be gone from the new articles.
            var (answer, state) = Respond(index, conversation.Index == index ? conversation.State : ConversationState.Empty, text);
            conversation.State = state;
            conversation.Index = index;
            return answer;
        }
    }

    /// <summary>One message in one conversation state: the answer and the state after it. Two questions in one message are answered in turn.</summary>
    private static (Answer Answer, ConversationState State) Respond(KnowledgeIndex index, ConversationState state, string text)
    {
        // "Since X resigned, who replaced him?": unless the article says X resigned, that is the answer.
        if (Premises.Split(text) is var (claim, asked) && index.Parse(claim + "?").Intent == Intent.YesNo)
        {
            // A premise that needs a name made clear is left in the question, which asks it whole.
            var (check, checkedState) = RespondOne(index, state, claim + "?");
            if (check.Status != AnswerStatus.Clarify)
            {
                if (!check.Text.StartsWith("Yes", StringComparison.Ordinal))
                    return (check with { Text = AnswerBuilder.Shorten(Premises.Refuted(claim, check.Text), Answer.MaxTextLength) }, checkedState);
                (text, state) = (asked, checkedState);
            }
        }
        var parts = QuestionSplitter.Split(text);
        if (parts.Count == 1)
            return RespondOne(index, state, text);
        var (first, middle) = RespondOne(index, state, parts[0]);
        var (second, last) = RespondOne(index, middle, parts[1]);
        return (AnswerBuilder.Join(first, second), last);
    }

    private static (Answer Answer, ConversationState State) RespondOne(KnowledgeIndex index, ConversationState state, string text)
    {
        var parsed = index.Parse(text);
        if (parsed.IsEmpty)
            return (ArticleAnswerer.Help(new Turn(index, state, parsed), emptyQuestion: true).Answer, state);
        if (state.Pending is { } pending && Clarifications.Choose(index, parsed, pending) is { } chosen)
        {
            state = state.Remember([chosen]) with { Pending = null };
            parsed = index.Parse(pending.Words);
        }
        // Readings differ only in whom a pronoun points at: the nearest referent first, the next when it finds nothing.
        (ParsedQuestion Question, Reply Reply)? first = null;
        foreach (var reading in ContextResolver.Resolve(parsed, state, index))
        {
            var reply = AnswererTable.Answer(new Turn(index, state, reading));
            first ??= (reading, reply);
            if (reply.Answer.Status != AnswerStatus.Unknown)
                return (reply.Answer, new ConversationChange(reading, reply) { Meant = first.Value.Question.Entities }.ApplyTo(state, index));
        }
        var (question, unknown) = first!.Value;
        // Nothing in the article at large: the paragraph being read may tell it in other words.
        if (ContextResolver.InParagraphRead(question, state, index) is { } inParagraph
            && AnswererTable.Answer(new Turn(index, state, inParagraph)) is { Answer.Status: AnswerStatus.Answered } near)
            return (near.Answer, new ConversationChange(inParagraph, near).ApplyTo(state, index));
        if ((AnswererTable.Closest(new Turn(index, state, question)) ?? ReadOn.Answer(new Turn(index, state, question))) is { } closest)
            unknown = closest;
        return (unknown.Answer, new ConversationChange(question, unknown).ApplyTo(state, index));
    }

    /// <summary>The names of everything the articles speak of, for autocomplete and command menus.</summary>
    public IReadOnlyList<(string Id, string Name, bool IsActor)> Entities() =>
        _index.Entities.Values.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(e => (e.Id, e.Name, e.IsActor)).ToList();
}
