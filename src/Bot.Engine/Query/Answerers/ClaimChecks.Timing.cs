using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that place one event in time against another, checked against how the text places them.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "was it put forward on the same day the law passed?" of "a day after the law passed, it was put forward": the
    /// claim places the event in time against another one way, the text only another way.
    /// </summary>
    public static bool OtherTimeRelation(Turn t, string text)
    {
        if (TimeRelations(t.Q.Tokens) is not { } claimed)
            return false;
        return TimeRelations(Text.Tokenizer.Tokens(text)) is { } said && !said.Overlaps(claimed);
    }

    /// <summary>How the words place one event against another, or nothing when they do not, as most claims and texts do not.</summary>
    private static HashSet<Vocabulary.TimeRelation>? TimeRelations(IReadOnlyList<string> tokens)
    {
        var padded = " " + string.Join(' ', tokens) + " ";
        HashSet<Vocabulary.TimeRelation>? relations = null;
        foreach (var (phrase, relation) in SpacedTimeRelationPhrases)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal))
                (relations ??= []).Add(relation);
        }
        return relations;
    }

    /// <summary>
    /// <see cref="Vocabulary.TimeRelationPhrases"/> with a space either side, as whole words are found in spaced words:
    /// written once, as every claim checked reads them.
    /// </summary>
    private static readonly (string Phrase, Vocabulary.TimeRelation Relation)[] SpacedTimeRelationPhrases =
        [.. Vocabulary.TimeRelationPhrases.Select(p => (" " + p.Phrase + " ", p.Relation))];

    /// <summary>
    /// "did X visit Y this winter?" of "X visited Y in July": the claim's season against the months the text dates it by,
    /// none of them that season's. "May" is a month only beside a number ("in May 2021"): otherwise it is what may happen.
    /// </summary>
    public static bool OtherSeason(Turn t, string text)
    {
        var seasons = ClaimedSeasons(t.Q.Text);
        if (seasons.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokens(text);
        var months = Enumerable.Range(0, tokens.Count).Where(i => Vocabulary.Months.Contains(tokens[i])
            && (tokens[i] != "may" || (i + 1 < tokens.Count && tokens[i + 1].AnyChar(char.IsDigit)))).Select(i => tokens[i]).ToList();
        return months.Count > 0 && !seasons.Any(season => months.Any(Vocabulary.Seasons[season].Contains));
    }

    /// <summary>
    /// The seasons a claim dates by: written in lower case after a word that opens a time ("this summer", "in the
    /// winter"); "the Winter War" names a thing.
    /// </summary>
    private static List<string> ClaimedSeasons(string claim)
    {
        var typed = Text.Tokenizer.Tokens(claim, lowercase: false);
        var seasons = new List<string>();
        for (var i = 1; i < typed.Count; i++)
        {
            if (Vocabulary.Seasons.ContainsKey(typed[i]) && SeasonOpeners.Contains(typed[i - 1].ToLowerInvariant()))
                seasons.Add(typed[i]);
        }
        return seasons;
    }

    /// <summary>Words a season follows when it dates something.</summary>
    private static readonly HashSet<string> SeasonOpeners = new(StringComparer.Ordinal)
    {
        "this", "last", "next", "that", "the", "in", "during", "early", "late", "mid", "since", "until", "by", "over", "past",
    };
}
