using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Clauses a causal cue sits in that change where its claim and reason lie, or show it gives no reason at all:
/// "A, which triggered B – ...", "On Monday, as X happened, ...", "..., as the capital has demanded, ...".
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>The most words an "as" clause saying whose wish or words a thing follows holds ("as the old treaty required").</summary>
    private const int ConformityWords = 6;

    /// <summary>The most words an opening phrase of time or place holds ("On the morning of 4 May").</summary>
    private const int OpenerWords = 6;

    /// <summary>The most words after the reporting verb of an "As X noted in April," that only attributes.</summary>
    private const int AttributionTailWords = 5;

    /// <summary>Verbs of wanting and planning that an "as" clause can end on, as it can on a reporting verb.</summary>
    private static readonly HashSet<string> Wishes = new(StringComparer.OrdinalIgnoreCase)
    {
        "demanded", "demands", "requested", "requests", "wanted", "wants", "proposed", "proposes", "promised", "promises",
        "required", "requires", "planned", "plans", "intended", "intends", "hoped", "hopes", "feared", "fears", "agreed",
        "envisaged", "envisages", "expected", "expects", "ordered", "asked",
    };

    /// <summary>
    /// "A, which triggered B" or "A, and it has prompted B": the cue's subject is a pronoun standing for the clause before
    /// it. Returns where that clause ends, or -1.
    /// </summary>
    private static int RelativeReasonEnd(string reason) =>
        RelativeSubject().Match(reason) is { Success: true } m ? m.Index : -1;

    /// <summary>Where the claim of a relative cue ends: at a dash or semicolon, which close the clause the pronoun opened.</summary>
    private static int ClauseEnd(string text, int from)
    {
        var end = ClauseClose().Match(text, from);
        return end.Success ? end.Index : text.Length;
    }

    /// <summary>
    /// "On November 20th, as X went to press, Y ...": before the "as" stands only a phrase of time or place (no verb; a
    /// capital "May" is a month), so it says when.
    /// </summary>
    private static bool IsOpeningPhrase(Line line, int end)
    {
        var words = line.Words.Where(w => w.End <= end).ToList();
        return words.Count is > 0 and <= OpenerWords && NewsWords.Prepositions.Contains(words[0].Text)
            && !words.Skip(1).Any(w => !w.IsCapitalized && (NewsWords.Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", StringComparison.Ordinal) || Verbs.IsReporting(w.Text)));
    }

    /// <summary>"..., as the capital has demanded, ..." or "..., as the minister said.": the clause says whose wish or word a thing follows, not why.</summary>
    private static bool IsConformity(Line line, int from)
    {
        var comma = ClauseMarks.NextComma(line.Text, from);
        var words = line.Words.Where(w => w.Start >= from && (comma < 0 || w.End <= comma)).ToList();
        return words.Count is > 1 and <= ConformityWords && (Verbs.IsReporting(words[^1].Text) || Wishes.Contains(words[^1].Text));
    }

    /// <summary>"As X noted in April, ...": the reporting verb ends the clause, or nearly; after it stands no "that" of what was said.</summary>
    private static bool EndsOnReporting(string clause)
    {
        var verb = Verbs.FindReporting(clause).LastOrDefault();
        var tail = Words.Split(clause[verb.End..]);
        return verb.Verb is not null && tail.Count <= AttributionTailWords && !tail.Any(w => w.Lower == "that");
    }

    [GeneratedRegex(@"(?:,\s*|\s*[—–]\s*|\s+-{1,2}\s+)(?:which|and (?:it|this|that))(?<modal>(?:\s+[a-z]+){0,3})\s*$")]
    private static partial Regex RelativeSubject();

    [GeneratedRegex(@"\s*[—–;(]|\s+-{1,2}\s+")]
    private static partial Regex ClauseClose();
}
