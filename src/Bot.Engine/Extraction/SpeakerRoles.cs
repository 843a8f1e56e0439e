using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A person the article names only with a title or role noun ("journalist X noted that ...") is known to readers
/// by what they said: their first statement completes the role, so "who is X?" tells both.
/// </summary>
internal static class SpeakerRoles
{
    private const int SaidWords = 20;

    public static void Describe(DraftContext context, IReadOnlyList<(Statement Statement, Line Line, int VerbEnd)> statements)
    {
        foreach (var (statement, line, verbEnd) in statements.DistinctBy(s => s.Statement.Speaker))
        {
            var speaker = context.Actor(statement.Speaker);
            if (speaker.Kind != ActorKind.Person || speaker.Role is not { } role || speaker.RoleRank is not (RoleRank.RoleNoun or RoleRank.Title))
                continue;
            var mention = line.Mentions.FirstOrDefault(m => m.Actor == speaker.Id);
            if (mention is null)
                continue;
            // '"...," says X' or "Most ships are old, says X of Y": the tag names its speaker after what was said.
            if (mention.Start >= verbEnd)
            {
                var before = ClauseMarks.PreviousComma(line.Text, mention.Start);
                if (before > 0)
                    speaker.OfferRole($"{role} who said: {Unquoted(Quotes.Clip(line.Text, 0, before, SaidWords).TrimEnd(',', ' '))}", RoleRank.Appositive, speaker.Line, speaker.Quote);
                continue;
            }
            // "Even though X explained ..., Y told ...": what X said ends where the next speaker's clause starts.
            var end = statements.Where(s => s.Line == line && s.Statement.Speaker != speaker.Id)
                .SelectMany(s => line.Mentions.Where(m => m.Actor == s.Statement.Speaker && m.Start > mention.End && m.End <= s.VerbEnd))
                .Select(m => ClauseMarks.PreviousComma(line.Text, m.Start)).Where(comma => comma > mention.End).DefaultIfEmpty(line.Text.Length).Min();
            // "X of the Y Institute, a think-tank, calls ...": what X said starts after the words that gave the role.
            var roleEnd = speaker.Line == line && line.Text.IndexOf(speaker.Quote, StringComparison.Ordinal) is >= 0 and var at ? at + speaker.Quote.Length : 0;
            var said = Quotes.Clip(line.Text, Math.Max(mention.End, Math.Min(roleEnd, end)), end, SaidWords).TrimStart(',', ' ').TrimEnd('.');
            // "According to X, ...": what follows the name is what X said.
            var verb = statement.Keywords.Contains("according") ? "said " : "";
            // "teacher X, who has ..., says ...": the clause brings its own "who".
            var who = said.StartsWith("who ", StringComparison.Ordinal) ? "" : "who ";
            speaker.OfferRole($"{role} {who}{verb}{said}", RoleRank.Appositive, speaker.Line, speaker.Quote);
        }
    }

    /// <summary>'"The ships will keep coming': a quotation cut before its closing mark loses its opening one too.</summary>
    private static string Unquoted(string said)
    {
        if (said.Length < 2 || said[0] is not ('"' or '\u201C'))
            return said;
        var close = said.IndexOfAny(['"', '\u201D'], 1);
        return close < 0 ? said[1..] : close == said.Length - 1 ? said[1..^1] : said;
    }
}
