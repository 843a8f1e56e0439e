using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims whose deed a sentence gives, but done by someone the claim does not name.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did Roe reject the plan?" of "The town of Greenwick rejected the plan": the claim's verb, the word right after its
    /// subject, stands in the sentence right after another actor's name ("Greenwick rejected", "Greenwick has rejected"),
    /// or after "by" and one ("was rejected by Greenwick"), so what the sentence says was done is another's deed. A sentence
    /// without the claim's verb in its own word ("do the authors recommend that ...?") tells nothing of who does it.
    /// </summary>
    private static bool DoneByAnother(Turn t, string text)
    {
        var q = t.Q;
        if (q.Entities.Count == 0 || ClaimVerb(q) is not { } verb)
            return false;
        var tokens = Text.Tokenizer.Tokens(text);
        var mentions = t.Index.Linker.LinkText(text).Where(m => m.Pronoun is null && m.Candidates.Any(id => t.Index.Find(id) is { IsActor: true })).ToList();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Text.Stemmer.Stem(tokens[k]) != verb)
                continue;
            var before = mentions.LastOrDefault(m => m.Start + m.Length <= k && k - (m.Start + m.Length) <= MaxWordsBetweenDoerAndDeed
                && Enumerable.Range(m.Start + m.Length, k - m.Start - m.Length).All(i => !PassiveAuxiliaries.Contains(tokens[i])));
            var after = k + 1 < tokens.Count && tokens[k + 1] == "by" ? mentions.FirstOrDefault(m => m.Start == k + 2) : null;
            if ((before ?? after) is { } doer && !doer.Candidates.Any(q.Entities.Contains))
                return true;
        }
        return false;
    }

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

    /// <summary>Words making the name before the verb what is done to, not who does it ("Greenwick was rejected").</summary>
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "be", "been", "being" };
}
