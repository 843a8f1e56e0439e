using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// A bulleted list under a sentence that ends in a colon ("Officials agreed to the following:", then "- Opening
/// new ports;" one paragraph per bullet): each bullet's opening clause is an item, the announcing sentence names the list.
/// </summary>
internal static partial class BulletLists
{
    private const int ItemWords = 24;

    public static IEnumerable<(Line Announcement, List<string> Items)> Find(DraftContext context)
    {
        var blocks = context.Article.Blocks;
        foreach (var line in context.Reporting.Where(l => l.Text.TrimEnd().EndsWith(':')))
        {
            // A short bullet reads like a heading and has no sentences, so bullets are read from the paragraphs.
            var items = blocks.SkipWhile(b => b.Number <= line.Sentence.Paragraph)
                .Select(b => b.Sentences.Count > 0 ? b.Sentences[0].Text : b.Text)
                .TakeWhile(t => Bullet().IsMatch(t))
                .Select(t => Item(t, Bullet().Match(t).Length))
                .ToList();
            if (items.Count >= 2)
                yield return (line, items);
        }
    }

    /// <summary>The bullet without its mark, its closing "; and" or stop, up to its first comma: what follows qualifies it.</summary>
    private static string Item(string text, int start)
    {
        var comma = text.IndexOf(", ", start, StringComparison.Ordinal);
        var item = Quotes.Clauses(text, start, start, ItemWords, start, comma < 0 ? text.Length : comma);
        return Quotes.Trim(EndJoin().Replace(item, "")).TrimEnd('.');
    }

    [GeneratedRegex(@"^\s*[-\u2022*\u2013]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@";?\s+(?:and|or)\s*$")]
    private static partial Regex EndJoin();
}
