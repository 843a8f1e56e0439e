using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "What is the Kestrel?" then "what's it called now?": a ship, firm or body that changed its name is told of by a
/// sentence just after the one naming it, which speaks of it as "it" ("Since then it has changed its name to ...").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>How many sentences after one naming the thing a sentence telling its new name may stand.</summary>
    private const int RenamedReach = 3;

    /// <summary>Words asking for the name a thing goes by now: "called", "name" beside "now", "new", "today".</summary>
    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal) { "called", "name", "named", "known" };

    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal) { "now", "new", "today", "currently", "days", "anymore" };

    /// <summary>
    /// The question asked of the sentence telling the new name of the one thing it is about, or null when it asks no new
    /// name or the article gives none near a sentence naming the thing.
    /// </summary>
    private static ParsedQuestion? OfNewName(ParsedQuestion q, KnowledgeIndex index)
    {
        if (q.Entities.Count != 1 || !q.Tokens.AnyIn(NameWords) || !q.Tokens.AnyIn(NowWords))
            return null;
        var thing = q.Entities[0];
        for (var at = 0; at < index.Sentences.Count; at++)
        {
            var naming = index.Sentences[at];
            if (!naming.Mentioned.Contains(thing))
                continue;
            for (var next = at; next < index.Sentences.Count && next <= at + RenamedReach; next++)
            {
                var told = index.Sentences[next];
                if (ReferenceEquals(told.Article, naming.Article) && Renaming().IsMatch(told.Sentence.Text)
                    && (told.Mentioned.Contains(thing) || Text.Tokenizer.Tokens(told.Sentence.Text).Any(w => w is "it" or "its")))
                    return q with { ContextSentence = told };
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:changed its name|renamed|(?:now|since) (?:called|known as|named)|rebranded)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Renaming();
}
