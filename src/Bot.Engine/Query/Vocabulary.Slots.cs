namespace Bot.Engine.Query;

/// <summary>Words that tell how a claim's names and numbers stand to what else the article says.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Words by which a claim adds to what is so ("did X ever go to Y?", "was Z also asked?", "any soldiers"): another
    /// name or number the article gives in its place does not gainsay it.
    /// </summary>
    public static readonly HashSet<string> AddingWords = new(StringComparer.Ordinal) { "ever", "also", "too", "any", "again", "either", "another" };
}
