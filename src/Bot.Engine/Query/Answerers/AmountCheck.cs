using System.Globalization;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how many", "how big": the article may report the event but not the amount. An answer to such a
/// question must hold a number (a year or a day of a month is a date, not an amount).
/// </summary>
internal static partial class AmountCheck
{
    public static bool HoldsAmount(string text) =>
        NumbersOf(text).Length > 0 || Tokenizer.Tokens(text).AnyIn(Vocabulary.AmountWords);

    /// <summary>
    /// "how many engineers ...?": the thing counted is the last word after "how many" before the verb. An answer
    /// must give a number within a few words before it (or before a word the index takes for it); "5,000 troops"
    /// does not count engineers. Money is counted in any currency.
    /// </summary>
    public static bool CountsWhatIsAsked(KnowledgeIndex index, Pipeline.ParsedQuestion question, string evidence) =>
        CountsWhatIsAsked(index, question, evidence, null);

    /// <remarks><paramref name="words"/>: the evidence's <see cref="CountingWords"/> when already read, else null.</remarks>
    private static bool CountsWhatIsAsked(KnowledgeIndex index, Pipeline.ParsedQuestion question, string evidence, CountingWords? words)
    {
        if (AsksMoney(question))
            return Money().IsMatch(evidence);
        var asked = Counted(question);
        if (asked is null)
            return true;
        var (tokens, stems) = words ?? CountingWordsOf(evidence);
        var stem = Stemmer.Stem(asked);
        // "how many people": whoever the article counts ("150 activists", "200 men") are people.
        var anyone = People.Contains(asked);
        var partOfWhole = AsksPartOfWhole(question.Tokens);
        // "what share of Ruritanians": a share of a nation's people is given of its citizens, voters or population. A
        // count is not: "200 people" may be anyone's.
        var nation = partOfWhole && Nations.Contains(asked);
        // "how many times did they test it?": "twice" says the number and the times in one word.
        if (stem == TimesStem && tokens.Any(Vocabulary.TimesWords.ContainsKey))
            return true;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((index.CoversWord(stems[i], stem) || (anyone && IsPeople(tokens[i])) || (nation && NationsPeople.Contains(tokens[i])))
                && (NumberBefore(tokens, i) || NumberOfThemAfter(tokens, i) || LatestOccasion(tokens, i) || (partOfWhole && PartBefore(tokens, i))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The plural ending a noun phrase that starts at <paramref name="from"/> with only articles and names before it
    /// ("the Ruritanian voters", "Ruritanians"); null when another word comes first ("the budget goes ...").
    /// </summary>
    private static string? DescribedPlural(Pipeline.ParsedQuestion q, int from)
    {
        for (var k = from; k < Math.Min(q.Tokens.Count, from + WholeReach); k++)
        {
            if (IsPlural(q.Tokens[k]))
                return q.Tokens[k];
            if (q.Tokens[k] is not ("the" or "its" or "their") && !q.Mentions.Any(m => m.Pronoun is null && m.Start <= k && k < m.Start + m.Length))
                return null;
        }
        return null;
    }

    /// <summary>"how many men deserted?": whether what the question counts are people ("men", "troops", "recruits").</summary>
    public static bool CountsPeople(Pipeline.ParsedQuestion question) => Counted(question) is { } asked && (People.Contains(asked) || IsPeople(asked));

    /// <summary>
    /// "how many drones did X fire?" of "X launched 400 drones": a number of the very thing the question counts, in its
    /// own word; "people" is counted in too many words to tell.
    /// </summary>
    public static bool CountsInItsOwnWord(Pipeline.ParsedQuestion question, string evidence)
    {
        if (Counted(question) is not { } asked || People.Contains(asked))
            return false;
        var tokens = Tokenizer.Tokenize(evidence);
        var stem = Stemmer.Stem(asked);
        return Enumerable.Range(0, tokens.Count).Any(i => Stemmer.Stem(tokens[i]) == stem && NumberBefore(tokens, i));
    }

    /// <summary>
    /// Whether a number stands within a few words before the word at <paramref name="at"/>. A year or a day of a month
    /// counts nothing: "in March 2031, Ruritanian engineers" gives no number of engineers.
    /// </summary>
    private static bool NumberBefore(List<string> tokens, int at)
    {
        for (var j = Math.Max(0, at - CountedWindow); j < at; j++)
        {
            if ((tokens[j].AnyChar(char.IsDigit) && !IsDatePart(tokens, j)) || Vocabulary.AmountWords.Contains(tokens[j]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "for the second time", "his third visit": the latest of a run of occasions counts them all, so an ordinal right before
    /// the occasion counted is its number. "The first visit" counts nothing.
    /// </summary>
    private static bool LatestOccasion(IReadOnlyList<string> tokens, int at) =>
        at >= 1 && Vocabulary.Ordinals.Contains(tokens[at - 1]) && tokens[at - 1] != "first" && Vocabulary.Occasions.Contains(Stemmer.Stem(tokens[at]));

    /// <summary>
    /// "the number of men under arms rose to 45,000": a count told after "the number of" what it counts, within a few
    /// words after it.
    /// </summary>
    private static bool NumberOfThemAfter(List<string> tokens, int at) =>
        at >= 2 && tokens[at - 1] == "of" && tokens[at - 2] is "number" or "numbers"
        && Enumerable.Range(at + 1, Math.Max(0, Math.Min(tokens.Count, at + 1 + NumberOfWindow) - at - 1)).Any(j => tokens[j].AnyChar(char.IsDigit) && !IsDatePart(tokens, j));

    /// <summary>How many words after what "the number of" counts its figure may come ("the number of men under arms to 45,000").</summary>
    private const int NumberOfWindow = 4;

    /// <summary>A year ("2025", "1990s") or a day beside its month ("June 3", "3 June"): a date, not an amount.</summary>
    private static bool IsDatePart(IReadOnlyList<string> tokens, int i) =>
        YearOrDecade().IsMatch(tokens[i])
        || (tokens[i].Length <= 4 && ((i > 0 && Vocabulary.MonthNames.ContainsKey(tokens[i - 1])) || (i + 1 < tokens.Count && Vocabulary.MonthNames.ContainsKey(tokens[i + 1]))));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(1[89]|20)\d\d(s)?$")]
    private static partial System.Text.RegularExpressions.Regex YearOrDecade();

    /// <summary>
    /// The sentence that gives a number of what is asked ("120,000 refugees") and says enough of the rest of the
    /// question, for when no annotated fact gives it.
    /// </summary>
    public static Reply? Sentence(Turn t)
    {
        // "how much did X give?" asks a sum of money; otherwise only a thing counted by name: "how big" and "what share"
        // say too little to pick a number by.
        var counted = Counted(t.Q);
        // "what dollar figure does it give?" names money without "how much".
        var money = counted is null ? !AsksChange(t.Q) && (t.Q.Words.Contains("how much", StringComparison.Ordinal) || AsksMoney(t.Q)) : MoneyWords.Contains(counted);
        if (counted is null && !money)
            return PartOfWholeSentence(t) ?? SayingAll(t);
        bool Gives(IndexedSentence s) => money ? Money().IsMatch(s.Sentence.Text)
            : AmountsOf(s) is { HoldsAmount: true } amounts && CountsWhatIsAsked(t.Index, t.Q, s.Sentence.Text, amounts.Words);
        // In the question's own words, else in general synonyms ("died" of "were killed"). The figure often comes in a
        // sentence after the one naming whose it is ("Ruritania's budget will rise. The sum is €75m.").
        // "how many people lived there?": whoever the sentence counts are people ("6,000 nationals"), as Gives checks, so
        // the word need not be said; nor need "times", which "twice" says.
        var people = counted is not null && (People.Contains(counted) || Stemmer.Stem(counted) == TimesStem) && t.Q.Residual.Count > 1 ? t.With(t.Q with { Residual = [.. t.Q.Residual.Where(r => r != Stemmer.Stem(counted))] }) : t;
        var sentence = Ranker.BestSentence(people, RankingPolicy.EnoughWords, Gives, namedEarlier: true, toldOn: true)
            ?? Ranker.BestSentence(people with { Loose = true }, RankingPolicy.EnoughWords, Gives, namedEarlier: true, toldOn: true);
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// "how big is Ruritania's army reserve?": nothing counted by name, but a sentence saying every other word of the
    /// question in its own words (the measure asked, "big", "old", "long", aside) and an amount gives it ("a reserve of
    /// almost 1m").
    /// </summary>
    private static Reply? SayingAll(Turn t)
    {
        var change = AsksChange(t.Q);
        var rest = t.Q.Residual.Where(stem => !MeasureStems.Contains(stem) && !SizeNounStems.Contains(stem) && !(change && ChangeStems.Contains(stem))).ToList();
        // "how long", "how far", "how old" ask a length, a distance or an age, which a bare number ("two countries") does not give.
        var tokens = t.Q.Tokens;
        var asksSize = Enumerable.Range(1, tokens.Count - 1).Any(i => tokens[i - 1] == "how" && SizeWords.Contains(tokens[i])) || tokens.AnyIn(SizeNouns);
        // A change is placed by words enough only: "how much is barley going up?" is no figure of whatever follows "barley".
        if (rest.Count == 0 || !(asksSize || (change && rest.Count >= RankingPolicy.WordsToPlaceAnAmount)))
            return null;
        // One word places a figure only when the figure is its own ("a reserve force of almost 1m"): "the army
        // generates a reserve of 90,000" gives no size of the army.
        var placed = rest.Count >= RankingPolicy.WordsToPlaceAnAmount;
        // In its own words: a synonym ("military" for "army") may speak of another thing, and its number with it.
        var sentence = Ranker.BestSentence(t.With(t.Q with { Residual = rest }), RankingPolicy.AllWords,
            s => rest.All(s.Stems.Contains) && MeasuresIt(Tokenizer.Tokenize(s.Sentence.Text), rest, placed), namedEarlier: true);
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// Whether the sentence gives an amount that is no count of what is asked: "only one bridge" counts bridges, and
    /// says nothing of how long the bridge is; "a reserve of almost 1m citizens" and "the price has doubled" measure it.
    /// </summary>
    /// <remarks>Unless <paramref name="placed"/>, the figure must follow an asked word closely.</remarks>
    private static bool MeasuresIt(List<string> tokens, List<string> asked, bool placed) =>
        Enumerable.Range(0, tokens.Count).Any(i => (IsFigure(tokens, i) || Vocabulary.AmountWords.Contains(tokens[i]))
            && !tokens.Skip(i + 1).Take(CountedWindow).Any(w => asked.Contains(Stemmer.Stem(w)))
            && (placed || tokens.Skip(Math.Max(0, i - OwnFigureWindow)).Take(Math.Min(i, OwnFigureWindow)).Any(w => asked.Contains(Stemmer.Stem(w)))));

    /// <summary>How many words may stand between a thing and its own figure ("reserve force of almost 1m").</summary>
    private const int OwnFigureWindow = 4;

    /// <summary>Measures any amount answers: a size, a share, a multiple ("how much" asks a sum of money, above).</summary>
    private static readonly HashSet<string> SizeWords = new(StringComparer.Ordinal) { "big", "large", "small", "strong" };

    /// <summary>"reserve size?", "the army's strength": the noun asks what "how big" does.</summary>
    private static readonly HashSet<string> SizeNouns = new(StringComparer.Ordinal) { "size", "strength" };

    private static readonly HashSet<string> SizeNounStems = [.. SizeNouns.Select(Stemmer.Stem)];

    /// <summary>The measure "how" asks of ("old" in "how old", "far" in "how far"): what kind of amount, not a word to find.</summary>
    private static readonly HashSet<string> MeasureStems = [.. Vocabulary.QuantityCues.Select(cue => cue.Split(' '))
        .Where(words => words[0] == "how").Select(words => Stemmer.Stem(words[1]))];

    /// <summary>
    /// A sum of money, whole: its sign or code, figure, multiplier and currency ("$44.7bn", "38 billion euros"), so that it
    /// can be told from a count as well as found.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[$£€¥₽]\s?|\b(?:USD|EUR|GBP|RUB)\s?)\d[\d,.]*\s?(?:million|billion|trillion|bn|m)?\b|\b\d[\d,.]*\s?(?:million|billion|trillion|bn|m)?\s?(?:dollars|euros|pounds|roubles|rubles|yuan|manat|USD|EUR|GBP|RUB)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Money();

    /// <summary>
    /// "how much money did X give?", "a factory worker's salary", "the dollar value of the deals": a sum of money is
    /// asked, and only a sum of money answers ("half the land" or "46 drones" does not).
    /// </summary>
    public static bool AsksMoney(Pipeline.ParsedQuestion q) =>
        Counted(q) is { } counted ? MoneyWords.Contains(counted) : !AsksChange(q) && q.Tokens.AnyIn(Vocabulary.SumWords);

    private static readonly HashSet<string> People = new(StringComparer.Ordinal) { "people", "ppl", "persons", "individuals", "guys", "folks" };

    /// <summary>The plurals naming a country's people: "Ruritanians" (general knowledge, not any article's).</summary>
    private static readonly HashSet<string> Nations = [.. Extraction.Countries.All.SelectMany(c => c.Demonyms)
        .Where(d => d.EndsWith('s')).Select(d => d.ToLowerInvariant())];

    /// <summary>The words a nation's people are counted in when the article does not name them by their nation.</summary>
    private static readonly HashSet<string> NationsPeople = new(StringComparer.Ordinal) { "citizens", "people", "population", "voters", "residents", "inhabitants", "nationals", "public" };

    /// <summary>A plural naming people: "activists", "workers", "civilians", "refugees", "men", "troops", a nation's "Chileans".</summary>
    internal static bool IsPeople(string word) =>
        PeopleNouns.Contains(word) || Nations.Contains(word) || (word.Length > 5 && PeopleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)));

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "men", "women", "children", "people", "troops", "soldiers", "priests", "civilians", "residents", "students", "migrants", "citizens", "police", "staff",
        "nationals", "generals", "officials", "diplomats", "delegates", "deputies", "recruits", "conscripts", "veterans", "rebels", "militants",
        "insurgents", "mercenaries", "hostages", "victims", "casualties", "clerics", "monks", "pilots", "crew", "personnel", "guards", "judges",
        "experts", "immigrants", "emigrants", "refugees", "pensioners", "tourists", "colonels", "officers", "cadets", "mps", "lawmakers",
    };

    private static readonly string[] PeopleEndings = ["ers", "ors", "ists", "ians", "ees"];

    private static bool IsPlural(string word) =>
        word is "men" or "women" or "children" or "people" || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal));

    /// <summary>How many words may stand between a number and what it counts ("more than 5,000 additional troops").</summary>
    private const int CountedWindow = 3;

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal) { "money", "cash", "funding", "funds", "investment", "aid", "dollars", "euros", "pounds" };

    private static readonly HashSet<string> MoneyStems = [.. MoneyWords.Select(Stemmer.Stem)];

    /// <summary>Whether the stem is a word for money: "this money" is whatever sum was given.</summary>
    public static bool IsMoneyWord(string stem) => MoneyStems.Contains(stem);

    /// <summary>Whether the text gives a sum of money in some currency.</summary>
    public static bool GivesMoney(string text) => Money().IsMatch(text);

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "did", "do", "does", "are", "is", "was", "were", "will", "would", "have", "has", "had", "can", "could", "went", "attended", "died", "live",
    };

    /// <summary>
    /// The word after "how many" that names what is counted, if the question says: the first plural ("how many
    /// principal sources of ..."), else the last word before a verb, preposition or name; "how much of the budget" and "what share
    /// of the vote" count the budget and the vote.
    /// </summary>
    private static string? Counted(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var start = -1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "how much families lost power": a learner's "how much" before a plural counts it, as "how many" does.
            if (tokens[i] == "how" && (tokens[i + 1] == "many" || (tokens[i + 1] == "much" && CountsAPlural(tokens, i + 2))))
                start = i + 2;
            // "Number of foreign suppliers whose ...": a count asked as a number of a plural names what it counts too.
            else if (start < 0 && tokens[i] == "number" && tokens[i + 1] == "of" && CountsAPlural(tokens, i + 2, NumberOfReach))
                start = i + 2;
            else if (tokens[i] == "how" && tokens[i + 1] == "much" && i + 4 < tokens.Count && tokens[i + 2] == "of" && tokens[i + 3] is "the" or "its" or "their")
                return tokens[i + 4];
            // "what share of the vote", "the percentage of the budget": the whole the part is counted in, by its plural when
            // words describing it come first ("what share of Ruritanian voters"). "What share of them" counts whoever was
            // spoken of, by whatever word the sentence uses.
            else if (Proportions.Contains(tokens[i]) && tokens[i + 1] == "of" && i + 2 < tokens.Count)
                return tokens[i + 2] is "them" or "those" or "these" ? null
                    : DescribedPlural(q, i + 2) ?? (tokens[i + 2] is "the" or "its" or "their" && i + 3 < tokens.Count ? tokens[i + 3] : tokens[i + 2]);
        }
        if (start < 0)
            return null;
        string? noun = null;
        for (var i = start; i < tokens.Count && !Verbs.Contains(tokens[i]) && !Prepositions.Contains(tokens[i]); i++)
        {
            // "how many village Ruritania give?": a name starts the clause that says what happened to them, unless a plural
            // follows it, which the name describes ("how many Harbour Board officials").
            if (i > start && q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Start == i) is { } name)
            {
                var after = name.Start + name.Length;
                if (after >= tokens.Count || !IsPlural(tokens[after]) || Verbs.Contains(tokens[after]))
                    break;
                i = after - 1;
                continue;
            }
            if (IsPlural(tokens[i]))
                return tokens[i];
            // "how many money the firm moved": "the" opens the next phrase and names nothing counted.
            if (tokens[i] is not ("the" or "a" or "an" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her"))
                noun = tokens[i];
        }
        return noun;
    }

    private static readonly string TimesStem = Stemmer.Stem("times");

    /// <summary>How many words after "how much" may come before the plural it counts ("how much principal sources").</summary>
    private const int PluralReach = 2;

    /// <summary>
    /// How many words after "number of" may come before the plural it counts: "number of" always counts, so the words
    /// describing what it counts may be more ("number of senior Harbour Board officials").
    /// </summary>
    private const int NumberOfReach = 5;

    /// <summary>Whether a plural that is no sum of money follows within a few words, before any verb or preposition.</summary>
    private static bool CountsAPlural(IReadOnlyList<string> tokens, int at, int reach = PluralReach)
    {
        for (var i = at; i < tokens.Count && i < at + reach && !Verbs.Contains(tokens[i]) && !Prepositions.Contains(tokens[i]); i++)
        {
            if (IsPlural(tokens[i]))
                return !MoneyWords.Contains(tokens[i]);
        }
        return false;
    }

    private static readonly HashSet<string> Proportions = new(StringComparer.Ordinal) { "share", "percentage", "percent", "proportion", "fraction" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "in", "inside", "to", "for", "from", "at", "on", "with", "about", "does", "did" };

    /// <summary>
    /// The stems of what a claim counts: the words after each of its figures that are not function words ("40 big
    /// ships"). A claim that gets them wrong ("19 tanks" of "19 armoured personnel-carriers") speaks of another thing.
    /// </summary>
    public static HashSet<string> CountedInClaim(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsFigure(tokens, i))
                continue;
            for (var j = i + 1; j < tokens.Count && j <= i + CountedWindow; j++)
            {
                if (tokens[j].Length > 1 && !Vocabulary.Stopwords.Contains(tokens[j]))
                    counted.Add(Stemmer.Stem(tokens[j]));
            }
        }
        return counted;
    }
}
