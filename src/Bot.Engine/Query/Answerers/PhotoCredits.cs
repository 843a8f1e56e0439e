using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Who took the photo?": a caption tells what a photo shows, and names who took it only in a credit ("Photo by Jo
/// Marsh", "Jo Marsh/Harbour Images via Agency"); the people it shows are not the photographer.
/// </summary>
internal static partial class PhotoCredits
{
    /// <summary>Whether the question asks who took a photo, not who is in it.</summary>
    public static bool AsksPhotographer(ParsedQuestion q) =>
        q.Tokens.Contains("photographer") || (q.Tokens[0] == "who" && q.Tokens.Any(TakingWords.Contains));

    /// <summary>Whether a caption credits someone with the photo.</summary>
    public static bool Credits(string caption) => Credit().IsMatch(caption);

    private static readonly HashSet<string> TakingWords = new(StringComparer.Ordinal) { "take", "took", "taken", "shot", "snapped", "photographed" };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(photo|photograph|picture|image)s?\s*(by|:|credit)|\bcredits?\b|\u00A9|\bvia\b|\p{L}/\s?\p{Lu}", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Credit();
}
