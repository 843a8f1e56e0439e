namespace Bot.Engine.Query;

/// <summary>Phrases that place one event in time against another: on the same day, after it, or before it.</summary>
internal static partial class Vocabulary
{
    /// <summary>How one event stands in time to another, as a claim or a text says it.</summary>
    public enum TimeRelation { Same, After, Before }

    /// <summary>
    /// Phrases saying when one event came against another ("on the same day", "a day after", "weeks earlier"), each with
    /// the relation it says. Matched as whole words of a lowercased text.
    /// </summary>
    public static readonly (string Phrase, TimeRelation Relation)[] TimeRelationPhrases =
    [
        ("same day", TimeRelation.Same), ("same time", TimeRelation.Same), ("same week", TimeRelation.Same), ("simultaneously", TimeRelation.Same),
        ("day after", TimeRelation.After), ("days after", TimeRelation.After), ("week after", TimeRelation.After), ("weeks after", TimeRelation.After),
        ("month after", TimeRelation.After), ("months after", TimeRelation.After), ("next day", TimeRelation.After), ("following day", TimeRelation.After),
        ("day later", TimeRelation.After), ("days later", TimeRelation.After), ("weeks later", TimeRelation.After), ("months later", TimeRelation.After),
        ("day before", TimeRelation.Before), ("days before", TimeRelation.Before), ("week before", TimeRelation.Before), ("weeks before", TimeRelation.Before),
        ("month before", TimeRelation.Before), ("months before", TimeRelation.Before), ("previous day", TimeRelation.Before),
        ("day earlier", TimeRelation.Before), ("days earlier", TimeRelation.Before), ("weeks earlier", TimeRelation.Before), ("months earlier", TimeRelation.Before),
    ];

    /// <summary>
    /// Seasons by their months ("this summer" of "in July"), as the northern hemisphere most news is dated by has them:
    /// a broad word the articles say by the narrower ones, one way. Not spring: its "March" and "May" are also a
    /// protest's march and the verb of what may happen.
    /// </summary>
    public static readonly Dictionary<string, string[]> Seasons = new(StringComparer.Ordinal)
    {
        ["summer"] = ["june", "july", "august"],
        ["autumn"] = ["september", "october", "november"],
        ["winter"] = ["december", "january", "february"],
    };
}
