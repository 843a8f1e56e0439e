using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Whether a claim and the fact chosen for it say the same thing, or one says the opposite.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// Whether the fact says what the question asks. A position asked about only by its topic answers by
    /// its stance; otherwise each negation (or opposite word) on one side that the other side lacks flips the answer.
    /// On the fact's side only words that point at what the question is about count, not those of a side clause.
    /// </summary>
    private static bool Agrees(Turn t, IndexedFact fact, List<string> content, Reading reading)
    {
        var questionNegations = t.Q.NegationStems;
        // A negation points forward ("refused to send troops"); an opposite word may stand on either side ("likely to be enduring").
        var focus = Focus(t, reading);
        var telling = Telling(reading, focus, bothSides: false, ClaimNames(t));
        // Each question word the fact contradicts flips once, however many of its opposites the fact uses.
        var words = WithoutNames(content, FocusOf(t).EveryName);
        var contradicted = Contradicted(t, fact, content, reading, focus, words);
        // A position asked about by its topic answers by its stance, unless the question says the opposite of its words
        // ("did the reforms expand his powers?" of a position that they reduced them).
        // Only for its holder and its topic: "did the veterans call for X?" is not answered by another's stance on Y that
        // the sentence also gives.
        // A stance of support whose clause saying the claim denies it of the claim's own names ("X backed Y, but it stopped
        // short of sending troops") supports something else: the claim's deed is read against that denial word by word below.
        if (fact.Fact is Position { Stance: Stance.Supports or Stance.Opposes } position && contradicted is null
            && !(position.Stance == Stance.Supports && DeniedOfClaimNames(t, reading, focus))
            && HeldBySubject(t, position) && AboutItsTopic(t, position, words))
            return (position.Stance == Stance.Opposes) == (Refusals(t, content) % 2 == 1);
        // "voted against" when the fact says "abstained": two different refusals, not a double negative.
        if (questionNegations.Count > 0 && OtherRefusal(questionNegations, reading.NegationStems))
            return false;
        var flips = questionNegations.Count > 0 ? UnsaidNegations(t, fact, reading) : 0;
        // A refusal the claim also makes in other words ("spurned" for "rejected") is no flip.
        // "were they non-violent?" makes the fact's "non" itself: a prefix both sides write is no flip.
        // A lack both sides say ("do they lack evidence?" of "the lack of evidence") is the claim's own doubt, weighed below.
        foreach (var n in telling)
        {
            if (Vocabulary.NegationStems.Contains(n) && !questionNegations.Contains(n) && contradicted?.Contains(n) != true
                && !(Vocabulary.DoubtingClaimStems.Contains(n) && t.Q.Residual.Contains(n))
                && !(n == "non" && t.Q.Tokens.Contains("non"))
                && !AnyStandsFor(t.Index, content, n) && !AnyStandsFor(t.Index, questionNegations, n))
                flips++;
        }
        flips += UnsaidDoubts(t, reading.PlainStems);
        // "took part and lost?" of "boycotted ... a win": each claim word the fact contradicts denies a part of the claim,
        // and two such parts denied do not make it true again.
        flips += contradicted is null ? 0 : 1;
        return flips % 2 == 0;
    }

    /// <summary>
    /// Whether a clause of the fact saying most of the claim holds a negation and names no one but the claim's names: "X
    /// backed Y, but it stopped short of sending troops" denies X's sending, "Z's refusal to send troops contrasted with X's
    /// openness" denies only Z's.
    /// </summary>
    private static bool DeniedOfClaimNames(Turn t, Reading reading, HashSet<string> focus) =>
        ClaimClauseTexts(reading, focus).Any(clause => clause.Stems.Any(Vocabulary.NegationStems.Contains)
            && t.Index.Linker.MentionedIn(clause.Text).All(t.Q.Entities.Contains));

    /// <summary>
    /// How many negations of a sentence deny what the claim says, read as a fact's are: pointing forward at the claim's
    /// words within the clause that says most of it, but those in <paramref name="counted"/>. "X, a country with a long border, never lost its independence"
    /// denies nothing about the border.
    /// </summary>
    private static int ClaimNegations(Turn t, Reading reading, IReadOnlySet<string>? counted = null)
    {
        var asked = t.Q.NegationStems;
        // A negation the claim makes itself ("campaigned against X?") is matched wherever the sentence makes it.
        // One already counted as the opposite of a claim word ("refusal" against "join") flips once, not twice.
        return Telling(reading, Focus(t, reading), bothSides: false, ClaimNames(t))
                .Count(n => Vocabulary.NegationStems.Contains(n) && !asked.Contains(n) && !(n == "non" && t.Q.Tokens.Contains("non")) && counted?.Contains(n) != true)
            + reading.PlainStems.Count(asked.Contains);
    }

    /// <summary>Whether the fact names <paramref name="id"/> in a clause of those saying most of the claim.</summary>
    private static bool NamedInClaimClause(Turn t, Reading reading, string id) =>
        ClaimClauseTexts(reading, Focus(t, reading)).Any(clause => t.Index.Linker.MentionedIn(clause.Text).Contains(id));

    /// <summary>Whether the position is the claim's subject's: held by it or one who speaks for it, or the claim names no one.</summary>
    private static bool HeldBySubject(Turn t, Position position) =>
        t.Q.Entities.Count == 0 || t.Index.Find(t.Q.Entities[0]) is not { IsActor: true } subject
        || position.Actor == subject.Id || t.Index.Find(position.Actor)?.Affiliation == subject.Id;

    /// <summary>Whether the claim speaks of the position's topic: it names the topic, or one of its words, not a stance word, does.</summary>
    private static bool AboutItsTopic(Turn t, Position position, List<string> words)
    {
        var topic = EntityStems(t.Index, position.Topic).ToHashSet(StringComparer.Ordinal);
        var said = words.Where(w => !Vocabulary.StanceStems.Contains(w) && !Vocabulary.NegationStems.Contains(w)).ToList();
        return said.Count == 0 || topic.Count == 0 || t.Q.Entities.Contains(position.Topic) || said.Any(w => topic.Any(s => t.Index.StandsFor(w, s)));
    }

    /// <summary>Doubts that close a clause as a "not" may ("is unlikely"), as stems.</summary>
    private static readonly HashSet<string> ClosingDoubtStems = [.. Vocabulary.Doubts.Where(Vocabulary.Negations.Contains).Select(Text.Stemmer.Stem)];

    /// <summary>Auxiliaries a "not" follows in a sentence ("does not", "has not"), as stems.</summary>
    private static readonly HashSet<string> AuxiliaryStems = Vocabulary.Stems("do", "does", "did", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could");

    /// <summary>How many words after a negation or opposite it may stand and still point at the question's subject.</summary>
    private const int PointingWindow = 4;

    /// <summary>
    /// How far a negation before a verb that takes a clause ("not appear that ...", "not intend to ...") or before the
    /// clause itself ("unlikely that ...", "denied that ...") reaches.
    /// </summary>
    private const int ClauseWindow = 10;

    /// <summary>Verbs whose clause a negation before them denies as a whole.</summary>
    private static readonly HashSet<string> ClauseVerbs = Vocabulary.Stems(
        "appear", "seem", "intend", "mean", "plan", "want", "aim", "seek", "expect", "believe", "think", "suggest", "claim", "wish");

    /// <summary>The fact's words that stand just before a word the question is about (not in a side clause).</summary>
    private static List<string> Telling(Reading reading, HashSet<string> focus, bool bothSides, IReadOnlyList<HashSet<string>>? names = null)
    {
        var telling = new List<string>();
        // A negation points forward, within its clause; an opposite word may stand on either side, and anywhere.
        // "not a copy of X, which did not achieve Y": each clause denying a part of the claim denies the claim, and two
        // such clauses do not make it true again, so only the first clause's denials count.
        var denied = false;
        foreach (var clause in bothSides ? [reading.PlainStems] : ClaimClauses(reading, focus, names ?? []))
        {
            var from = telling.Count;
            AddTelling(clause, focus, bothSides, telling);
            var negations = 0;
            for (var i = from; i < telling.Count; i++)
                negations += Vocabulary.NegationStems.Contains(telling[i]) ? 1 : 0;
            if (negations % 2 == 0)
                continue;
            for (var i = telling.Count - 1; denied && i >= from; i--)
            {
                if (Vocabulary.NegationStems.Contains(telling[i]))
                    telling.RemoveAt(i);
            }
            denied = true;
        }
        return telling;
    }

    /// <summary>
    /// The clauses of the fact that say most of the claim: "As X called for Y, Z decided not to do W" denies W, not Y, so
    /// a negation in a side clause that names the claim's subject in passing does not point at the claim.
    /// </summary>
    private static List<IReadOnlyList<string>> ClaimClauses(Reading reading, HashSet<string> focus, IReadOnlyList<HashSet<string>> names)
    {
        var texts = ClaimClauseTexts(reading, focus);
        var chosen = new List<IReadOnlyList<string>>(texts.Count);
        foreach (var (_, stems) in texts)
            chosen.Add(stems);
        // "one of the ships cutting its cables ..., none linked to Ruritania": a name of the claim that the clauses saying
        // most of it leave out is spoken of in a clause of its own, whose negation denies the claim too.
        List<HashSet<string>>? unnamed = null;
        foreach (var name in names)
        {
            if (!AnyNames(chosen, name))
                (unnamed ??= []).Add(name);
        }
        if (unnamed is not null)
            chosen.AddRange(SideClauseBreak().Split(reading.Plain).Select(Words.StemsToRead).Where(c => unnamed.Exists(n => c.AnyIn(n))));
        return chosen;
    }

    /// <summary>Whether one of the clauses says a word of the name.</summary>
    private static bool AnyNames(List<IReadOnlyList<string>> clauses, HashSet<string> name)
    {
        foreach (var clause in clauses)
        {
            if (clause.AnyIn(name))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whom a claim of what was said names as speaking: the names before its first verb of saying ("did X say ...",
    /// "X insisted ..."), but a name the words after it speak of too ("did X's minister say X is ..."). None when it
    /// has no such verb.
    /// </summary>
    private static HashSet<string> Speakers(Pipeline.ParsedQuestion q)
    {
        var verb = -1;
        for (var i = 0; i < q.Tokens.Count && verb < 0; i++)
        {
            if (AssertingVerbs.Contains(Text.Stemmer.Stem(q.Tokens[i])))
                verb = i;
        }
        if (verb < 0)
            return [];
        var spoken = q.Mentions.Where(m => m.Start > verb).SelectMany(m => m.Candidates).ToHashSet(StringComparer.Ordinal);
        return q.Mentions.Where(m => m.Pronoun is null && m.Start + m.Length <= verb).SelectMany(m => m.Candidates.Take(1)).Where(id => !spoken.Contains(id))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static List<(string Text, IReadOnlyList<string> Stems)> ClaimClauseTexts(Reading reading, HashSet<string> focus)
    {
        var clauses = SideClauses(reading.Plain);
        Span<int> said = clauses.Length <= MaxClausesOnStack ? stackalloc int[clauses.Length] : new int[clauses.Length];
        var most = 0;
        for (var i = 0; i < clauses.Length; i++)
            most = Math.Max(most, said[i] = FocusWordsIn(clauses[i].Stems, focus));
        var chosen = new List<(string Text, IReadOnlyList<string> Stems)>();
        for (var i = 0; i < clauses.Length; i++)
        {
            if (said[i] == most)
                chosen.Add(clauses[i]);
        }
        return chosen;
    }

    /// <summary>A sentence's clauses are few: their counts are kept on the stack up to this many.</summary>
    private const int MaxClausesOnStack = 64;

    /// <summary>How many distinct words of the focus the stems say: a clause's few words, gone through without a set for each.</summary>
    private static int FocusWordsIn(IReadOnlyList<string> stems, HashSet<string> focus)
    {
        var count = 0;
        for (var i = 0; i < stems.Count; i++)
        {
            if (focus.Contains(stems[i]) && !SaidBefore(stems, i))
                count++;
        }
        return count;
    }

    /// <summary>Whether the word at <paramref name="i"/> stands earlier among the stems too.</summary>
    private static bool SaidBefore(IReadOnlyList<string> stems, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (stems[j] == stems[i])
                return true;
        }
        return false;
    }

    /// <summary>A text's clauses with their stems, remembered: a claim is held against the same facts question after question.</summary>
    private static (string Text, IReadOnlyList<string> Stems)[] SideClauses(string plain) => RememberedClauses.GetOrAdd(plain, static (p, _) => SplitClauses(p), false);

    private static readonly TextMemo<(string Text, IReadOnlyList<string> Stems)[]> RememberedClauses = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    private static (string Text, IReadOnlyList<string> Stems)[] SplitClauses(string plain)
    {
        var clauses = new List<(string Text, IReadOnlyList<string> Stems)>();
        var pending = "";
        foreach (var piece in SideClauseBreak().Split(plain))
        {
            // "Nobody, literally nobody, believes that ...": a piece of a few words opens the clause after it.
            var text = pending + " " + piece;
            var stems = Words.StemsToRead(text);
            if (stems.Count <= OpeningPieceWords)
            {
                pending = text;
                continue;
            }
            clauses.Add((text, stems));
            pending = "";
        }
        if (Words.StemsToRead(pending) is { Count: > 0 } rest)
            clauses.Add((pending, rest));
        return [.. clauses];
    }

    /// <summary>How many words a piece between commas may hold and still only open the clause after it ("Nobody, literally nobody, ...").</summary>
    private const int OpeningPieceWords = 3;

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;:]|\s[-–—]+\s|\b(?:but|although|though|whereas)\b")]
    private static partial System.Text.RegularExpressions.Regex SideClauseBreak();

    /// <summary>Whether a word between <paramref name="from"/> and <paramref name="to"/>, other than the one at <paramref name="i"/>, is one the claim is about.</summary>
    private static bool Points(IReadOnlyList<string> stems, int i, int from, int to, HashSet<string> focus)
    {
        for (var j = from; j < stems.Count && j <= to; j++)
        {
            if (j != i && focus.Contains(stems[j]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether one of the <paramref name="reach"/> words of substance after a "not" is one the claim is about. Function
    /// words are not counted: "stopped short of sending a brigade to the front" denies the front as much as the brigade.
    /// </summary>
    private static bool PointsForward(IReadOnlyList<string> stems, int i, int reach, HashSet<string> focus)
    {
        for (int j = i + 1, counted = 0; j < stems.Count && counted < reach; j++)
        {
            if (focus.Contains(stems[j]))
                return true;
            if (!Vocabulary.Stopwords.Contains(stems[j]))
                counted++;
        }
        return false;
    }

    /// <summary>Whether only function words follow the word at <paramref name="i"/> in its clause ("not on it", "not so").</summary>
    private static bool EndsClause(IReadOnlyList<string> stems, int i)
    {
        for (var j = i + 1; j < stems.Count; j++)
        {
            if (!Vocabulary.Stopwords.Contains(stems[j]))
                return false;
        }
        return true;
    }

    private static void AddTelling(IReadOnlyList<string> stems, HashSet<string> focus, bool bothSides, List<string> telling)
    {
        var denied = -1;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!IsTelling(stems, i, focus, bothSides))
                continue;
            // "did not achieve a ceasefire and did not prevent the invasion": a denial after "and" denies another part of
            // the clause, not the first denial, so the two do not cancel out.
            var denial = !bothSides && Vocabulary.NegationStems.Contains(stems[i]);
            if (!denial || denied < 0 || !stems.Skip(denied + 1).Take(i - denied - 1).Any(w => w is "and" or "or" or "nor"))
                telling.Add(stems[i]);
            if (denial)
                denied = i;
        }
    }

    /// <summary>Whether the word at <paramref name="i"/> is a negation or opposite that points at a word the claim is about.</summary>
    private static bool IsTelling(IReadOnlyList<string> stems, int i, HashSet<string> focus, bool bothSides)
    {
        // "does not appear that X sees Y", "does not intend to silence X": the negation reaches over the whole clause.
        // "peaceful or not" asks both ways.
        // "conformists and non-conformists" says both, and denies neither; "until they could not" tells a limit.
        if (Words.IsCamp(stems, i) || Words.IsGuardAgainst(stems, i) || (stems[i] == "not" && i > 0 && stems[i - 1] == "or") || Words.IsAdditiveNot(stems, i) || Words.InLimitClause(stems, i)
            || (stems[i] == "non" && i + 1 < stems.Count && SaidUnprefixed(stems, stems[i + 1])))
            return false;
        // "non-profit groups" denies nothing of groups: a "non" points only at the word it prefixes.
        var reach = stems[i] == "non" ? 1
            : Vocabulary.NegationStems.Contains(stems[i]) && i + 1 < stems.Count && (ClauseVerbs.Contains(stems[i + 1]) || stems[i + 1] == "that") ? ClauseWindow
            : Math.Max(PointingWindow, InfinitiveReach(stems, i));
        // "peace does not suit X": a "not" after an auxiliary denies what its subject, just before, does.
        if (!bothSides && stems[i] == "not" && i >= 2 && AuxiliaryStems.Contains(stems[i - 1]) && focus.Contains(stems[i - 2]))
            return true;
        // "X is reportedly not on it", "X never did", "a revolution is unlikely": a "not" or a doubt with nothing of
        // substance after it in its clause denies what the clause said before it, of whatever the claim's words there name.
        // So does a refusal said in the passive ("the offer to mediate was largely ignored").
        if (!bothSides && (stems[i] is "not" or "never" || ClosingDoubtStems.Contains(stems[i]) || PassiveDenial(stems, i)) && EndsClause(stems, i) && Points(stems, i, 0, i - 1, focus))
            return true;
        // A bare "not" (as the article's denials are read) skips function words; a refusal word ("opposition to the decision
        // to deploy ...") keeps to the words right after it, which name what is refused rather than what was done.
        return bothSides || stems[i] != "not" ? Points(stems, i, bothSides ? Math.Max(0, i - PointingWindow) : i + 1, i + reach, focus) : PointsForward(stems, i, reach, focus);
    }
}
