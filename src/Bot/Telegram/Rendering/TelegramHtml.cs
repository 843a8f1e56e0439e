using System.Text;

namespace Bot.Telegram.Rendering;

/// <summary>One message ready to send: its HTML, and the same as plain text should Telegram reject the markup.</summary>
internal sealed record RenderedMessage(string Html, string Plain);

/// <summary>A paragraph of a message: plain text, optionally wrapped in one HTML tag (b, i, blockquote).</summary>
internal sealed record HtmlBlock(string Text, string? Tag = null);

/// <summary>
/// Builds Telegram HTML from plain text. Text is escaped at the last moment and messages are cut
/// only between blocks, or inside a block's text with the tag closed and reopened, so a tag is never split.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MessageLimit = 4096;

    private const string BlockSeparator = "\n\n";

    /// <summary>Escapes the three characters Telegram's HTML mode reserves.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    /// <summary>Cuts plain text to <paramref name="limit"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int limit)
    {
        if (text.Length <= limit)
            return text;
        var end = limit - 1;
        if (char.IsLowSurrogate(text[end]))
            end--;
        return text[..end] + "…";
    }

    /// <summary>Packs blocks into as few messages as fit under <paramref name="limit"/> characters each.</summary>
    public static IReadOnlyList<RenderedMessage> Pack(IEnumerable<HtmlBlock> blocks, int limit = MessageLimit)
    {
        var messages = new List<RenderedMessage>();
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var piece in blocks.Where(b => !string.IsNullOrWhiteSpace(b.Text)).SelectMany(b => Fit(b, limit)))
        {
            var pieceHtml = ToHtml(piece);
            if (html.Length > 0 && html.Length + BlockSeparator.Length + pieceHtml.Length > limit)
                Flush();
            if (html.Length > 0)
            {
                html.Append(BlockSeparator);
                plain.Append(BlockSeparator);
            }
            html.Append(pieceHtml);
            plain.Append(piece.Text);
        }
        Flush();
        return messages;

        void Flush()
        {
            if (html.Length == 0)
                return;
            messages.Add(new RenderedMessage(html.ToString(), plain.ToString()));
            html.Clear();
            plain.Clear();
        }
    }

    private static string ToHtml(HtmlBlock block) =>
        block.Tag is null ? Escape(block.Text) : $"<{block.Tag}>{Escape(block.Text)}</{block.Tag}>";

    /// <summary>Splits a block too long for one message, preferring line breaks, then spaces.</summary>
    private static IEnumerable<HtmlBlock> Fit(HtmlBlock block, int limit)
    {
        var budget = limit - (block.Tag is null ? 0 : (2 * block.Tag.Length) + 5);
        var text = block.Text.AsMemory();
        while (text.Length > 0)
        {
            var end = MaxEnd(text.Span, budget);
            if (end == text.Length)
            {
                yield return block with { Text = text.ToString() };
                yield break;
            }
            var cut = BreakBefore(text.Span, end);
            var piece = text[..cut].ToString().TrimEnd();
            if (piece.Length > 0)
                yield return block with { Text = piece };
            text = text[cut..].TrimStart();
        }
    }

    /// <summary>How many characters fit in <paramref name="budget"/> once escaped, never ending inside a surrogate pair.</summary>
    private static int MaxEnd(ReadOnlySpan<char> text, int budget)
    {
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            used += text[i] switch { '<' or '>' => 4, '&' => 5, _ => 1 };
            if (used > budget)
                return i > 0 && char.IsLowSurrogate(text[i]) ? i - 1 : i;
        }
        return text.Length;
    }

    private static int BreakBefore(ReadOnlySpan<char> text, int end)
    {
        var window = text[(end / 2)..end];
        var at = window.LastIndexOf('\n');
        if (at < 0)
            at = window.LastIndexOf(' ');
        return at < 0 ? end : (end / 2) + at + 1;
    }
}
