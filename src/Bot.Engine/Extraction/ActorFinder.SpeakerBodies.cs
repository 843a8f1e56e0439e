using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private const int MaxBodyNameWords = 8;

    /// <summary>How many lowercase words may say what a body is before its name: "of investment fund X", "of think-tank X".</summary>
    private const int MaxBodyKindWords = 3;

    /// <summary>
    /// "Jo Roe of the Harbour Institute for Trade and Shipping, a think-tank in Alder": the name of the body after "of"
    /// (joiners and all, up to the comma) and the description set after it, as the person's role.
    /// </summary>
    private static (string Role, int End)? OfBody(Line line, NameRun run)
    {
        var w = line.Words;
        var of = run.Last + 1;
        if (of + 1 >= w.Count || w[of].Text != "of" || !NoGap(line, run.Last, of) || !NoGap(line, of, of + 1))
            return null;
        var first = w[of + 1].Lower == "the" ? of + 2 : of + 1;
        // "of investment fund Tidewatch", "of the consultancy Harbour Watch": what the body is may come before its name.
        var described = first;
        while (described < w.Count && described - first < MaxBodyKindWords && char.IsLower(w[described].Text[0]) && !NewsWords.IsFunctionWord(w[described].Text)
            && described + 1 < w.Count && NoGap(line, described, described + 1))
            described++;
        if (described > first && described < w.Count && NameRuns.IsNameWord(w[described]))
            first = described;
        var last = first;
        while (last + 1 < w.Count && last + 1 - first < MaxBodyNameWords && NoGap(line, last, last + 1) && (NameRuns.IsNameWord(w[last + 1]) || NewsWords.NameJoiners.Contains(w[last + 1].Text) || w[last + 1].Text == "the"))
            last++;
        while (last > first && !NameRuns.IsNameWord(w[last]))
            last--;
        if (first >= w.Count || !NameRuns.IsNameWord(w[first]) || CountryOf(line.Text[w[first].Start..w[last].End]) is not null)
            return null;
        var end = w[last].End;
        var description = BodyDescribed().Match(line.Text, end);
        if (description.Success && description.Index == end)
            end = description.Groups["what"].Index + description.Groups["what"].Length;
        return (line.Text[w[of].Start..end], end);
    }

    /// <summary>", a think-tank in Alder" after a body's name: what it is, up to the next comma or the sentence's end.</summary>
    [GeneratedRegex(@",\s+(?<what>(?:a|an|the)\s+[^,;:.\u201C\u201D""()]{3,80}?)(?=\s*(?:[,;:.)]|$))")]
    private static partial Regex BodyDescribed();
}
