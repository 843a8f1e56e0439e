using System.Collections.Immutable;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Conversations;

/// <summary>
/// What one answer changes in its conversation, worked out from the question and the reply and
/// applied once, by the engine, after the answer is made.
/// </summary>
internal sealed record ConversationChange(ParsedQuestion Question, Reply Reply)
{
    /// <summary>
    /// Whom the likeliest reading of the question spoke of. "Has it been successful?" answered by a reading that let "it"
    /// go still asked about what "it" meant, so the next "it" means that too, ahead of the others the answer names.
    /// </summary>
    public IReadOnlyList<string> Meant { get; init; } = [];

    public ConversationState ApplyTo(ConversationState state, KnowledgeIndex index)
    {
        // A question the article doesn't answer about someone or something new is still the last one asked: "why does the
        // author think so?" after it means what it asked, not the answer before it; only a thing singled out ("that meeting")
        // may still be found in what was read before. Asked of what was just spoken of, the answer before it stays what
        // "that" points at. X in "what does X think?" is who "he" means next. A question put back to the user ("which
        // Tom?") leaves the conversation where it was.
        if (Reply.Answer.Status == AnswerStatus.Unknown && Question.Entities.Any(id => !state.LastEntities.Contains(id)))
            return state.Remember(Question.Entities) with
            {
                LastIntent = Question.Intent,
                LastResidual = Question.Residual,
                LastEntities = Question.Entities,
                LastFact = null,
                LastSentence = null,
                LastAnswerText = null,
                ReadBeforeUnanswered = state.LastSentence ?? (state.LastFact is { } fact ? AnswererTable.OwnWords(index, fact) : null) ?? state.ReadBeforeUnanswered,
                More = [],
                Pending = Reply.Pending,
            };
        if (Reply.Answer.Status != AnswerStatus.Answered)
            return (Reply.Answer.Status == AnswerStatus.Unknown ? state.Remember(Question.Entities) : state) with { Pending = Reply.Pending };
        var q = Question;
        var subjects = q.Entities.Concat(Reply.Subjects).Distinct().ToList();
        var meant = Meant.Where(id => !subjects.Contains(id));
        // After "who denied it?", "he" is whoever the answer was about, so its subject comes first; an answer quoting
        // a sentence is about the actors the sentence names.
        var shown = LastOfPassage(index);
        var answered = (Reply.Fact?.Declared.Where(id => index.Find(id)?.IsActor == true)
            ?? Reply.Answer.Evidence.SelectMany(e => index.Linker.MentionedIn(e.Quote, actorsOnly: true)))
            .Concat(PeopleShown(index, shown));
        var next = state with
        {
            LastIntent = q.Intent,
            LastResidual = q.Residual,
            LastEntities = subjects,
            LastFact = Reply.Fact,
            LastSentence = shown,
            LastAnswerText = Reply.Answer.Text,
            ReadBeforeUnanswered = null,
            More = Reply.More is { } more ? ImmutableQueue.CreateRange(more) : [],
            Pending = null,
        };
        // "Who is Vasko?" asks about Vasko, not about whoever the sentence telling who he is names beside him.
        var asksIdentity = q.Intent is Intent.Who && q.Residual.Count == 0 && q.Entities.Count > 0;
        return next.Remember(Owners(state, index).Concat(q.Intent is Intent.Who or Intent.WhoSaid or Intent.Supporters or Intent.Opponents && !asksIdentity
            ? answered.Concat(subjects).Concat(meant)
            : subjects.Concat(meant).Concat(answered)));
    }

    /// <summary>
    /// "And whose statement was he rebutting?": the owner asked for is someone the question neither names nor calls "he",
    /// so the other actors the answer names come first, and "that guy" next means the owner. Told in a fact declaring
    /// only the one who rebutted, the owner is still named in the answer's words.
    /// </summary>
    private IEnumerable<string> Owners(ConversationState state, KnowledgeIndex index)
    {
        if (!Question.Tokens.Take(WhoseReach).Contains("whose"))
            return [];
        var pointedAt = Question.Mentions.Where(m => m.Pronoun is not null)
            .Select(m => state.Entities.FirstOrDefault(id => index.Find(id)?.FitsPronoun(m.Pronoun!) == true));
        var asked = Question.Entities.Concat(pointedAt).ToHashSet(StringComparer.Ordinal);
        return index.Linker.MentionedIn(Reply.Answer.Text, actorsOnly: true).Where(id => !asked.Contains(id));
    }

    /// <summary>How far into the question "whose" may stand and still be what it asks ("and whose ...?"), not a relative clause.</summary>
    private const int WhoseReach = 2;

    /// <summary>
    /// The sentence the answer showed whole, or the last of a passage it showed ("... It goes on: ..."): read last, it is
    /// what "that" points at next. Sentences that do not follow one another (a list's items) leave nothing singled out.
    /// </summary>
    private IndexedSentence? LastOfPassage(KnowledgeIndex index)
    {
        IndexedSentence? last = null;
        foreach (var quoted in Reply.Answer.Evidence)
        {
            var sentence = index.SentenceShown(quoted, Reply.Answer.Text);
            if (sentence is null || (last is not null && index.Beside(last, 1) != sentence))
                return null;
            last = sentence;
        }
        return last;
    }

    /// <summary>
    /// "who is credited with it?" answered with a sentence naming the man credited: he is who "he" means next, even
    /// when the fact the answer rests on declares only the country around him.
    /// </summary>
    private static IEnumerable<string> PeopleShown(KnowledgeIndex index, IndexedSentence? shown) =>
        shown is null ? [] : index.Linker.MentionedIn(shown.Sentence.Text, actorsOnly: true).Where(id => index.Find(id)?.IsPerson == true);
}
