namespace Bot.Engine.Text;

/// <summary>
/// A light English suffix stripper: enough that "deploy", "deployed", "deploying" and
/// "deployments" meet, while short words are left alone. Index and query use the same rules.
/// </summary>
public static class Stemmer
{
    private static readonly string[] Suffixes =
    [
        "ality", "ivity", "icity", "arity", "bility", "izations", "ization", "ations", "ation", "itions", "ition", "tions", "tion", "ements", "ement", "ments", "ment",
        "ings", "ing", "edly", "ists", "ist", "ism", "ness", "ships", "ship", "ally", "ials", "ial", "als", "al", "ies", "ied", "ed", "ers", "er", "ly", "es", "s", "e",
    ];

    /// <summary>
    /// The suffixes by their last letter, in the order above, each with the fewest letters it must leave: a word
    /// is only tried against the suffixes it can end with. Stemming runs for every word of every question.
    /// </summary>
    private static readonly Dictionary<char, (string Suffix, int Shortest)[]> ByLastLetter = Suffixes
        .GroupBy(suffix => suffix[^1])
        .ToDictionary(group => group.Key, group => group.Select(suffix => (suffix, Shortest(suffix))).ToArray());

    /// <summary>
    /// Irregular past forms meet their verb ("won" is "win", "fought" is "fight"). Forms that are other words too
    /// ("left", "found", "led", "saw", "fell") and light verbs that match too widely ("took", "met") are left alone.
    /// </summary>
    private static readonly Dictionary<string, string> Irregular = BuildIrregular(
        "win:won", "give:gave,given", "buy:bought", "fight:fought", "seek:sought", "bring:brought", "think:thought",
        "begin:began,begun", "choose:chose,chosen", "speak:spoke,spoken", "break:broke,broken", "grow:grew,grown", "know:knew,known",
        "rise:rose,risen", "write:wrote,written", "steal:stole,stolen", "freeze:froze,frozen", "sell:sold", "hold:held",
        "send:sent", "tell:told", "go:went,gone", "run:ran", "pay:paid", "build:built", "flee:fled", "drive:drove,driven",
        "strike:struck", "keep:kept", "hide:hid,hidden", "shake:shook,shaken", "throw:threw,thrown", "fly:flew,flown",
        "forget:forgot,forgotten", "catch:caught", "teach:taught", "spend:spent", "withdraw:withdrew,withdrawn",
        "overthrow:overthrew,overthrown", "undertake:undertook,undertaken", "understand:understood", "arise:arose,arisen",
        "sit:sat", "swear:swore,sworn", "tear:tore,torn", "eat:ate,eaten", "lose:lost",
        // Verbs of three letters ending in "e" keep it, being too short to lose it, where their forms lose it:
        // "owed" is "owe", as "voted" is "vote".
        "owe:owed,owing", "use:used,using", "sue:sued,suing", "tie:tied,tying");

    /// <summary>
    /// A noun made of an adjective keeps the adjective's ending so both meet: "activity" is "active", "ethnicity"
    /// "ethnic", "popularity" "popular", "stability" "stable"; "neutrality" loses "-al" as "neutral" does.
    /// </summary>
    private static readonly Dictionary<string, string> NounOfAdjective = new(StringComparer.Ordinal)
    {
        ["ality"] = "", ["ivity"] = "iv", ["icity"] = "ic", ["arity"] = "ar", ["bility"] = "bl",
    };

    /// <summary>
    /// Words that stripping would turn into a negation: "noted" is no "not", so a sentence noting something denies nothing.
    /// </summary>
    private static readonly Dictionary<string, string> KeptWhole = new(StringComparer.Ordinal)
    {
        ["note"] = "note", ["notes"] = "note", ["noted"] = "note", ["noting"] = "note",
    };

    private static Dictionary<string, string> BuildIrregular(params string[] verbs) =>
        verbs.Select(v => v.Split(':')).SelectMany(v => v[1].Split(',').Select(form => (form, verb: v[0])))
            .ToDictionary(p => p.form, p => p.verb, StringComparer.Ordinal);

    /// <summary>
    /// The stems of words met before: every check of a question stems its words again, and most words of questions
    /// and articles recur. A word longer than any English one is stemmed afresh each time rather than remembered.
    /// </summary>
    private static readonly TextMemo<string> Remembered = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 40);

    public static string Stem(string token) => Remembered.GetOrAdd(token, static (word, _) => StemOf(word), 0);

    private static string StemOf(string token)
    {
        // A word list's "long-lasting" or "de-escalate" is the word the tokenizer makes whole of the text's.
        if (token.Contains('-'))
            token = token.Replace("-", "", StringComparison.Ordinal);
        if (KeptWhole.TryGetValue(token, out var whole))
            return whole;
        if (Irregular.TryGetValue(token, out var verb))
            token = verb;
        if (token.Length <= 3 || !char.IsLetter(token[^1]) || !ByLastLetter.TryGetValue(token[^1], out var candidates))
            return token;
        foreach (var (suffix, shortest) in candidates)
        {
            if (!token.EndsWith(suffix, StringComparison.Ordinal) || token.Length - suffix.Length < shortest)
                continue;
            if (suffix == "s" && (token.EndsWith("ss", StringComparison.Ordinal) || token.EndsWith("us", StringComparison.Ordinal) || token.EndsWith("is", StringComparison.Ordinal)))
                return token;
            var stem = token[..^suffix.Length];
            // "relationship" is what "relation" is, "awareness" "aware": each stemmed as that word.
            if (suffix is "ship" or "ships" or "ness")
                return StemOf(stem);
            if (suffix is "ies" or "ied")
                return StemOf(stem + "y");
            // "supplier" and "carriers" are who supplies and carries: stemmed as the verb, as "supplied" is.
            if (suffix is "er" or "ers" && stem.EndsWith('i') && !IsVowel(stem[^2]))
                return StemOf(stem[..^1] + "y");
            if (NounOfAdjective.TryGetValue(suffix, out var adjectiveEnd))
                stem += adjectiveEnd;
            // "constitutional" and "constitutionality" are what "constitution" is. "-ational" and "-itional" words are
            // left as they are: "-ation" and "-ition" cut into a root ("international" would meet "internal",
            // "traditional" "trade").
            if (suffix is "al" or "als" or "ally" or "ality" && stem.EndsWith("ion", StringComparison.Ordinal)
                && !stem.EndsWith("ation", StringComparison.Ordinal) && !stem.EndsWith("ition", StringComparison.Ordinal))
                return StemOf(stem);
            // "militarily" is "military", "easily" is "easy".
            if (suffix == "ly" && stem.EndsWith('i') && stem.Length >= 5)
                return stem[..^1] + "y";
            // An agent noun keeps its double letter: "blogger" is not "blog".
            return WithoutEr(suffix is "ed" or "ing" ? Undouble(Unize(stem)) : suffix is "s" or "es" ? Undouble(stem) : stem);
        }
        // "boycott" meets "boycotted" and "boycotts": a doubled last letter comes off every form alike.
        return Undouble(token);
    }

    // "-ist" and "-ism" only come off long words: "extremist", not "resist" or "exist";
    // "-ment" leaves at least four letters: "deployment" meets "deploy", but "comment" never meets "come".
    // "-ial" leaves at least six letters: "presidential" meets "president", but "official" never meets "office".
    // "-er" leaves at least four letters: "leader" meets "lead", but "offer" never meets "off".
    // "-ship" leaves at least five letters: "fellowship" meets "fellow", "leadership" "leader", but "hardship" stays.
    // "-bility" may leave a single letter: "ability" is "able"; "-ality" leaves four: "morality" never meets "more".
    private static int Shortest(string suffix) =>
        suffix is "ists" or "ist" or "ism" or "ships" or "ship" ? 5 : suffix == "bility" ? 1 : suffix is "ality" or "ements" or "ement" or "ments" or "ment" or "ers" or "er" ? 4 : suffix is "ials" or "ial" ? 6 : 3;

    /// <summary>
    /// "transferr" (from "transferred") and "consider" (from "consideration") lose their "-er" as the bare verbs do, so a
    /// verb meets its past and its noun.
    /// </summary>
    private static string WithoutEr(string stem) =>
        stem.EndsWith("er", StringComparison.Ordinal) && stem.Length - 2 >= Shortest("er") ? stem[..^2] : stem;

    /// <summary>
    /// "skipp" (from "skipped") is "skip", "plann" is "plan"; doubled s and z stay ("pass"), and so does a doubled l that
    /// ends a word of one syllable ("call", "spill"). A longer word's doubled l is British spelling's doubling of an
    /// unstressed end ("modelled", "travelling", "patrolled"): it comes off, so those meet "model", "travel" and "patrol".
    /// </summary>
    private static string Undouble(string stem) =>
        stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'z') && !IsVowel(stem[^1])
            && (stem[^1] != 'l' || Syllables(stem) >= MinSyllablesUndoubled) ? stem[..^1] : stem;

    /// <summary>How many syllables a word ending in a doubled l needs before one l comes off ("patroll", not "spell").</summary>
    private const int MinSyllablesUndoubled = 2;

    /// <summary>The word's vowel groups each followed by a consonant: "patroll" has two, "call" one.</summary>
    private static int Syllables(string stem)
    {
        var count = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (IsVowel(stem[i - 1]) && !IsVowel(stem[i]))
                count++;
        }
        return count;
    }

    /// <summary>"specializ" (from "specializing") is "special", as "specialization" is.</summary>
    private static string Unize(string stem) =>
        stem.Length >= 6 && (stem.EndsWith("iz", StringComparison.Ordinal) || stem.EndsWith("is", StringComparison.Ordinal)) && !stem.EndsWith("sis", StringComparison.Ordinal)
            ? stem[..^2] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
