using System.Text;

namespace Bot.Tests.Telegram;

/// <summary>Parses Telegram's HTML style as the Bot API does: the supported tags only, properly nested, and the four named entities.</summary>
public static class HtmlChecker
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"];

    /// <summary>The text a user sees, or an error like Telegram's "can't parse entities" reason.</summary>
    public static (string Plain, string? Error) Parse(string html)
    {
        var plain = new StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < html.Length; i++)
        {
            switch (html[i])
            {
                case '<':
                    var end = html.IndexOf('>', i);
                    if (end < 0)
                        return ("", $"Unclosed start tag at byte offset {i}");
                    var tag = html[(i + 1)..end];
                    if (tag.StartsWith('/'))
                    {
                        if (open.Count == 0 || open.Pop() != tag[1..].Trim())
                            return ("", $"Unmatched end tag at byte offset {i}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\"");
                    }
                    else
                    {
                        var name = tag.Split(' ')[0];
                        if (!Tags.Contains(name))
                            return ("", $"Unsupported start tag \"{name}\" at byte offset {i}");
                        open.Push(name);
                    }
                    i = end;
                    break;
                case '>':
                    return ("", $"Unexpected '>' at byte offset {i}");
                case '&':
                    var semicolon = html.IndexOf(';', i);
                    var entity = semicolon < 0 ? "" : html[(i + 1)..semicolon];
                    var decoded = entity switch { "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"", _ => null };
                    if (decoded is null)
                        return ("", $"Unsupported entity at byte offset {i}");
                    plain.Append(decoded);
                    i = semicolon;
                    break;
                default:
                    plain.Append(html[i]);
                    break;
            }
        }
        return open.Count > 0 ? ("", $"Can't find end tag corresponding to start tag \"{open.Peek()}\"") : (plain.ToString(), null);
    }
}
