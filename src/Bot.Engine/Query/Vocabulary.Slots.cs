namespace Bot.Engine.Query;

/// <summary>Words that tell how a claim's names and numbers stand to what else the article says.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Words by which a claim adds to what is so ("did X ever go to Y?", "was Z also asked?", "any soldiers"): another
    /// name or number the article gives in its place does not gainsay it.
    /// </summary>
    public static readonly HashSet<string> AddingWords = new(StringComparer.Ordinal) { "ever", "also", "too", "any", "again", "either", "another" };

    /// <summary>
    /// Offices one holder fills at a time, as written in the singular ("Georgia's president", "the speaker of parliament"):
    /// a claim's office that a text gives as another beside the same words is filled otherwise. Titles that other words
    /// share ("head", "chair", "leader") are left out, as they name the same office in other words.
    /// </summary>
    public static readonly HashSet<string> OfficeTitles = new(StringComparer.Ordinal)
    {
        "president", "speaker", "premier", "chancellor", "minister", "governor", "mayor", "ambassador", "commissioner", "senator", "king",
        "queen", "prosecutor",
    };
}
