namespace Bot.Engine.Query;

/// <summary>Titles written short in chat ("the PM", "kz fm"), read as the words news articles write out.</summary>
internal static partial class Vocabulary
{
    /// <summary>Each short form with the words it stands for. General English, not any article's.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["pm"] = ["prime", "minister"], ["fm"] = ["foreign", "minister"], ["dpm"] = ["deputy", "prime", "minister"],
        ["mfa"] = ["foreign", "ministry"], ["pres"] = ["president"], ["ambass"] = ["ambassador"],
    };
}
