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

    /// <summary>
    /// "uses X", "to replace X", "relies on X", "supplied X": the name right after is what is used, bought or relied on.
    /// </summary>
    private static bool ObjectOfThingVerb(Line line, int first)
    {
        var w = line.Words;
        var verb = first - 1;
        if (verb >= 1 && w[verb].Lower is "on" or "upon" && DependVerbs.Contains(w[verb - 1].Lower))
            return true;
        return verb >= 0 && ThingVerbs.Contains(w[verb].Lower);
    }

    /// <summary>Verbs whose object is a thing in news writing: a service used, a system replaced, a product supplied.</summary>
    private static readonly HashSet<string> ThingVerbs = new(StringComparer.Ordinal)
    {
        "use", "uses", "used", "using", "replace", "replaces", "replaced", "replacing", "supply", "supplies", "supplied", "supplying",
        "buy", "buys", "bought", "buying", "deploy", "deploys", "deployed", "deploying", "install", "installs", "installed", "installing",
    };

    /// <summary>Verbs that take "on" before what is depended on: "relies on", "depended upon".</summary>
    private static readonly HashSet<string> DependVerbs = new(StringComparer.Ordinal)
    {
        "rely", "relies", "relied", "relying", "depend", "depends", "depended", "depending",
    };

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

    /// <summary>
    /// "Mali, Niger and Burkina Faso", "(Burkina Faso, Mali and Niger)": a name listed beside a country, joined by a comma
    /// or "and"/"or", is one more place of the list, not a person.
    /// </summary>
    private static bool ListedWithCountry(Line line, NameRun run)
    {
        var w = line.Words;
        var text = line.Text;
        var before = run.First - 1;
        if (before >= 1 && w[before].Lower is "and" or "or" && CountryOf(w[before - 1].Text) is not null && !w[before - 1].Possessive)
            return true;
        var after = run.Last + 1;
        if (after >= w.Count || w[run.Last].Possessive)
            return false;
        var joined = text[w[run.Last].FullEnd..w[after].Start].Trim() == ",";
        if (w[after].Lower is "and" or "or")
            (joined, after) = (true, after + 1);
        return joined && after < w.Count && CountryOf(w[after].Text) is not null && !w[after].Possessive;
    }

    /// <summary>
    /// "the regiment's Militia Petr Halas": a capitalised body noun ("Militia", "Party") opening a longer run names the
    /// body the person serves in, not a given name; the name is the rest of the run.
    /// </summary>
    private static NameRun WithoutBodyNoun(Line line, NameRun run) =>
        run.Count >= 3 && NewsWords.OrganisationNouns.Contains(line.Words[run.First].Text) ? new NameRun(run.First + 1, run.Last) : run;

    /// <summary>"opposition outlet Zorka": words written right after a lower-case body noun name that body, gathered once per article.</summary>
    private HashSet<string> NamesAfterBodyNouns() => _namesAfterBodyNouns ??= _lines
        .SelectMany(l => l.Words.Skip(1).Select((word, i) => (word, previous: l.Words[i])))
        .Where(p => char.IsLower(p.previous.Text[0]) && BodyNounsBeforeNames.Contains(p.previous.Text))
        .Select(p => p.word.Text).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _namesAfterBodyNouns;
}
