using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Points made one sentence at a time: "First, ... Second, ... Third, ..." in one paragraph, with the sentence
/// before them that announces them ("Expansion is held back by several factors.").
/// </summary>
internal static partial class OrdinalRuns
{
    public sealed record Run(Line? Announcement, List<(Line Line, int Start)> Points);

    public static IEnumerable<Run> Find(DraftContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsReporting || !First().IsMatch(lines[i].Text))
                continue;
            var points = new List<(Line, int)> { (lines[i], OpenerEnd(lines[i].Text)) };
            var next = i + 1;
            for (; next < lines.Count && context.Previous(lines[next]) == lines[next - 1] && Later().IsMatch(lines[next].Text); next++)
                points.Add((lines[next], OpenerEnd(lines[next].Text)));
            if (points.Count < 2)
                continue;
            yield return new Run(context.Previous(lines[i]), points);
            i = next - 1;
        }
    }

    private static int OpenerEnd(string text) => Ordinal().Match(text) is { Success: true } m ? m.Length : 0;

    /// <summary>The announcing sentence without its opening connective ("However, ") or final stop.</summary>
    public static string Claim(Line announcement) =>
        Quotes.Clip(announcement.Text, Connective().Match(announcement.Text).Length, announcement.Text.Length).TrimEnd('.');

    [GeneratedRegex(@"^(?:However|Yet|But|Moreover|Still|Indeed|Meanwhile),\s*")]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:First|Firstly|First of all),")]
    private static partial Regex First();

    [GeneratedRegex(@"^(?:Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Finally|Lastly),")]
    private static partial Regex Later();

    [GeneratedRegex(@"^\w+(?: of all)?,\s*")]
    private static partial Regex Ordinal();
}
