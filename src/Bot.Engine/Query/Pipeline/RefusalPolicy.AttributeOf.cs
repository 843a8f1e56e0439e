namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "what was the headline of the story?", "what kind of weapons did X send?": the noun after "the" or "kind of" is the
/// point of the question. When no article uses one of its words, nor a general synonym, a sentence about the rest only
/// passes for the answer.
/// </summary>
internal static partial class RefusalPolicy
{
    /// <summary>How many words the thing asked may run to before its "of" ("the exact sample size of").</summary>
    private const int AttributeWordsReach = 3;

    /// <summary>The first strange word of the thing a "what is the ... of" or "what kind of ..." question asks, or null.</summary>
    private static string? UnsaidAttributeOf(ParsedQuestion q)
    {
        var tokens = q.Tokens;
        if (q.Intent is Intent.YesNo or Intent.Author or Intent.Source or Intent.About or Intent.Help || q.AsksWording
            || tokens.Count < 4 || tokens[0] is not ("what" or "which" or "whats"))
            return null;
        IEnumerable<string> asked;
        // "what kind of weapons": the sort asked is said in the noun after "of".
        if (SortWords.Contains(tokens[1]) && tokens[2] == "of")
            asked = [tokens[3]];
        else
        {
            // "what was the headline of ...": the noun phrase between "the" and "of".
            var from = tokens[1] is "is" or "was" or "are" or "were" ? 2 : tokens[0] == "whats" ? 1 : -1;
            if (from < 0 || tokens[from] != "the")
                return null;
            var of = Enumerable.Range(from + 1, Math.Min(AttributeWordsReach, tokens.Count - from - 1)).FirstOrDefault(i => tokens[i] == "of");
            // "what is the author's field of ...": what a name the articles give holds is told by who or what it is. An
            // amount ("the capacity of") is checked by its figures, and "the danger of" asks what it would bring.
            if (of <= from + 1 || q.AsksAmount || q.Mentions.Any(m => m.Start < of && m.Start + m.Length > from))
                return null;
            asked = tokens.Skip(from + 1).Take(of - from - 1);
        }
        return asked.FirstOrDefault(w => q.Foreign.Contains(w) && Text.Stemmer.Stem(w) is var stem && !q.Synonymous.Contains(stem)
            && !q.Kindred.Contains(stem) && !q.RestatedAttributes.Contains(stem) && !PhrasingStems.Contains(stem) && !Vocabulary.RoleWords.Contains(w)
            && !Answerers.AnswerChecks.IsPersonKind(stem) && !Vocabulary.ConsequenceStems.Contains(stem));
    }

    private static readonly HashSet<string> SortWords = new(StringComparer.Ordinal) { "kind", "kinds", "type", "types", "sort", "sorts" };
}
