using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims whose deed a sentence gives, but done by someone the claim does not name.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did Roe reject the plan?" of "The town of Greenwick rejected the plan": the claim's verb, the word right after its
    /// subject, stands in the text right after another actor's name ("Greenwick rejected", "Greenwick has rejected"),
    /// or after "by" and one ("was rejected by Greenwick"), so what the text says was done is another's deed. A text
    /// without the claim's verb in its own word ("do the authors recommend that ...?") tells nothing of who does it, and
    /// one naming the claim's own actors just before the verb ("Greenwick and Roe rejected", "Roe's council rejected")
    /// or one of theirs ("Roe's deputy") may say it of them too.
    /// </summary>
    private static bool DoneByAnother(Turn t, string text) => OtherDoer(t, text) is not null;

    /// <summary>The actor <see cref="DoneByAnother"/> finds doing the claim's deed, if it is another.</summary>
    private static string? OtherDoer(Turn t, string text)
    {
        var q = t.Q;
        if (q.Entities.Count == 0 || ClaimVerb(q) is not { } verb)
            return null;
        var tokens = Text.Tokenizer.Tokens(text);
        var mentions = t.Index.Linker.LinkText(text).Where(m => m.Pronoun is null && m.Candidates.Any(id => t.Index.Find(id) is { IsActor: true })).ToList();
        // The claim's names in words, for a text whose own mention of them is not linked ("Mayor Jane Roe").
        var names = q.Entities.SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        bool Claims(Mention m) => m.Candidates.Any(id => q.Entities.Contains(id) || q.Entities.Any(e => Affiliated(t.Index, id, e)));
        string? other = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Text.Stemmer.Stem(tokens[k]) != verb)
                continue;
            var before = mentions.LastOrDefault(m => m.Start + m.Length <= k && k - (m.Start + m.Length) <= MaxWordsBetweenDoerAndDeed
                && Enumerable.Range(m.Start + m.Length, k - m.Start - m.Length).All(i => DoerVerbGap.Contains(tokens[i]) || tokens[i].EndsWith("ly", StringComparison.Ordinal)));
            // "Mayor Roe of Port Alder announced": a name after "of" tells whose the one before it is, who does the deed.
            if (before is not null && before.Start >= 2 && tokens[before.Start - 1] == "of")
                before = mentions.FirstOrDefault(m => m.Start + m.Length == before.Start - 1) ?? before;
            var after = k + 1 < tokens.Count && tokens[k + 1] == "by" ? mentions.FirstOrDefault(m => m.Start == k + 2) : null;
            var named = mentions.Any(m => Claims(m) && m.Start < k && k - m.Start <= MaxWordsNamingDoers)
                || Enumerable.Range(Math.Max(0, k - MaxWordsNamingDoers), Math.Min(k, MaxWordsNamingDoers)).Any(i => names.Contains(Text.Stemmer.Stem(tokens[i])));
            // "Ruritania seized two tankers, and Borduria seized a second": the claim's actor doing the deed anywhere says it.
            if (named || (before ?? after) is { } own && Claims(own))
                return null;
            other ??= (before ?? after)?.Candidates.First(id => t.Index.Find(id) is { IsActor: true });
        }
        return other;
    }

    /// <summary>Whether one actor belongs to the other ("Roe" of "Port Alder"), either way round.</summary>
    private static bool Affiliated(KnowledgeIndex index, string a, string b) =>
        index.Find(a)?.Affiliation == b || index.Find(b)?.Affiliation == a;

    /// <summary>
    /// The stem of the word right after the claim's subject, past adverbs and auxiliaries ("did Roe really reject",
    /// "has Roe since rejected"), when it is one the claim is checked by.
    /// </summary>
    private static string? ClaimVerb(ParsedQuestion q)
    {
        if (q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Candidates.Contains(q.Entities[0])) is not { } subject)
            return null;
        var at = subject.Start + subject.Length;
        while (at < q.Tokens.Count && (q.Tokens[at].EndsWith("ly", StringComparison.Ordinal) || SubjectOpeners.Contains(q.Tokens[at])))
            at++;
        return at < q.Tokens.Count && Text.Stemmer.Stem(q.Tokens[at]) is var verb && q.Residual.Contains(verb) ? verb : null;
    }

    /// <summary>How many words may stand between a doer's name and its verb ("Greenwick has since rejected").</summary>
    private const int MaxWordsBetweenDoerAndDeed = 2;

    /// <summary>How far before the verb a list or a possessive naming its doers reaches ("Greenwick, Alder and Roe rejected").</summary>
    private const int MaxWordsNamingDoers = 6;

    /// <summary>
    /// Words that may stand between a doer and its verb besides adverbs: auxiliaries of tense and mood. Anything else ("was
    /// rejected", "Ruritania and selling") makes the name before the verb what is done to, or another clause's.
    /// </summary>
    private static readonly HashSet<string> DoerVerbGap = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "may", "might", "should", "must", "also", "then", "again", "since", "later", "now", "too",
    };
}
