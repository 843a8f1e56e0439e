namespace Bot.Engine.Extraction;

/// <summary>
/// Objects that only point back: in "Critics say the mayor rigged the vote. He has denied this, and ...", what the mayor
/// denies is what the sentence before says, not the clause after "this".
/// </summary>
internal static partial class PointingBack
{
    /// <summary>
    /// The sentence before when the object starting at <paramref name="objectStart"/> is only a pointing word ("this",
    /// "that") or a pointing noun phrase ("the claim", "such reports") that ends its clause; null otherwise.
    /// </summary>
    public static Line? Antecedent(DraftContext context, Line line, int cueStart, int objectStart)
    {
        // "X signed the treaty, and the council welcomed this": after a clause of its own, "this" may be that clause.
        if (CoordinatedBefore().IsMatch(line.Text[..cueStart]))
            return null;
        var end = PositionFinder.ClauseEnd(line.Text, objectStart);
        var words = line.Words.Where(w => w.Start >= objectStart && w.End <= end).ToList();
        var length = PointingLength(words);
        return length > 0 && EndsThere(words, length) ? context.Before(line) : null;
    }

    /// <summary>
    /// The topic of what the sentence before says: "Analysts believe that X wants to use the dam as leverage, which ..."
    /// believes the clause after "that".
    /// </summary>
    public static TopicDraft TopicOf(DraftContext context, Line antecedent)
    {
        var that = antecedent.Words.FindIndex(w => w.Lower == "that");
        var start = that > 0 && that + 1 < antecedent.Words.Count && PositionFinder.ClauseEnd(antecedent.Text, 0) > antecedent.Words[that].Start
            ? antecedent.Words[that + 1].Start : 0;
        return context.Topics.For(antecedent, start, PositionFinder.ClauseEnd(antecedent.Text, start));
    }

    /// <summary>How many words the pointing phrase opening an object holds: "these" 1, "the allegations" 2, none 0.</summary>
    private static int PointingLength(List<Word> words) => words switch
    {
        // Not "it", which mostly stands for a thing named just before ("signed the treaty, and welcomed it").
        [{ Lower: "this" or "that" or "these" or "those" }, ..] => 1,
        [{ Lower: "the" or "this" or "that" or "these" or "those" or "such" }, var noun, ..] when PointedNouns.Contains(noun.Lower) => 2,
        _ => 0,
    };

    /// <summary>Whether nothing the pointing phrase governs follows it: the clause ends, or a conjunction, adverb or participle goes on.</summary>
    private static bool EndsThere(List<Word> words, int length) =>
        words.Count == length || words[length].Lower is "and" or "but" or "while" or "as" or "outright"
            || words[length].Lower.EndsWith("ly", StringComparison.Ordinal) || words[length].Lower.EndsWith("ing", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\band\b|\bbut\b|;")]
    private static partial System.Text.RegularExpressions.Regex CoordinatedBefore();

    /// <summary>Nouns that name something said before rather than a thing of their own.</summary>
    private static readonly HashSet<string> PointedNouns = new(StringComparer.Ordinal)
    {
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges", "report", "reports",
        "suggestion", "suggestions", "assertion", "assertions", "idea", "notion", "assessment", "account", "rumours", "rumors",
    };
}
