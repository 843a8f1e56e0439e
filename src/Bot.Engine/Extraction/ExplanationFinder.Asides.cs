using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Clauses beside what a claim or reason says, which a question about it never asks: an opening concession ("Although
/// the port reopened, shipping fell ..."), an aside set off by dashes ("Exports rose – which surprised traders – because
/// ..."), a concession after the reason ("... because the fuel ran short, although prices held"). Left in, their words
/// draw questions about the concession to an explanation of something else.
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>The claim without an opening concession or a closing dash aside; unchanged when too little would be left.</summary>
    private static (Line Line, int Start, int End) WithoutAsides((Line Line, int Start, int End) claim)
    {
        var (line, start, end) = claim;
        var text = line.Text;
        var from = Skip(text, start);
        if (Concession().Match(text, from, end - from) is { Success: true, Index: var at } concession && at == from)
        {
            // "Despite the cost, ..." opens with a noun phrase, which ends at the first comma; "Although X did Y, ..." with a clause.
            var comma = concession.Value.StartsWith('D') || concession.Value.StartsWith('I') ? ClauseMarks.NextComma(text, from) : MainClauseComma(line, from);
            if (comma > from && comma < end && Words.Split(text[(comma + 1)..end]).Count >= 2)
                start = comma + 1;
        }
        // "Exports rose – which surprised traders –": an aside left open at the claim's end closes nothing the claim says.
        var trimmed = text[..end].TrimEnd();
        if (trimmed.Length > start && trimmed[^1] is '–' or '—' && ClauseMarks.Previous(text, Dashes, trimmed.Length - 2) is var open && open > start
            && Words.Split(text[start..open]).Count >= 2)
            end = open;
        return (line, start, end);
    }

    /// <summary>The reason up to a concession after it (", although ...", "– even if ..."), when a reason is left before it.</summary>
    private static (Line Line, int Start, int End) WithoutConcession((Line Line, int Start, int End) reason)
    {
        var (line, start, end) = reason;
        var match = TrailingConcession().Match(line.Text, start, end - start);
        return match.Success && Words.Split(line.Text[start..match.Index]).Count >= 2 ? (line, start, match.Index) : reason;
    }

    private static readonly char[] Dashes = ['–', '—'];

    [GeneratedRegex(@"(?:Although|Though|Even though|Even if|While|Whilst|Whereas|Despite|In spite of)\b")]
    private static partial Regex Concession();

    [GeneratedRegex(@"(?:,|\s[—–]|\s-{1,2})\s*(?:although|though|even though|even if|while|whilst|whereas|despite|in spite of)\b")]
    private static partial Regex TrailingConcession();
}
