using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that put a place and a month together, checked against the place the text gives that month.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "did they meet in Borduria in August?" of "a meeting in Ruritania in August, followed by a follow-up in Borduria":
    /// the clause giving the claim's month puts another place after "in" or "at", and names the claim's place only in a
    /// clause of its own, so the month belongs to the other place.
    /// </summary>
    public static bool OtherPlaceInMonth(Turn t, string text)
    {
        if (t.Q.Date is not { Month: { } month })
            return false;
        var claimed = t.Q.Mentions.Where(m => m.Pronoun is null && m.Start > 0 && PlacePrepositions.Contains(t.Q.Tokens[m.Start - 1])
            && m.Candidates.Count > 0 && t.Index.Find(m.Candidates[0]) is { } place && (!place.IsActor || place.Kind == ActorKind.State))
            .Select(m => m.Candidates[0]).ToHashSet(StringComparer.Ordinal);
        if (claimed.Count == 0)
            return false;
        var clauses = PlaceClauseBreak().Split(text).Select(c => (Text: c, Named: t.Index.Linker.MentionedIn(c))).ToList();
        var dated = clauses.Where(c => DateText.Months(Text.Tokenizer.Tokens(c.Text)).Contains(month)).ToList();
        return dated.Count > 0 && !dated.Any(c => c.Named.Any(claimed.Contains))
            && clauses.Except(dated).Any(c => c.Named.Any(claimed.Contains))
            && dated.Any(c => PlacedElsewhere(Text.Tokenizer.Tokens(c.Text, lowercase: false)));
    }

    /// <summary>Whether a capitalised word that is no month follows "in" or "at" ("in Ruritania in August").</summary>
    private static bool PlacedElsewhere(IReadOnlyList<string> words) => Enumerable.Range(1, Math.Max(0, words.Count - 1))
        .Any(i => PlacePrepositions.Contains(words[i - 1]) && char.IsUpper(words[i][0]) && words[i].AllChars(char.IsLetter)
            && !Vocabulary.MonthNames.ContainsKey(words[i].ToLowerInvariant()));

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at" };

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;:]|\s[-–—]+\s")]
    private static partial System.Text.RegularExpressions.Regex PlaceClauseBreak();
}
