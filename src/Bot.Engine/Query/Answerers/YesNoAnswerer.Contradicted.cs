namespace Bot.Engine.Query.Answerers;

/// <summary>
/// What of a fact contradicts a yes/no claim: the opposites of its words the fact uses, its words of degree, a "non"
/// before its word, and the claim's own negations and doubts the fact does not make.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>The claim's words that are no stem of a name it gives.</summary>
    private static List<string> WithoutNames(List<string> content, HashSet<string>[] names)
    {
        var words = new List<string>(content.Count);
        foreach (var word in content)
        {
            if (!IsNameStem(names, word))
                words.Add(word);
        }
        return words;
    }

    /// <summary>
    /// The opposites by which the fact contradicts claim words it does not say itself, all together; null for none.
    /// With one word to go on ("will it fade?"), its opposite anywhere in the fact contradicts it; with more, only one near them.
    /// With one claim word the fact holds and the rest absent from it ("disagreement" where it says "rift"), the rest
    /// anchor nothing: that one word's opposite anywhere in the fact contradicts it too.
    /// "more power" of "reduced powers": a degree word is no content to find the fact by, but it can be contradicted.
    /// It points at the claim's one thing, so its opposite anywhere in the fact contradicts it.
    /// A verb said with its particle ("stayed away" of "boycotted") is not the verb alone, whose opposite ("leaving") the fact may use.
    /// A word the fact says only through a general synonym is still contradicted by its opposite, anywhere in the fact
    /// but after a "non" ("peaceful" of "non-violent"), as the synonym anchors it nowhere: "will the rift finish soon?"
    /// of "the author concludes that the rift is likely to be enduring" reads "concludes" in another sense.
    /// A claim word the fact writes only after "non" ("lethal aid?" of "non-lethal aid") is denied by it, as by an opposite.
    /// </summary>
    private static List<string>? Contradicted(Turn t, IndexedFact fact, List<string> content, Reading reading, HashSet<string> focus, List<string> words)
    {
        List<string>? found = null;
        // Where an opposite must stand, worked out only once a word has an opposite to look for.
        bool? anywhereInFact = null;
        List<string>? near = null;
        var phrased = SaidAsPhrase(t, fact.Stems);
        foreach (var word in content)
        {
            if (t.Index.CoversClosely(fact.Stems, word) || phrased.Contains(word))
                continue;
            var loosely = t.Index.CoversLoosely(fact.Stems, word);
            var opposites = Vocabulary.OppositesOf(word);
            for (var i = 0; i < opposites.Count; i++)
            {
                var opposite = opposites[i];
                if (!OutsideClaim(t, opposite))
                    continue;
                anywhereInFact ??= words.Count == 1 || CountCoveredLoosely(t.Index, fact, words) == 1;
                if (loosely ? SaidUnprefixed(reading.PlainStems, opposite)
                    : anywhereInFact.Value ? fact.Stems.Contains(opposite) : (near ??= Telling(reading, focus, bothSides: true)).Contains(opposite))
                    (found ??= []).Add(opposite);
            }
        }
        var tokens = t.Q.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (DegreeWord(tokens, i) is not { } degree)
                continue;
            var opposites = Vocabulary.OppositesOf(Text.Stemmer.Stem(degree));
            for (var j = 0; j < opposites.Count; j++)
            {
                if (OutsideClaim(t, opposites[j]) && reading.PlainStems.Contains(opposites[j]))
                    (found ??= []).Add(opposites[j]);
            }
        }
        if (!tokens.Contains("non"))
        {
            foreach (var word in content)
            {
                if (SaidOnlyPrefixed(reading.PlainStems, word))
                    (found ??= []).Add("non");
            }
        }
        return found;
    }

    private static int CountCoveredLoosely(KnowledgeIndex index, IndexedFact fact, List<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            if (index.CoversLoosely(fact.Stems, word))
                count++;
        }
        return count;
    }

    /// <summary>
    /// How many times the claim refuses: its negations, and words that refuse in other words. "did X spurn the plan?"
    /// refuses in other words, as "did X reject it?" does. So does "did X boycott it?" of a position drafted from "X
    /// boycotted it": the deed is the stance. With a negation of its own ("protested against it") the claim's refusal is already counted.
    /// </summary>
    private static int Refusals(Turn t, List<string> content)
    {
        var negations = t.Q.NegationStems;
        var refusals = negations.Count;
        foreach (var word in content)
        {
            if (!negations.Contains(word) && (t.Index.MeansRefusal(word) || (negations.Count == 0 && Vocabulary.OpposingDeeds.Contains(word))))
                refusals++;
        }
        if (negations.Count == 0)
        {
            foreach (var meaning in FocusOf(t).Meanings)
            {
                if (Vocabulary.OpposingDeeds.Contains(meaning))
                    refusals++;
            }
        }
        return refusals;
    }

    /// <summary>Whether the text denies with another refusal than one the claim makes ("abstained" of "voted against?").</summary>
    private static bool OtherRefusal(IReadOnlyList<string> asked, IReadOnlySet<string> given) =>
        asked.Any(n => !given.Contains(n) && Vocabulary.OppositesOf(n).Any(o => given.Contains(o)));

    /// <summary>
    /// The claim's negations the fact does not make, in any words: each flips. "did X refuse it?" of "X rejected it": a
    /// refusal the fact makes in other words is no flip either.
    /// </summary>
    private static int UnsaidNegations(Turn t, IndexedFact fact, Reading reading) =>
        t.Q.NegationStems.Count(n => !reading.NegationStems.Contains(n) && !fact.Stems.Contains(n) && !reading.NegationStems.Any(f => t.Index.StandsFor(n, f)));

    /// <summary>Whether one of the words stands for the other (<see cref="KnowledgeIndex.StandsFor"/>).</summary>
    private static bool AnyStandsFor(KnowledgeIndex index, IReadOnlyList<string> words, string other)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (index.StandsFor(words[i], other))
                return true;
        }
        return false;
    }

    /// <summary>
    /// How many words of the claim doubt or deny as a "not" would ("does X lack the men?") that the text does not say too,
    /// in any words ("a shortage of men"): each flips the claim against the text's own denials.
    /// </summary>
    private static int UnsaidDoubts(Turn t, IReadOnlyList<string> stems)
    {
        var tokens = t.Q.Tokens;
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = Text.Stemmer.Stem(tokens[i]);
            if (Vocabulary.DoubtingClaimStems.Contains(w) && !StemmedBefore(tokens, i, w) && !stems.Contains(w) && !AnyStandsFor(t.Index, w, stems))
                count++;
        }
        return count;
    }

    /// <summary>Whether a token before <paramref name="i"/> has the stem too: each stem counts once.</summary>
    private static bool StemmedBefore(IReadOnlyList<string> tokens, int i, string stem)
    {
        for (var j = 0; j < i; j++)
        {
            if (Text.Stemmer.Stem(tokens[j]) == stem)
                return true;
        }
        return false;
    }

    /// <summary>Whether the word stands for one of the stems (<see cref="KnowledgeIndex.StandsFor"/>).</summary>
    private static bool AnyStandsFor(KnowledgeIndex index, string word, IReadOnlyList<string> stems)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (index.StandsFor(word, stems[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the stems hold the word, but only as the second part of "non-": "non-lethal aid" denies "lethal aid?" as
    /// an opposite would, and a stance of support for the aid does not confirm it.
    /// </summary>
    private static bool SaidOnlyPrefixed(IReadOnlyList<string> stems, string word) =>
        word != "non" && !SaidUnprefixed(stems, word) && stems.Contains(word);

    /// <summary>Whether the stems hold the word other than as the second part of "non-" ("non-violent" says no "violent").</summary>
    private static bool SaidUnprefixed(IReadOnlyList<string> stems, string word)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (stems[i] == word && (i == 0 || stems[i - 1] != "non"))
                return true;
        }
        return false;
    }

    /// <summary>The opposites of a claim word that the claim does not use itself (see <see cref="OutsideClaim"/>).</summary>
    private static IEnumerable<string> OppositesOutsideClaim(Turn t, string word) => Vocabulary.OppositesOf(word).Where(o => OutsideClaim(t, o));

    /// <summary>
    /// Whether the claim does not use an opposite of one of its words itself: "peace talks on the war" says "peace" as the
    /// claim does, which contradicts nothing about "war".
    /// </summary>
    private static bool OutsideClaim(Turn t, string opposite)
    {
        if (t.Q.Residual.Contains(opposite))
            return false;
        for (var i = 0; i < t.Q.Tokens.Count; i++)
        {
            if (Text.Stemmer.Stem(t.Q.Tokens[i]) == opposite)
                return false;
        }
        return true;
    }

    /// <summary>Comparatives and words of size the parser drops as function words, which a claim can still get wrong.</summary>
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal) { "more", "less", "fewer", "major", "big", "significant" };

    /// <summary>The claim's words of degree (see <see cref="DegreeWord"/>).</summary>
    private static IEnumerable<string> DegreeWords(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count).Select(i => DegreeWord(tokens, i)).OfType<string>();

    /// <summary>
    /// The claim's word of degree at a place: one of <see cref="Degrees"/>, and "up" or "down" that say a change since or from
    /// something ("aid up since the vote?"), read as "increase" and "decrease", not a verb's particle ("gave up").
    /// "may" asks leave ("may X keep its weapons?"), read as "allow", which "barred from possessing them" denies.
    /// </summary>
    private static string? DegreeWord(IReadOnlyList<string> tokens, int i) => tokens[i] switch
    {
        var w when Degrees.Contains(w) => w,
        "may" => "allow",
        "up" or "down" when i + 1 < tokens.Count && tokens[i + 1] is "since" or "from" => tokens[i] == "up" ? "increase" : "decrease",
        _ => null,
    };
}
