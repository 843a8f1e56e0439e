using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A speaker a quotation's tag names with no role of their own is often introduced by the sentence before, which
/// names only the office ('... what its ambassador to Ruritania called "grim". "...," said Jo Roe.'): that office is
/// their role.
/// </summary>
internal static partial class TagRoles
{
    public static void Describe(DraftContext context, IReadOnlyList<(Statement Statement, Line Line, int VerbEnd)> statements)
    {
        foreach (var (statement, line, _) in statements.Where(s => s.VerbEnd == 0).DistinctBy(s => s.Statement.Speaker))
        {
            var speaker = context.Actor(statement.Speaker);
            if (speaker.Kind != ActorKind.Person || speaker.RoleRank >= RoleRank.Office || context.Before(line) is not { } before
                || before.Mentions.Any(m => context.Actor(m.Actor).Kind == ActorKind.Person))
                continue;
            var match = UnnamedRole().Matches(before.Text).FirstOrDefault(m => NewsWords.RoleNouns.Contains(m.Groups["noun"].Value));
            if (match is null)
                continue;
            var role = match.Groups["role"].Value;
            var owner = context.Subjects.Possessor(before, match.Groups["role"].Index, 0) is { } id ? context.Actor(id).Name + "'s " : "";
            speaker.OfferRole(owner + role, RoleRank.Office, before, match.Value);
        }
    }

    /// <summary>"its ambassador to Ruritania", "the spokesman for the Harbour Board": a role noun with no name after it.</summary>
    [GeneratedRegex(@"\b(?:its|their|his|her|the) (?<role>(?:[\p{Ll}-]+ )?(?<noun>\p{Ll}+)\b(?: (?:to|of|for|at|in) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)?)(?! \p{Lu})")]
    private static partial Regex UnnamedRole();
}
