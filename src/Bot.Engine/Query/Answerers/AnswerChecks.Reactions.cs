using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>"How did X respond to Y?": the answer must have X act, not be acted upon ("Y denied X's claim").</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// The doesn't-say for an answer in which the one whose reaction is asked does not act. "Did X respond?" answered
    /// from a sentence where X is said to answer or not ("X did not reply") stands, X named anywhere in the sentence
    /// the evidence is quoted from.
    /// </summary>
    private static Reply? OtherResponder(Turn t, Reply reply)
    {
        var q = t.Q;
        if (Responder(q) is not { } responder || (q.Intent is Intent.YesNo && reply.Answer.Evidence.Any(e => RespondsIn(t, SentenceOf(t, e), responder)))
            // A comparison quotes each side: the responder may act in any of its sentences, not only in the first fact's.
            || (q.Intent is Intent.Compare && reply.Answer.Evidence.Any(e => SetsAgainst(t, e.Quote, responder) || ActsIn(t, e.Quote, responder)))
            || (reply.Fact is { Fact: Statement or Position or Relation or Actor } fact ? Acts(t, fact, responder)
                : reply.Answer.Evidence.Any(e => ActsIn(t, e.Quote, responder))))
            return null;
        if (Unanswered(t, responder) is { } silent)
            return Replies.FromSentence(t, silent);
        if (q.Intent is not Intent.YesNo && ReactionTold(t, responder) is { } reaction)
            return Replies.FromSentence(t, reaction);
        return Replies.Unknown(t, $"The article doesn't say how {t.Index.NameOf(responder)} responded. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>
    /// "How did X respond to the Tribune?" of "X did not respond to the Tribune's requests for comment": saying nothing is
    /// how X responded, when that sentence names every other one the question does and holds its other words.
    /// </summary>
    private static IndexedSentence? Unanswered(Turn t, string responder) =>
        NoComment.Of(t.Index, responder) is { } silent && t.Q.Entities.All(id => id == responder || silent.Mentioned.Contains(id))
        && t.Q.Residual.All(w => Vocabulary.ReactionWords.Contains(w) || t.Index.Covers(silent.Stems, w)) ? silent : null;

    /// <summary>
    /// The one whose reaction is asked: named before the word of responding ("how did X respond to Y?", "X's reaction
    /// to Y") or right after its noun ("the response of X"); "who responded to Y?" and "what was the reaction?" name no one,
    /// and "what did X say about how Y reacted?" asks what X said. A fragment opening on the word ("Response to Y?") asks the
    /// reaction of the one the conversation put in it.
    /// </summary>
    internal static string? Responder(ParsedQuestion q)
    {
        var at = -1;
        for (var i = 0; i < q.Tokens.Count && at < 0; i++)
        {
            if (Vocabulary.ReactionWords.Contains(Text.Stemmer.Stem(q.Tokens[i])))
                at = i;
        }
        // "what did X argue about how Y would react?", "why was X worried about Y's reaction?": another thing is asked.
        if (at < 0 || q.Tokens.Take(at).Any(w => w == "why" || Vocabulary.OpinionWords.Contains(w) || Vocabulary.SpeechVerbs.Contains(Text.Stemmer.Stem(w))))
            return null;
        return ResponderNear(q, at);
    }

    /// <summary>The rest of <see cref="Responder"/>, apart so that its lambdas are made only for questions asking a reaction.</summary>
    private static string? ResponderNear(ParsedQuestion q, int at)
    {
        var named = q.Mentions.LastOrDefault(m => m.Start + m.Length <= at && m.Candidates.Any(q.Entities.Contains))
            ?? q.Mentions.FirstOrDefault(m => at + 1 < q.Tokens.Count && q.Tokens[at + 1] == "of" && m.Start > at + 1 && m.Start <= at + ResponderReach
                && m.Candidates.Any(q.Entities.Contains));
        // "Response to the Tribune?" after a question about X: whose response goes unsaid, as it is the one the chat is about.
        return named?.Candidates.First(q.Entities.Contains)
            ?? (at == 0 ? q.Entities.FirstOrDefault(id => !q.Mentions.Any(m => m.Candidates.Contains(id))) : null);
    }

    /// <summary>Whether a sentence names the entity and sets one side against another ("X's refusal contrasted with Y's ...").</summary>
    private static bool SetsAgainst(Turn t, string sentence, string entity) =>
        Text.Tokenizer.Tokens(sentence).Any(w => Vocabulary.SettingAgainst.Contains(Text.Stemmer.Stem(w)))
        && t.Index.Linker.LinkText(sentence).Any(m => m.Candidates.Contains(entity));

    /// <summary>How far after "the response of" the responder's name may start ("of the Ruritanian government").</summary>
    private const int ResponderReach = 4;

    /// <summary>Whether the entity is the one acting in the fact: its holder, speaker or a participant.</summary>
    private static bool Acts(Turn t, IndexedFact fact, string entity) => fact.Fact switch
    {
        Statement s => s.Speaker == entity || t.Index.Find(s.Speaker)?.Affiliation == entity,
        Position p => p.Actor == entity || t.Index.Find(p.Actor)?.Affiliation == entity,
        Relation r => r.From == entity,
        _ => false,
    };

    /// <summary>How far into a sentence its subject stands ("In response, the ministry ...").</summary>
    private const int SubjectReach = 6;

    /// <summary>
    /// Whether a sentence has the entity act: named near its start, or as a speaker ("..., said X"); "sanctions on buyers,
    /// notably X" names X as one acted upon, and so does a preposition before it ("X's ambassador to Y stated").
    /// </summary>
    internal static bool ActsIn(Turn t, string sentence, string entity)
    {
        var words = Text.Tokenizer.Tokens(sentence, lowercase: false);
        return t.Index.Linker.LinkText(sentence).Any(m => m.Candidates.Contains(entity)
            && ((m.Start <= SubjectReach && !AfterPreposition(words, m.Start))
                || (m.Start > 0 && Vocabulary.SpeechVerbs.Contains(Text.Stemmer.Stem(words[m.Start - 1].ToLowerInvariant())))));
    }

    /// <summary>"to X", "against X", not "according to X", which gives what X says.</summary>
    private static bool AfterPreposition(IReadOnlyList<string> words, int at) =>
        at > 0 && ObjectPrepositions.Contains(words[at - 1].ToLowerInvariant()) && !(at > 1 && words[at - 2].Equals("according", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Prepositions whose noun is acted on or spoken of; not "by", whose noun may be the one acting, nor "of", whose noun
    /// may be the one acting as a whole ("the town of X").
    /// </summary>
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "to", "on", "against", "with", "from", "at", "for", "about", "over", "into", "toward", "towards", "in",
    };

    /// <summary>Whether a sentence names the entity and, after it, a word of responding ("X ... did not reply").</summary>
    internal static bool RespondsIn(Turn t, string sentence, string entity)
    {
        var words = Text.Tokenizer.Tokens(sentence, lowercase: false);
        return t.Index.Linker.LinkText(sentence).FirstOrDefault(m => m.Candidates.Contains(entity)) is { } named
            && words.Skip(named.Start + named.Length).Any(w => Vocabulary.ReactionWords.Contains(Text.Stemmer.Stem(w.ToLowerInvariant())));
    }
}
