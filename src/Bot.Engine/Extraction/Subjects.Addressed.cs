using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// "When X turned to Y, he said ...", "After X asked Y about it, she replied ...": the one turned to or asked is who
/// answers, so a subject pronoun after such an opening clause stands for them, not for the one who turned or asked.
/// </summary>
internal sealed partial class Subjects
{
    /// <summary>The one an opening clause addresses, when it fits the pronoun standing at <paramref name="position"/> after it.</summary>
    private static Mention? Addressed(Line line, int position, Func<string, bool> fits)
    {
        if (AddressingOpener().Match(line.Text) is not { Success: true } opener || opener.Index + opener.Length > position)
            return null;
        var after = opener.Index + opener.Length;
        var addressee = line.Mentions.Where(m => m.Start >= after && m.End <= position && !m.Possessive).MinBy(m => m.Start);
        return addressee is not null && TitleGap().IsMatch(line.Text[after..addressee.Start]) && fits(addressee.Actor) ? addressee : null;
    }

    // "When Mr Venn turned to Mr Holt": a clause of time opening the sentence, its verb one of turning to or asking someone.
    [GeneratedRegex(@"^(?:When|After|Once|As)\s[^,;:]{1,80}?\b(?:turned to|turning to|asked|pressed|questioned|called on|invited|challenged)\s+")]
    private static partial Regex AddressingOpener();

    /// <summary>What may stand before the name: an article or a title or two ("the Finnish president", "Mr").</summary>
    [GeneratedRegex(@"^(?:(?:the|his|her|their)\s+)?(?:\p{L}+\.?\s+){0,2}$")]
    private static partial Regex TitleGap();
}
