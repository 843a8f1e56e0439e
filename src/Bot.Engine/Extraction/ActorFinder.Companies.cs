namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>A run closed by a company's legal form or trade ("Alder Sourcing Ltd", "Brenn Technologies").</summary>
    private static bool IsCompany(Line line, NameRun run) => NewsWords.CompanyHeads.Contains(line.Words[run.Last].Text);

    /// <summary>
    /// "the Dutch Alder Semiconductor": the demonym before a company's name says where it is from, it is no part of
    /// the name. The run without it, and the country.
    /// </summary>
    private static (NameRun Run, Country? Origin) WithoutOrigin(Line line, NameRun run) =>
        run.Count >= 3 && IsCompany(line, run) && CountryOf(line.Words[run.First].Text) is { } origin
            ? (run with { First = run.First + 1 }, origin)
            : (run, null);

    /// <summary>
    /// "Alder Sourcing Ltd", later "Alder did not respond": a company goes by its first word, once the article uses
    /// that word alone.
    /// </summary>
    private void AddShortName(ActorDraft company, string first)
    {
        if (CountryOf(first) is null && !NewsWords.IsFunctionWord(first) && _lines.Any(l => StandsAlone(l, first)))
            company.AddAlias(first);
    }

    private static bool StandsAlone(Line line, string word)
    {
        var w = line.Words;
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i].Text == word && !(i + 1 < w.Count && NameRuns.IsNameWord(w[i + 1]) && Words.Adjacent(line.Text, w[i], w[i + 1])))
                return true;
        }
        return false;
    }
}
