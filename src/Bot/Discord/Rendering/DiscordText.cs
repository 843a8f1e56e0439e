using System.Globalization;
using System.Text;

namespace Bot.Discord.Rendering;

/// <summary>Makes user and article text safe for Discord: invisible characters removed, markdown and mentions escaped, lengths kept.</summary>
internal static class DiscordText
{
    // Backslash-escaping these keeps markdown, headings, lists, links and <@…>/<#…>/@everyone literal.
    private const string Markdown = "\\*_~`|>#-[]()<@:";

    /// <summary>Drops control, zero-width and bidirectional-override characters, which can hide or reorder text.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == '\n' || (category != UnicodeCategory.Control && category != UnicodeCategory.Format))
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Clean text with every markdown character escaped, so it reads exactly as written.</summary>
    public static string Escape(string text)
    {
        var clean = Clean(text);
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            if (Markdown.Contains(c, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Shortens to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..SafeCut(text, max - 1)] + "…";

    /// <summary>Splits into pieces of at most <paramref name="max"/> characters, preferring line then word breaks.</summary>
    public static List<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > max)
        {
            var window = rest[..max];
            var cut = window.LastIndexOf('\n');
            if (cut < max / 2)
                cut = window.LastIndexOf(' ');
            if (cut < max / 2)
                cut = SafeCut(rest, max);
            pieces.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0 || pieces.Count == 0)
            pieces.Add(rest.ToString());
        return pieces;
    }

    // Never cut between a surrogate pair or right after an escaping backslash.
    private static int SafeCut(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && char.IsHighSurrogate(text[at - 1]))
            at--;
        var backslashes = 0;
        while (at - backslashes > 0 && text[at - backslashes - 1] == '\\')
            backslashes++;
        return backslashes % 2 == 1 ? at - 1 : at;
    }
}
