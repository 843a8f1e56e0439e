using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how much grain does each barge carry?": an amount of a mass (grain, gas, water), which a quantity in a unit gives
/// ("2 million tonnes", "40% of its grain", "$3bn of grain"), but no count of another thing ("400 grain barges",
/// "one rusty barge").
/// </summary>
internal static partial class AmountCheck
{
    /// <summary>
    /// The mass "how much" asks of: one word right after it, before an auxiliary or a function word ("how much grain
    /// does ...", "how much grain the barge carried"). Not a plural, a sum of money, a name, or a word that asks the
    /// amount itself ("how much funding", "how much more").
    /// </summary>
    public static string? AskedMass(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var at = Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).FirstOrDefault(i => tokens[i] == "how" && tokens[i + 1] == "much", -1) + 2;
        if (at < 2 || at >= tokens.Count || Counted(q) is not null || AsksChange(q) || AsksMoney(q))
            return null;
        var noun = tokens[at];
        var ends = at + 1 == tokens.Count || Vocabulary.Stopwords.Contains(tokens[at + 1]) || MassFollowers.Contains(tokens[at + 1]);
        return ends && noun.AllChars(char.IsLetter) && !Vocabulary.Stopwords.Contains(noun) && !MassFollowers.Contains(noun) && !IsPlural(noun)
            && !IsMoneyWord(Stemmer.Stem(noun)) && !Vocabulary.AmountAttributes.Contains(noun) && !Vocabulary.ChangeVerbs.Contains(noun)
            && !q.Mentions.Any(m => m.Pronoun is null && m.Start <= at && at < m.Start + m.Length)
            ? noun : null;
    }

    /// <summary>Words after the mass that end it: auxiliaries and the articles opening the clause ("how much grain does").</summary>
    private static readonly HashSet<string> MassFollowers = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "does", "did", "do", "will", "would", "can", "could", "the", "each", "every", "a", "an",
    };

    /// <summary>
    /// Whether every figure the evidence gives counts some other thing than the mass asked ("between 400 and 1,000 grain
    /// barges", "one rusty barge"): the words right after it name things, none of them a unit or the mass itself. A sum
    /// of money or a share measures it; a figure with nothing after it may be anything, so it is given the benefit.
    /// </summary>
    public static bool CountsOnlyOtherThings(Pipeline.ParsedQuestion q, string evidence)
    {
        if (AskedMass(q) is not { } mass || Money().IsMatch(evidence) || Share().IsMatch(evidence))
            return false;
        var tokens = Tokenizer.Tokens(evidence);
        var others = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var figure = (tokens[i].AnyChar(char.IsDigit) && !IsDatePart(tokens, i)) || Vocabulary.AmountWords.Contains(tokens[i]);
            // "between 400 and 1,000 barges": the first figure of a range counts what the last one does.
            // "1,000 barges" reads as "1" and "000": the last group is the figure the words after it count.
            if (!figure || (i + 1 < tokens.Count && tokens[i + 1].AllChars(char.IsDigit)) || (i + 2 < tokens.Count && tokens[i + 1] is "and" or "to" or "or" && (tokens[i + 2].AnyChar(char.IsDigit) || Vocabulary.AmountWords.Contains(tokens[i + 2]))))
                continue;
            var after = tokens.Skip(i + 1).TakeWhile(w => w.AnyChar(char.IsLetter) && !Vocabulary.Stopwords.Contains(w)).Take(CountedWindow).ToList();
            if (after.Count == 0 || after.All(w => w == mass) || after.Any(IsMeasure))
                return false;
            others++;
        }
        return others > 0;
    }

    /// <summary>Whether a word after a figure measures rather than names a thing: a unit, a multiplier, a span, a vessel's load.</summary>
    private static bool IsMeasure(string word) =>
        MassUnits.Contains(word) || Vocabulary.Multipliers.ContainsKey(word) || Vocabulary.AmountWords.Contains(word) || Duration().IsMatch("1 " + word)
        || IsMoneyWord(Stemmer.Stem(word));

    /// <summary>Units and loads a mass is measured in.</summary>
    private static readonly HashSet<string> MassUnits = new(StringComparer.Ordinal)
    {
        "barrel", "barrels", "bpd", "tonne", "tonnes", "ton", "tons", "litre", "litres", "liter", "liters", "gallon", "gallons", "cubic", "bcm",
        "kg", "kilogram", "kilograms", "gram", "grams", "pounds", "ounces", "megawatts", "gigawatts", "mw", "gw", "kwh", "twh", "hectares", "acres",
        "square", "km", "kilometres", "kilometers", "miles", "metres", "meters", "m", "bn", "cargo", "cargoes", "shipments", "loads", "percent", "per", "cent",
    };
}
