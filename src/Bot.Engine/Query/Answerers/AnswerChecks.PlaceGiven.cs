using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// What answers "where": a place's name, but also a place told by where it lies ("a big southern port") and, of a
/// question about a movement, where it ends or starts ("where did the money come from?": "has come from fishing").
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>Words that place a kind of place on the map: "a southern port", "a coastal town".</summary>
    private static readonly HashSet<string> LocatingWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central",
        "coastal", "inland", "border", "frontier", "mountain", "mountainous", "island", "riverside", "seaside",
    };

    /// <summary>Kinds of place a locating word may describe, as stems.</summary>
    private static readonly HashSet<string> PlaceKinds = Vocabulary.Stems(
        "city", "town", "village", "port", "harbour", "harbor", "region", "province", "district", "state", "country", "capital",
        "area", "territory", "enclave", "exclave", "island", "coast", "suburb", "valley", "peninsula", "county", "municipality");

    /// <summary>Parts of a land said after "in the", "on the", "near the": "in the south", "on the coast", "near the border".</summary>
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "coast", "border", "frontier",
        "outskirts", "interior", "countryside", "mountains", "hinterland",
    };

    /// <summary>Prepositions that end or start a movement: the place after them answers "where to" or "where from".</summary>
    private static readonly HashSet<string> MotionPrepositions = new(StringComparer.Ordinal) { "to", "into", "from", "towards", "toward" };

    /// <summary>How far after the question's verb its preposition may come ("come directly from", "sent back to").</summary>
    private const int VerbToPrepositionReach = 2;

    /// <summary>Words that open what follows "to" as a place rather than a verb ("to its harbour", not "to build").</summary>
    private static readonly HashSet<string> NounOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    };

    /// <summary>Whether an answer says where: it names a place, describes one, or gives where the question's movement goes or comes from.</summary>
    private static bool GivesPlace(Turn t, string answer, ParsedQuestion q) =>
        NamesPlace(t, answer, [.. q.Residual, .. PlacesWithin(q.Tokens)]) || DescribesLocation(Text.Tokenizer.Tokens(answer)) || GivesEndOfMotion(answer, q);

    /// <summary>
    /// "where in Lorvik did it land?", "at which Lorvik base?": the place the question looks inside, as a stem. An answer
    /// saying only "in Lorvik" tells nothing finer.
    /// </summary>
    private static IEnumerable<string> PlacesWithin(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count - 1).Where(i => tokens[i] is "in" or "inside" or "within" && tokens[i + 1] is not ("which" or "what" or "the"))
            .Select(i => Text.Stemmer.Stem(tokens[i + 1]));

    /// <summary>"a big southern port", "in the north", "on the coast": a place told by where it lies, not by name.</summary>
    private static bool DescribesLocation(IReadOnlyList<string> words) =>
        Enumerable.Range(0, words.Count).Any(i =>
            (LocatingWords.Contains(words[i]) && Enumerable.Range(i + 1, 2).Any(j => j < words.Count && PlaceKinds.Contains(Text.Stemmer.Stem(words[j]))))
            || (RegionWords.Contains(words[i]) && i >= 2 && words[i - 1] == "the" && words[i - 2] is "in" or "on" or "near" or "along" or "across"));

    /// <summary>
    /// "where did the money come from?" of "has come from smuggling"; "where would it go to?" of "a road to its harbour":
    /// the question's own verb, or the preposition it ends on, followed by what the movement reaches or leaves.
    /// </summary>
    private static bool GivesEndOfMotion(string answer, ParsedQuestion q)
    {
        var asked = q.Tokens.Where(w => w.Length > 2 && w != "where" && !Auxiliaries.Contains(w)).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var endsOn = q.Tokens.Count > 0 && MotionPrepositions.Contains(q.Tokens[^1]) ? q.Tokens[^1] : null;
        var words = Text.Tokenizer.Tokens(answer, lowercase: false);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!MotionPrepositions.Contains(words[i]) || !OpensPlace(words[i], words[i + 1]))
                continue;
            if (words[i] == endsOn || Enumerable.Range(Math.Max(0, i - VerbToPrepositionReach), Math.Min(i, VerbToPrepositionReach))
                    .Any(j => asked.Contains(Text.Stemmer.Stem(words[j].ToLowerInvariant()))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// What follows a preposition of movement is a place or a source ("to Lorvik", "to its harbour", "from fishing"), not
    /// a verb ("to build") nor a time ("from 2015", "from June").
    /// </summary>
    private static bool OpensPlace(string preposition, string next) =>
        next.AllChars(char.IsLetter) && !IsTime(next.ToLowerInvariant())
        && (preposition is "from" or "towards" or "toward" || char.IsUpper(next[0]) || NounOpeners.Contains(next));
}
