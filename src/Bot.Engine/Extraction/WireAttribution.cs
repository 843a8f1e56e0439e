using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// "Ruritania on Tuesday rejected the request, a foreign ministry spokesman said": a source named after the news it
/// gives says all of the sentence before it. A spokesperson or office the text leaves unnamed speaks for the actor the
/// sentence opens with; one that names its actor ("the Armenian government") for that actor.
/// </summary>
internal static partial class WireAttribution
{
    /// <summary>Who says the sentence whose source ends right before the verb at <paramref name="verbStart"/>, and where what they say starts.</summary>
    public static (IReadOnlyList<string> Speakers, int From)? Find(DraftContext context, Line line, int verbStart)
    {
        var source = Source().Match(line.Text[..verbStart]);
        if (!source.Success)
            return null;
        var from = NewsDatelines.Of(context.Lines) is { } wire && wire.Line == line ? wire.Dateline.End : 0;
        var named = line.MentionsIn(source.Index, verbStart).Where(m => !m.Possessive).Select(m => m.Actor).Distinct().ToList();
        if (named.Count > 0)
            return (named, from);
        if (!Office().IsMatch(source.Groups["noun"].Value))
            return null;
        var subject = line.MentionsIn(from, source.Index).FirstOrDefault(m => Subjects.IsFree(line, m, from));
        return subject is null ? null : ([subject.Actor], from);
    }

    /// <summary>", a foreign ministry spokesman", ", the Armenian government" right before the verb, after a clause of news.</summary>
    [GeneratedRegex(@"\S, (?:a|an|the) (?:[\p{L}'’-]+ ){0,3}(?<noun>\p{Ll}+)\s+$")]
    private static partial Regex Source();

    [GeneratedRegex(@"^(?:spokes(?:man|woman|person|people)|ministry|presidency|embassy|office|service|government)$")]
    private static partial Regex Office();
}
