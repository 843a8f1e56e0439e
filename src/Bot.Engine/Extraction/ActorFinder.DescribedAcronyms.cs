using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>Nouns besides the organisation nouns that end a description of a body ("Ruritania's audit office").</summary>
    private static readonly HashSet<string> DescribedBodyHeads = new(StringComparer.Ordinal)
    {
        "office", "bureau", "service", "ministry", "commission", "committee", "court", "authority", "regulator", "directorate", "inspectorate", "department",
    };

    /// <summary>
    /// "the head of hao, Ruritania's harbour audit office": an acronym (in lower case in some house styles) that a
    /// description set after a comma says is a body. A lower-case one must follow a preposition with no article, so
    /// "the port, the harbour office" stays a common noun.
    /// </summary>
    private void FindDescribedAcronyms(Line line)
    {
        foreach (Match match in DescribedAcronym().Matches(line.Text))
        {
            var acronym = match.Groups["acronym"].Value;
            if (!(DescribedBodyHeads.Contains(match.Groups["noun"].Value) || BodyNouns.Contains(match.Groups["noun"].Value)) || AcronymStops.Contains(acronym) || CountryOf(acronym) is not null)
                continue;
            if (char.IsLower(acronym[0]) && (NewsWords.IsFunctionWord(acronym) || !AfterPreposition(line, match.Index)))
                continue;
            var role = LeadingArticle().Replace(match.Groups["role"].Value, "");
            var quote = line.Text[match.Index..(match.Groups["role"].Index + match.Groups["role"].Length)];
            var body = Add(acronym, ActorKind.Organisation, line, quote);
            body.OfferRole(role, RoleRank.Appositive, line, quote);
            body.Affiliation ??= CountryInText(role)?.Name;
        }
    }

    private static bool AfterPreposition(Line line, int start)
    {
        var before = line.Words.LastOrDefault(w => w.End <= start);
        return before.Text is not null && NewsWords.Prepositions.Contains(before.Text);
    }

    [GeneratedRegex(@"(?<![\p{L}'’-])(?<acronym>\p{Ll}{3,6}|\p{Lu}{2,6}),\s+(?<role>(?:(?:the|a|an)\s+|\p{Lu}[\p{L}-]*['’]s\s+)(?:[\p{L}-]+(?:['’]s)?\s+){0,4}(?<noun>\p{Ll}+))(?=\s*(?:[,;.)]|$))")]
    private static partial Regex DescribedAcronym();

    [GeneratedRegex(@"^(?:the|a|an)\s+")]
    private static partial Regex LeadingArticle();
}
