namespace Bot.Engine.Extraction;

/// <summary>
/// The role nouns news writing uses to refer back to a person it has named ("the Kremlin dictator", "the Belarusian
/// leader", "the premier"), each with the offices in a person's role it may stand for. General English, no article's names.
/// </summary>
internal static class Epithets
{
    private static readonly string[] Rulers =
    [
        "president", "premier", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "shah", "monarch",
        "leader", "ruler", "dictator", "strongman", "autocrat", "head of state", "head of government",
    ];

    /// <summary>A head of state the article calls a dictator or ruler is the country's president all the same.</summary>
    private static readonly string[] Presidents = ["president", "dictator", "strongman", "autocrat", "ruler", "head of state"];
    private static readonly string[] Monarchs = ["king", "queen", "emir", "sultan", "shah", "monarch"];
    private static readonly string[] Premiers = ["premier", "prime minister"];
    private static readonly string[] Spokespeople = ["spokesman", "spokeswoman", "spokesperson"];
    private static readonly string[] Envoys = ["envoy", "ambassador", "special representative"];
    private static readonly string[] Commanders = ["general", "commander"];

    /// <summary>Each description noun and the offices it may stand for; a general word ("leader") covers every head of state.</summary>
    public static IReadOnlyDictionary<string, string[]> Offices { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["leader"] = Rulers, ["ruler"] = Rulers, ["dictator"] = Rulers, ["strongman"] = Rulers, ["autocrat"] = Rulers, ["despot"] = Rulers,
        ["tyrant"] = Rulers, ["chief"] = Rulers, ["head of state"] = Rulers, ["head of government"] = Rulers, ["monarch"] = Monarchs,
        ["president"] = Presidents, ["chancellor"] = ["chancellor"], ["premier"] = Premiers, ["prime minister"] = Premiers,
        ["minister"] = ["minister"], ["foreign minister"] = ["foreign minister"], ["defense minister"] = ["defense minister", "defence minister"],
        ["defence minister"] = ["defense minister", "defence minister"], ["interior minister"] = ["interior minister"],
        ["finance minister"] = ["finance minister"], ["top diplomat"] = ["foreign minister", "secretary of state"],
        ["diplomat"] = ["diplomat", "ambassador", "envoy", "foreign minister"], ["envoy"] = Envoys, ["ambassador"] = Envoys,
        ["general"] = Commanders, ["commander"] = Commanders, ["spokesman"] = Spokespeople, ["spokeswoman"] = Spokespeople,
        ["spokesperson"] = Spokespeople, ["officer"] = ["officer"],
    };

    /// <summary>The description nouns as words, longest first, so "foreign minister" wins over "minister".</summary>
    public static IReadOnlyList<string[]> Nouns { get; } = Offices.Keys.Select(k => k.Split(' ')).OrderByDescending(k => k.Length).ToList();

    /// <summary>Lower-case words that describe a person without narrowing who is meant ("the veteran leader").</summary>
    public static readonly HashSet<string> Descriptive = new(StringComparer.OrdinalIgnoreCase)
    {
        "veteran", "longtime", "long-time", "long-serving", "embattled", "authoritarian", "autocratic", "ageing", "aging", "elderly",
        "incumbent", "populist", "powerful", "hardline", "hard-line", "mercurial", "reclusive", "defiant", "beleaguered", "combative",
    };

    /// <summary>Words before an office in a role that make it another office ("vice president", "prime minister", "former leader").</summary>
    public static readonly HashSet<string> OtherOffice = new(StringComparer.OrdinalIgnoreCase) { "vice", "deputy", "prime", "former", "ex", "assistant" };

    /// <summary>Description nouns that also modify a noun after them ("the general election", "the chief negotiator").</summary>
    public static readonly HashSet<string> AlsoAdjectives = new(StringComparer.OrdinalIgnoreCase) { "general", "chief" };

    /// <summary>Words that make a description mean someone who no longer holds the office.</summary>
    public static readonly HashSet<string> Former = new(StringComparer.OrdinalIgnoreCase) { "former", "ex" };
}
