namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>
    /// Phrases a yes/no claim adds only to say "now" or to soften it ("so far", "at present", "in the years ahead", "at
    /// least"): they claim nothing a sentence must say, and a sentence rarely puts them in the same words.
    /// </summary>
    public static readonly string[][] ClaimFillers =
    [
        ["so", "far"], ["at", "present"], ["these", "days"], ["nowadays"], ["for", "now"], ["right", "now"], ["until", "now"],
        ["up", "to", "now"], ["as", "of", "now"], ["years", "ahead"], ["months", "ahead"], ["at", "least"],
    ];
}
