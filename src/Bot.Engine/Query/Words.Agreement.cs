namespace Bot.Engine.Query;

internal static partial class Words
{
    /// <summary>Words that, before "deal", make it the thing named: "the deal", "this deal", "Ruritania's deal".</summary>
    private static readonly HashSet<string> DealDeterminers = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "a", "an", "its", "their", "his", "her", "our", "s", "new",
    };

    /// <summary>
    /// "how long is the deal for?", "who signed this deal?": after a determiner, "deal" names an agreement the article
    /// reports. Only phrasing otherwise: "what's the deal with X?" (followed by "with"), "a big deal", "a great deal of".
    /// </summary>
    public static bool NamesAgreement(IReadOnlyList<string> tokens, int i) =>
        tokens[i] is "deal" or "deals" && i > 0 && DealDeterminers.Contains(tokens[i - 1])
        && !(i + 1 < tokens.Count && tokens[i + 1] is "with" or "of");
}
