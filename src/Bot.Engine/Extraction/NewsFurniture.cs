using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Paragraphs a news page sets around the story that are not part of it: credits ("(Reporting by X; Editing by Y)",
/// "Additional reporting by X", "AP writer X contributed to this report."), correction notes, "Follow X on Twitter",
/// "Related:" and "Read more:" links, copyright lines and labelled date lines ("Updated June 3, 2025 10:42 AM EDT").
/// They say who made the piece and when, so they are read like the footer: never as what the article reports.
/// </summary>
internal static partial class NewsFurniture
{
    public static BlockKind KindOf(Block block) => block.Kind == BlockKind.Body && IsFurniture(block.Text) ? BlockKind.Footer : block.Kind;

    /// <summary>A sentence of such a paragraph, read as footer.</summary>
    public static bool Is(Line line) => line.Kind == BlockKind.Footer && IsFurniture(line.Text);

    private static bool IsFurniture(string text) => Furniture().IsMatch(text) || Contributed().IsMatch(text) || DateLines.IsDateLine(text);

    [GeneratedRegex(@"^(?:\(\s*)?(?:(?:Additional|Further) reporting|Reporting|Writing|Written|Editing|Edited|Compiled|Research|Translat(?:ed|ion)|Graphics?|Fact-checking)(?: and \p{Ll}+)? by\b"
        + @"|^(?:This|The) (?:story|article|report|piece|version) (?:has been|was|is) (?:corrected|updated|amended|changed|refiled)\b"
        + @"|^(?:Corrections?|Clarification|Editor['’]s note|Related|Read more|Read also|Also read|See also|More on this|Watch|Listen|Sign up|Subscribe)\s*:"
        + @"|^Follow\b.{1,80}\bon (?:Twitter|X|Facebook|Instagram|Bluesky|Threads|Mastodon|LinkedIn|Telegram)\b"
        + @"|^(?:©|Copyright\b)")]
    private static partial Regex Furniture();

    /// <summary>"Associated Press writer Jo Roe in Moscow contributed to this report."</summary>
    [GeneratedRegex(@"\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\.?$")]
    private static partial Regex Contributed();
}
