namespace Bot.Engine.Extraction;

/// <summary>Signs in the words around a run of capitalised words that it is, or is not, a person's name.</summary>
internal sealed partial class ActorFinder
{
    /// <summary>A bare two- or three-word name in mid-sentence, not after a preposition, followed by punctuation or a verb.</summary>
    private static bool LooksLikeNameInPassing(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.First == 0 || run.Count > 3)
            return false;
        var previous = w[run.First - 1];
        if (NewsWords.Prepositions.Contains(previous.Text) && previous.Text is not ("like" or "as"))
            return false;
        var after = line.Text[w[run.Last].FullEnd..].TrimStart();
        return after.Length == 0 || after[0] is ',' or '.' or ';' or ')' or ':'
            || (run.Last + 1 < w.Count && (w[run.Last + 1].Text.EndsWith("ed", StringComparison.Ordinal) || NewsWords.Auxiliaries.Contains(w[run.Last + 1].Text)));
    }

    /// <summary>Words before a place where something is or happens: "in", "across", "near".</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "across", "near", "throughout", "inside", "outside" };

    /// <summary>
    /// "Sofia Brandt, the energy minister,": a capital city that is also a given name opens a person's name when the
    /// run is glossed with a role or its last word is used alone elsewhere as a surname; "Minsk talks" is neither.
    /// </summary>
    private bool CapitalAsGivenName(Line line, NameRun run)
    {
        var first = line.Words[run.First].Text;
        return CountryOf(first) is { Capital: { } capital } && capital == first && run.Count >= 2
            && (Appositive(line.Text, line.Words[run.Last].FullEnd) is not null || _loneNames.Contains(line.Words[run.Last].Text));
    }
}
