using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Who a tag names after its verb ("..., said Peruvian military observer Jo Roe", "says Peru's Roe after the talks",
/// "said Minister of Defence Jo Roe"): the person the noun phrase goes on to name, past the country, body or title
/// that describe them, which are no speakers of their own.
/// </summary>
internal static partial class TagSpeakers
{
    private const int PhraseWords = 8;

    private static readonly char[] PhraseEnds = [',', ';', ':', '(', '"', '\u201C', '\u2013', '\u2014'];

    /// <summary>The first person named in the tag's noun phrase, when only descriptors stand between the verb and the name.</summary>
    public static string? Person(DraftContext context, Line line, int verbEnd)
    {
        var end = ClauseMarks.Next(line.Text, PhraseEnds, verbEnd);
        var words = line.Words.Where(w => w.Start >= verbEnd && (end < 0 || w.End <= end)).Take(PhraseWords).ToList();
        foreach (var mention in line.Mentions.Where(m => m.Start >= verbEnd && !m.Possessive && words.Any(w => w.End == m.End)))
        {
            if (context.Actor(mention.Actor).Kind != ActorKind.Person)
                continue;
            return Describes(words.TakeWhile(w => w.Start < mention.Start).ToList()) ? mention.Actor : null;
        }
        return null;
    }

    /// <summary>
    /// ", said a Peruvian drone commander.": a tag after a comma describing a speaker it never names, so the
    /// sentence's subject is what was spoken of, not who spoke.
    /// </summary>
    public static bool IsUnnamed(string text, int verbEnd) =>
        UnnamedTag().Match(text, verbEnd) is { Success: true } tag && NewsWords.RoleNouns.Contains(tag.Groups["noun"].Value);

    /// <summary>
    /// Words that only describe who is named next: names, a country's possessive, lower-case descriptors ("military
    /// observer") and "of" or "for" inside a capitalised title ("Minister of Defence"); "the wife of" names someone else.
    /// </summary>
    private static bool Describes(List<Word> gap)
    {
        for (var i = 0; i < gap.Count; i++)
        {
            var word = gap[i];
            if (word.Lower is "of" or "for" ? i == 0 || !gap[i - 1].IsCapitalized : NewsWords.IsFunctionWord(word.Text) && word.Lower is not ("a" or "an" or "the"))
                return false;
        }
        return true;
    }

    [GeneratedRegex(@"\G\s+(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,4}(?<noun>\p{Ll}[\p{L}-]*)\s*[.;]?$")]
    private static partial Regex UnnamedTag();
}
