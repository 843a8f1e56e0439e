namespace Bot.Engine.Extraction;

/// <summary>A lede whose opening words are set in capitals ("THE GREY harbour wall ..."), which hold no acronyms.</summary>
internal static class CapsLede
{
    /// <summary>
    /// Where a lede's opening words set in capitals end ("THE GREY harbour wall ..."): a typographic style, not
    /// acronyms. Two such words at least, one a function word or too long for an acronym, so "NATO said" and
    /// "NATO EU talks" keep theirs.
    /// </summary>
    public static int End(Line line)
    {
        var w = line.Words;
        var count = 0;
        while (count < w.Count && w[count].Text.Where(char.IsLetter).All(char.IsUpper) && (count == 0 ? w[0].Start == 0 : Words.Adjacent(line.Text, w[count - 1], w[count])))
            count++;
        var styled = w.Take(count).Any(word => word.Text.Length > 6 || NewsWords.IsFunctionWord(word.Lower));
        return count >= 2 && styled ? w[count - 1].End : 0;
    }
}
