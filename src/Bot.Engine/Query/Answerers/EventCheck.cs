using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "when did X join the alliance?", "how many were arrested?": a date or a number answers only if it is the one of the
/// event asked. An answer whose evidence never says that event, in its words or a synonym's, gives the date or number
/// of something near it ("since independence in 1991", "tens of thousands of protesters").
/// </summary>
internal static partial class EventCheck
{
    /// <summary>
    /// Whether the question asks when or how much of an event, and the answer never says that event. A paraphrase of
    /// it is common ("began its intervention" for "start bombing"), so only an answer that also leaves out a name the
    /// question gives, or one to a verb no article uses, is taken for another event's; and a number of the very thing
    /// counted ("400 drones") answers whatever verb it comes with.
    /// </summary>
    public static bool Misses(Turn t, string answer)
    {
        var q = t.Q;
        // "how does X compare ...?" asks no date or number of an event.
        if (q.Tokens[0] == "how" && q.Tokens.Count > 1 && q.Tokens[1] is not ("many" or "much"))
            return false;
        if (q.Intent is not (Intent.When or Intent.Count) && !(q.AsksAmount && q.Intent is not (Intent.YesNo or Intent.Order or Intent.OnDate)))
            return false;
        // "how much have prices risen?": the rise is the measure asked, which a figure gives in whatever verb.
        // People are counted for many deeds, though: "400 men each" answers no "how many men deserted?" of an article that
        // never tells of deserting in any words.
        if (AskedEvent(q) is not { } verb || (AmountCheck.CountsInItsOwnWord(q, answer) && !(q.Foreign.Contains(verb) && AmountCheck.CountsPeople(q)))
            || (AmountCheck.IsChangeWord(verb) && AmountCheck.HoldsAmount(answer)))
            return false;
        // "when did they adopt the law?": "a June 2019 law" dates the law itself, so its making.
        if (MakingVerbs.Contains(Stemmer.Stem(verb)) && DatesTheThingMade(q, verb, answer))
            return false;
        if (Says(t.Index, verb, answer))
            return false;
        var named = t.Index.Linker.MentionedIn(answer);
        // The one word a verb and its particle mean ("cancel" of "call off") is judged foreign by itself, not being the question's.
        return q.Foreign.Contains(verb) || (!q.Tokens.Contains(verb) && !t.Index.Knows(Stemmer.Stem(verb))) || q.Entities.Any(e => !named.Contains(e));
    }

    /// <summary>Whether the text says the verb, in any of its forms or a general synonym ("headed" for "led").</summary>
    public static bool Says(KnowledgeIndex index, string verb, string text)
    {
        var said = Words.Stems(text).ToHashSet(StringComparer.Ordinal);
        return FormsOf.GetValueOrDefault(verb, [verb]).Any(form => index.CoversLoosely(said, Stemmer.Stem(form)));
    }

    /// <summary>
    /// The verb naming the event asked: after "did"/"will" and the subject, the bare verb ("did the talks resume"); after
    /// "was"/"were"/"got"/"have been", a past participle ("were killed", "got arrested"). Verbs saying only that
    /// something took place ("happen", "start") name no event of their own.
    /// </summary>
    public static string? AskedEvent(ParsedQuestion q)
    {
        var tokens = q.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (DoAuxiliaries.Contains(tokens[i]))
                return BareVerb(q, i + 1);
            if (BeAuxiliaries.Contains(tokens[i]))
                return Specific(Participle(q, i + 1));
        }
        return null;
    }

    /// <summary>
    /// Whether the answer puts a year right before a word the question says beside its verb of making: "a June 2019
    /// new fishing law" of "when did they adopt the law?", "the 1998 harbour treaty" of "when was the treaty signed?".
    /// </summary>
    internal static bool DatesTheThingMade(ParsedQuestion q, string verb, string answer)
    {
        var made = q.Tokens.Where(w => w != verb && !Vocabulary.Stopwords.Contains(w)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match year in YearAndWords().Matches(answer))
        {
            foreach (var word in year.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(DatedThingReach).Select(w => w.ToLowerInvariant()))
            {
                if (made.Contains(Stemmer.Stem(word)))
                    return true;
                if (Vocabulary.Stopwords.Contains(word))
                    break;
            }
        }
        return false;
    }

    /// <summary>A year and the few words right after it, in the same stretch of words (no punctuation between).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[12]\d{3} ([\p{L} -]+)")]
    private static partial System.Text.RegularExpressions.Regex YearAndWords();

    /// <summary>How many words may describe the thing a year dates: "2019 new fishing law" is three.</summary>
    private const int DatedThingReach = 3;

    /// <summary>Verbs of making or enacting a thing, whose date a year before the thing's name gives.</summary>
    private static readonly HashSet<string> MakingVerbs = Vocabulary.Stems(
        "adopt", "adopted", "pass", "passed", "enact", "enacted", "introduce", "introduced", "sign", "signed", "approve", "approved",
        "launch", "launched", "create", "created", "found", "founded", "establish", "established", "form", "formed", "set", "unveil",
        "unveiled", "publish", "published", "issue", "issued", "release", "released", "conclude", "concluded", "draft", "drafted",
        "agree", "agreed", "strike", "struck", "reach", "reached", "write", "wrote", "written", "build", "built");

    private static string? Specific(string? verb) => verb is null || GenericVerbs.Contains(verb) ? null : verb;

    /// <summary>The first word after the subject that ends its clause: the last before a function word, a name or the end.</summary>
    private static string? BareVerb(ParsedQuestion q, int from)
    {
        for (var j = from; j < q.Tokens.Count; j++)
        {
            var word = q.Tokens[j];
            // "did they start bombing", "does the article give": a verb of taking place or of the article itself asks of no event.
            if (GenericVerbs.Contains(word))
                return null;
            if (InMention(q, j) || Vocabulary.Stopwords.Contains(word) || Vocabulary.Phrasing.Contains(word) || word.AnyChar(char.IsDigit))
                continue;
            // "did they sign off on it": a verb and its particle name one event, said by the one word they mean ("approved").
            if (j + 1 < q.Tokens.Count && Vocabulary.PhrasalVerbs.TryGetValue((word, q.Tokens[j + 1]), out var meant))
                return meant;
            if (j + 1 == q.Tokens.Count || Vocabulary.Stopwords.Contains(q.Tokens[j + 1]) || q.Mentions.Any(m => m.Start == j + 1))
                return word;
        }
        return null;
    }

    /// <summary>A past participle within a few words: "were killed", "was the law passed", "have already been sent".</summary>
    private static string? Participle(ParsedQuestion q, int from)
    {
        for (var j = from; j < q.Tokens.Count && j <= from + ParticipleReach; j++)
        {
            var word = q.Tokens[j];
            if ((IntentRecognizer.IrregularPast.Contains(word) || (FormsOf.TryGetValue(word, out var forms) && forms[0] != word)
                || (word.Length > MinRegularParticiple && word.EndsWith("ed", StringComparison.Ordinal))) && !InMention(q, j))
                return word;
        }
        return null;
    }

    private static bool InMention(ParsedQuestion q, int at) => q.Mentions.Any(m => at >= m.Start && at < m.Start + m.Length);

    /// <summary>How many words may stand between "was" and its participle ("was the new harbour law passed").</summary>
    private const int ParticipleReach = 4;

    /// <summary>"-ed" words shorter than this ("red", "bed", "shed") are no participles.</summary>
    private const int MinRegularParticiple = 4;

    private static readonly HashSet<string> DoAuxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "will", "would", "can", "could" };

    private static readonly HashSet<string> BeAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "got", "get", "gets", "has", "have", "had", "been" };

    /// <summary>The forms of irregular verbs: "were sent" is said by "sending", "did they win" by "won".</summary>
    private static readonly string[][] IrregularForms =
    [
        ["win", "won"], ["send", "sent"], ["hold", "held"], ["make", "made"], ["give", "gave", "given"], ["lose", "lost"], ["leave", "left"],
        ["pay", "paid"], ["sell", "sold"], ["build", "built"], ["fight", "fought"], ["bring", "brought"], ["keep", "kept"], ["meet", "met"],
        ["lead", "led"], ["spend", "spent"], ["shoot", "shot"], ["choose", "chose", "chosen"], ["write", "wrote", "written"], ["see", "saw", "seen"],
        ["steal", "stole", "stolen"], ["break", "broke", "broken"], ["find", "found"], ["seek", "sought"], ["flee", "fled"], ["buy", "bought"],
        ["grow", "grew", "grown"], ["draw", "drew", "drawn"], ["rise", "rose", "risen"], ["fall", "fell", "fallen"], ["run", "ran"],
        ["stand", "stood"], ["hear", "heard"], ["feel", "felt"], ["tell", "told"], ["speak", "spoke", "spoken"], ["drive", "drove", "driven"],
        ["strike", "struck"], ["take", "took", "taken"], ["become", "became"], ["know", "knew", "known"], ["think", "thought"],
        ["bear", "bore", "born"], ["hide", "hid", "hidden"], ["forbid", "forbade", "forbidden"], ["slay", "slew", "slain"], ["beat", "beaten"],
    ];

    private static readonly Dictionary<string, string[]> FormsOf = IrregularForms.SelectMany(forms => forms.Select(form => (form, forms)))
        .ToDictionary(p => p.form, p => p.forms, StringComparer.Ordinal);

    private static readonly HashSet<string> GenericVerbs = new(StringComparer.Ordinal)
    {
        "happen", "happened", "occur", "occurred", "take", "took", "taken", "start", "started", "begin", "began", "begun", "end", "ended", "come", "came",
        "go", "went", "get", "got", "make", "made", "do", "done", "be", "say", "said", "mentioned", "given", "reported", "stated", "known",
        // The article's own verbs: "the sanctions discussed in the article", "what date does the article give".
        "give", "gives", "discussed", "described", "cited", "named", "quoted", "listed", "covered",
    };
}
