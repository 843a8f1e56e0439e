namespace Bot.Engine.Query;

/// <summary>Numbers as words: "two bridges", "fifty kilometres", "two hundred thousand troops".</summary>
internal static partial class Vocabulary
{
    /// <summary>The numbers a count is written with most, by their value.</summary>
    public static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>Spelled numbers past <see cref="NumberWords"/>.</summary>
    public static readonly Dictionary<string, long> LargerNumberWords = new(StringComparer.Ordinal)
    {
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The ordinals in order: "third" stands third. Before <see cref="Ordinals"/>, which is made from it.</summary>
    public static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>Ordinal words, each giving a thing its place in an order: "the fifth year", "for the third time".</summary>
    public static readonly HashSet<string> Ordinals = new(OrdinalWords, StringComparer.Ordinal);

    /// <summary>
    /// Stems of occasions that recur and are counted by the latest one's place: "for the second time", "his third visit", a
    /// war "in its fifth year".
    /// </summary>
    public static readonly HashSet<string> Occasions = Stems("time", "visit", "trip", "round", "attempt", "meeting", "summit", "tour", "call", "year");

    /// <summary>Adverbs that give how many times something happened ("visited twice" is two visits).</summary>
    public static readonly Dictionary<string, long> TimesWords = new(StringComparer.Ordinal) { ["twice"] = 2, ["thrice"] = 3 };

    /// <summary>Spans of years named by their length ("a quarter century" is 25 years), by the word for the span.</summary>
    public static readonly Dictionary<string, long> YearSpans = new(StringComparer.Ordinal) { ["century"] = 100, ["decade"] = 10 };

    /// <summary>
    /// Words after a count that say how often ("three times"), which a claim counts by: no word to find, as the number is
    /// checked against the article's ("twice").
    /// </summary>
    public static readonly HashSet<string> OccasionWords = new(StringComparer.Ordinal) { "times", "time" };

    /// <summary>Words opening a span of time after a figure ("20% between 2018 and 2022"), which counts nothing.</summary>
    public static readonly HashSet<string> TimeSpanWords = new(StringComparer.Ordinal) { "between", "since", "until", "till", "during", "throughout" };

    /// <summary>Words that multiply the number before them.</summary>
    public static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Words that ask for a sum of money and for nothing else ("salary", "dollar value"; not "aid", counted in goods too).</summary>
    public static readonly HashSet<string> SumWords = new(StringComparer.Ordinal)
    {
        "money", "cash", "dollar", "dollars", "euro", "euros", "salary", "salaries", "wage", "wages", "price", "prices", "value", "worth",
        "revenue", "revenues", "income", "paid", "pay", "earn", "earned", "earns", "spend", "spends", "spending", "spent", "cost", "costs",
    };

    /// <summary>
    /// Words asking for an amount of something ("how much money", "the budget"): answered only by a fact that
    /// holds a number, so they are checked against the answer rather than refused outright.
    /// </summary>
    public static readonly HashSet<string> AmountAttributes = new(StringComparer.Ordinal)
    {
        "money", "cost", "costs", "price", "spend", "spends", "spent", "budget", "salary", "income", "worth", "net", "size", "area",
        "percentage", "percent", "figures", "amount", "sum", "funding", "funds", "invest", "investing", "invested", "investment",
        "share", "proportion", "majority", "minority", "number", "numbers", "estimate", "estimated", "total", "duration",
        "capacity", "value", "valued", "volume", "volumes", "length", "distance", "quantity", "revenue", "turnover", "throughput", "tonnage",
        "figure", "turnout", "output", "rate", "rates",
        // "troop strength", "casualty estimates", "the tally": how many, in a noun ("toll" is a fee as often as a death toll).
        "estimates", "strength", "tally", "headcount",
        // "the reparations bill, in dollars?": a sum asked in a currency.
        "dollars", "euros", "roubles", "rubles",
    };

    /// <summary>Words before "figure" making it a person in public life: "a political figure", "an opposition figure".</summary>
    public static readonly HashSet<string> PublicLifeWords = new(StringComparer.Ordinal)
    {
        "public", "political", "opposition", "prominent", "leading", "senior", "religious", "military",
    };

    /// <summary>Words after "figure" saying what it counts: "figures for 2023", "figures on spending", "the figure of 5%".</summary>
    public static readonly HashSet<string> FigureOfWhatWords = new(StringComparer.Ordinal)
    {
        "for", "on", "of", "in", "from", "about", "at", "to", "show", "shows", "showed", "suggest", "suggests", "given", "cited", "put",
    };

    /// <summary>Particles making an amount word a verb: "sum up" the talks, "figure out" a plan.</summary>
    public static readonly HashSet<string> AmountVerbParticles = new(StringComparer.Ordinal) { "up", "out" };

    /// <summary>Nouns standing for a number already given: "who reported that figure?", "those estimates".</summary>
    public static readonly HashSet<string> FigureNouns = Stems("figure", "figures", "number", "numbers", "estimate", "estimates", "total", "tally", "statistic", "statistics");

    /// <summary>Words asking for an amount: the answer must hold a number, not just a date.</summary>
    public static readonly HashSet<string> QuantityCues = new(StringComparer.Ordinal)
    {
        "how many", "how much", "how big", "how large", "how strong", "how small", "what number", "what percentage", "what size",
        "how cold", "how hot", "how warm", "how far", "how old", "how tall", "how deep", "how heavy", "how fast", "how wide", "how high",
        "how long had", "how long has", "how long have", "how long was", "how long did", "how long will", "how long would", "how long is",
    };

    /// <summary>Words giving a change as a multiple of what was: "the price has doubled".</summary>
    public static readonly HashSet<string> MultipleWords = new(StringComparer.Ordinal)
    {
        "doubled", "tripled", "trebled", "quadrupled", "halved", "twofold", "threefold", "tenfold",
    };

    /// <summary>Words that hold an amount in an answer; a change given as a multiple is an amount too.</summary>
    public static readonly HashSet<string> AmountWords = new(
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent", "half", "single", "twice", "thrice",
            .. MultipleWords,
        ],
        StringComparer.Ordinal);

    /// <summary>Verbs of a rise or a fall in an amount: "risen", "dropped".</summary>
    public static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "rise", "rises", "rising", "risen", "rose", "increase", "increases", "increased", "increasing", "grow", "grows", "grew", "grown",
        "jump", "jumped", "soar", "soared", "soaring", "climb", "climbed", "fall", "falls", "fell", "fallen", "falling", "drop", "dropped",
        "decline", "declined", "shrink", "shrank", "shrunk",
    };
    /// <summary>Shares written as fractions, in parts of a hundred ("a quarter of its land").</summary>
    public static readonly Dictionary<string, double> Fractions = new(StringComparer.Ordinal)
    {
        ["half"] = 50, ["a quarter"] = 25, ["one quarter"] = 25, ["a third"] = 100.0 / 3, ["one third"] = 100.0 / 3, ["a fifth"] = 20,
        ["one fifth"] = 20, ["a tenth"] = 10, ["one tenth"] = 10, ["two thirds"] = 200.0 / 3, ["three quarters"] = 75,
    };

    /// <summary>
    /// Spans of time by the stem of their unit, as the least and most days one of them lasts: "about a month" and "30
    /// days" are the same span, as "a year" and "12 months" are.
    /// </summary>
    public static readonly Dictionary<string, (double Low, double High)> DurationDays =
        new[] { ("day", 1.0, 1.0), ("week", 7.0, 7.0), ("month", 28.0, 31.0), ("year", 365.0, 366.0), ("decade", 3652.0, 3653.0) }
            .ToDictionary(u => Text.Stemmer.Stem(u.Item1), u => (u.Item2, u.Item3), StringComparer.Ordinal);

    /// <summary>Words before a figure that bound it from below ("more than 20%"): the value itself is not included.</summary>
    public static readonly string[] AboveBounds = ["more than", "over", "above", "exceeding", "in excess of", "upwards of"];

    /// <summary>Verbs that put an amount above a figure ("interest rates top 16%", "costs exceeded $2bn"): the value itself is not included.</summary>
    public static readonly string[] AboveVerbs = ["top", "tops", "topped", "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed"];

    /// <summary>Words before a figure that bound it from above ("fewer than 6m"): the value itself is not included.</summary>
    public static readonly string[] BelowBounds = ["fewer than", "less than", "under", "below"];

    /// <summary>Words before a figure that bound it and include it ("at least 40", "up to 300").</summary>
    public static readonly string[] AtLeastBounds = ["at least", "no fewer than", "no less than"];

    public static readonly string[] AtMostBounds = ["at most", "up to", "no more than"];

    /// <summary>Words before a figure that it is near ("about 400"), and short of it ("nearly 90%").</summary>
    public static readonly string[] AroundBounds = ["about", "around", "roughly", "approximately", "some", "an estimated"];

    public static readonly string[] ShortOfBounds = ["nearly", "almost", "close to"];
}
