using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>Who backs whom: "X's backers in Y", "his patrons from Y", "X, backed by Y", "X is funded by Y", "his supporters say".</summary>
internal static partial class RelationFinder
{
    private static IEnumerable<(string From, string To, string Kind, int Start, int End)> Backing(DraftContext context, Line line)
    {
        foreach (Match m in Backers().Matches(line.Text))
        {
            var backed = context.Subjects.Possessor(line, m.Index, 1);
            var backer = After(line, m.Index + m.Length);
            if (backed is not null && backer is not null)
                yield return (backer.Actor, backed, "backs", Start(line, backed, m.Index), backer.End);
        }
        foreach (Match m in BackedBy().Matches(line.Text))
        {
            // "X, backed by Y": the actor just before the comma; "X is backed by Y": the clause's subject.
            var backed = m.Groups["passive"].Success
                ? context.Subjects.Of(line, m.Index).FirstOrDefault()
                : line.Mentions.LastOrDefault(x => x.End <= m.Index && m.Index - x.End <= 1)?.Actor;
            var backer = After(line, m.Index + m.Length);
            if (backed is not null && backer is not null)
                yield return (backer.Actor, backed, "backs", Start(line, backed, m.Index), backer.End);
        }
        // "his supporters insist ...", "supporters say he was wronged": the crowd backs the one it speaks up for.
        foreach (Match m in SupportersSpeak().Matches(line.Text))
        {
            var crowd = line.Mentions.FirstOrDefault(x => x.Start <= m.Index && m.Index < x.End && context.Actor(x.Actor).Kind == Model.ActorKind.Group);
            var pronoun = m.Groups["pronoun"];
            var backed = context.Subjects.Possessor(line, m.Index, 0) ?? (pronoun.Success ? context.Subjects.Resolve(line, pronoun.Value, pronoun.Index) : null);
            if (crowd is not null && backed is not null)
                yield return (crowd.Actor, backed, "backs", m.Index, line.Text.Length);
        }
    }

    [GeneratedRegex(@"\b(?:supporters|backers|defenders) (?:also )?(?:say|said|insist|insisted|argue|argued|claim|claimed)(?: that)?(?: (?<pronoun>he|she)\b)?")]
    private static partial Regex SupportersSpeak();

    [GeneratedRegex(@"\b(?:backers|supporters|patrons|sponsors|protectors) (?:in|from)\b")]
    private static partial Regex Backers();

    [GeneratedRegex(@"(?:(?<passive>\b(?:is|are|was|were|been|being) (?:\w+ )?)|,\s)(?:backed|supported|bankrolled|funded|financed|armed|propped up) by\b")]
    private static partial Regex BackedBy();
}
