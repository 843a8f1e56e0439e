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

    /// <summary>Words that multiply the number before them.</summary>
    public static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Words that ask for a sum of money and for nothing else ("salary", "dollar value"; not "aid", counted in goods too).</summary>
    public static readonly HashSet<string> SumWords = new(StringComparer.Ordinal)
    {
        "money", "cash", "dollar", "dollars", "euro", "euros", "salary", "salaries", "wage", "wages", "price", "prices", "value", "worth",
        "revenue", "revenues", "income", "paid", "pay", "earn", "earned", "earns",
    };
}
