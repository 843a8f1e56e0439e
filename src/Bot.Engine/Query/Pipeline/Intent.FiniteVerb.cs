using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>A claim's own verb, told by its form and place rather than looked up: "Lorvik enforces the toll?".</summary>
internal static partial class IntentRecognizer
{
    /// <summary>
    /// Whether the question, as written (case kept), puts a verb in "-s" after its subject and before its object:
    /// "Lorvik enforces Northern tolls?", "Piece reflects the mayor's view?". The "-s" word follows a word that is no
    /// determiner, preposition or possessive (a subject ends there), and what follows opens a noun phrase: a determiner
    /// or possessive, or a name. A plural noun rarely stands so ("delivery dates for the arms?", "rail links to Vell?",
    /// "toll rates?"), while a name or "the" after a plural asks of a clause ("tolls the board set?"), which a past
    /// form after it shows. The text is read for possessives, which tokens drop ("Vell's exports the year before?").
    /// </summary>
    public static bool HasFiniteVerb(string text, IReadOnlyList<string> caseTokens)
    {
        for (var i = 1; i + 1 < caseTokens.Count; i++)
        {
            var word = caseTokens[i];
            if (word.Length < MinimumVerbLength || !char.IsLower(word[0]) || !word.EndsWith('s') || NotVerbEndings.Any(word.EndsWith))
                continue;
            var before = caseTokens[i - 1].ToLowerInvariant();
            if (before == "s" || IsPossessive(text, caseTokens[i - 1]) || NoSubjectEnds.Contains(before) || ObjectOpeners.Contains(before) || char.IsDigit(before[0]))
                continue;
            var after = caseTokens[i + 1];
            var opensObject = ObjectOpeners.Contains(after) || (char.IsUpper(after[0]) && after.AnyChar(char.IsLower, from: 1));
            if (opensObject && !caseTokens.Skip(i + 2).Any(t => IsPastForm(t.ToLowerInvariant())))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the question, as written, names its subject first and then takes it up again with a pronoun after a comma:
    /// "The new harbour toll, it applies to ferries?", "The mayor of Vell, she signed it?". A pronoun that opens a clause
    /// is its subject, and what follows is its verb: the question claims something of the subject named first.
    /// </summary>
    public static bool HasDislocatedSubject(string text) => DislocatedSubject().IsMatch(text);

    [GeneratedRegex(@"^[^,?:;]{3,80},\s*(he|she|it|they)\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex DislocatedSubject();

    private static bool IsPossessive(string text, string token) =>
        text.Contains(token + "'s ", StringComparison.OrdinalIgnoreCase) || text.Contains(token + "\u2019s ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(token + "' ", StringComparison.OrdinalIgnoreCase) || text.Contains(token + "\u2019 ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Short words in "-s" are mostly nouns or pronouns ("news", "gas", "its"); verbs worth reading are longer.</summary>
    private const int MinimumVerbLength = 5;

    /// <summary>Endings in "-s" of words that are no verbs: "progress", "census", "crisis", "economics".</summary>
    private static readonly string[] NotVerbEndings = ["ss", "us", "is", "ics"];

    /// <summary>Words after which no subject has ended: a noun after them is a preposition's or a conjunction's.</summary>
    private static readonly HashSet<string> NoSubjectEnds = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "to", "from", "in", "on", "at", "by", "about", "into", "over", "under", "against", "between", "among",
        "and", "or", "but", "as", "than", "per", "via", "all", "both", "each", "is", "are", "was", "were", "be", "been",
    };

    /// <summary>Words that open an object's noun phrase after a verb.</summary>
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "no", "any", "some", "every",
    };
}
