using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "what did Ruritania's foreign ministry say?", "how did the Borduvian parliament react?": one body of a state is
/// asked. An answer telling what the state did, or what another of its bodies did, says nothing of that one.
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>How many words may stand between a state's name and its body ("Ruritania's new foreign ministry").</summary>
    private const int BodyReach = 3;

    /// <summary>
    /// The words of the body a question asks of, with the words that tell which ("defence ministry"), when a state the
    /// article names stands right before it; a body the article names as an actor of its own is found as that actor.
    /// </summary>
    internal static IReadOnlyList<string>? AskedBody(KnowledgeIndex index, ParsedQuestion q)
    {
        for (var i = 1; i < q.Tokens.Count; i++)
        {
            if (!Vocabulary.StateBodies.Contains(Text.Stemmer.Stem(q.Tokens[i])) || q.Mentions.Any(m => m.Start <= i && i < m.Start + m.Length))
                continue;
            var state = q.Mentions.LastOrDefault(m => m.Pronoun is null && m.Start + m.Length <= i && i - (m.Start + m.Length) < BodyReach
                && m.Candidates.Any(id => index.Find(id)?.Kind == ActorKind.State));
            if (state is not null)
                return [.. q.Tokens.Skip(state.Start + state.Length).Take(i + 1 - state.Start - state.Length)
                    .Where(w => !Vocabulary.Stopwords.Contains(w) && w != "s")];
        }
        return null;
    }

    /// <summary>Whether a text speaks of the body asked: each of its words, in the article's words or a synonym.</summary>
    internal static bool SpeaksOfBody(KnowledgeIndex index, string text, IReadOnlyList<string> body)
    {
        var stems = Words.ContentStems(text).ToHashSet(StringComparer.Ordinal);
        return body.All(w => index.CoversLoosely(stems, Text.Stemmer.Stem(w)));
    }
}
