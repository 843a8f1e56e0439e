using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// The standfirst: a magazine's one-line summary under the title ("X faces his biggest test yet"), written like a
/// headline, with no closing full stop, before the body proper. It says what the piece is about, never what someone is.
/// </summary>
internal static class Standfirst
{
    public static Line? Of(IReadOnlyList<Line> lines)
    {
        var body = lines.Where(l => l.Kind == BlockKind.Body).Take(2).ToList();
        if (body.Count < 2 || body[0].Sentence.Paragraph == body[1].Sentence.Paragraph)
            return null;
        var text = body[0].Text.TrimEnd();
        return text.Length > 0 && char.IsLetterOrDigit(text[^1]) ? body[0] : null;
    }
}
