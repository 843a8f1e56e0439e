namespace Bot.Engine.Text;

/// <summary>
/// The family a stem belongs to: words made of one another that the <see cref="Stemmer"/> leaves apart, because cutting
/// deeper would join unrelated words in every comparison. "sanctions" and "sanctioned", "corruption" and "corrupt",
/// "relocation" and "relocated", "execution" and "executed", "mobilize" and "mobilized" each share a root. Roots only
/// relate words; they are never the stems words are matched by.
/// </summary>
public static class WordFamily
{
    /// <summary>The fewest letters a root keeps: shorter ones are too often other words ("tend" of "tension").</summary>
    private const int ShortestRoot = 4;

    /// <summary>
    /// The fewest letters before a quality's ending ("-ence", "-ancy") or a people's ("-ean"): "currency" is no kin of
    /// "current", nor "Korean" of "core".
    /// </summary>
    private const int ShortestQualityRoot = 5;

    /// <summary>A quality's noun endings as the stemmer leaves them, each with its adjective's.</summary>
    private static readonly (string Noun, string Adjective)[] QualityEndings = [("ency", "ent"), ("enc", "ent"), ("ancy", "ant"), ("anc", "ant")];

    public static string Root(string stem)
    {
        var root = stem;
        // "dependence" and "dependency" meet "dependent", "significance" meets "significant": a quality and what has it.
        foreach (var (noun, adjective) in QualityEndings)
        {
            if (root.EndsWith(noun, StringComparison.Ordinal) && root.Length - noun.Length >= ShortestQualityRoot)
            {
                root = root[..^noun.Length] + adjective;
                break;
            }
        }
        // "European" meets "Europe" (stemmed "europ").
        if (root.EndsWith("ean", StringComparison.Ordinal) && root.Length - 3 >= ShortestQualityRoot)
            root = root[..^3];
        // "sanction" (of "sanctioned") is cut as the noun "sanctions" is.
        if (root.EndsWith("tion", StringComparison.Ordinal) && root.Length - 4 >= ShortestRoot - 1)
            root = root[..^4];
        // The stemmer cuts "-tion" with its "t" ("protec" of "protection"), so a verb ending in "-ct", "-pt" or "-ut" loses it too.
        if (root.Length > ShortestRoot && root[^1] == 't' && root[^2] is 'c' or 'p' or 'u')
            root = root[..^1];
        // "relocat" and "negotiat" (of "relocated", "negotiate") meet "reloc" and "negoti" (of "relocation", "negotiations");
        // not "threat" or "defeat", whose "-at" is their own.
        else if (root.Length - 2 >= ShortestRoot && root.EndsWith("at", StringComparison.Ordinal) && root[^3] is not ('a' or 'e' or 'o'))
            root = root[..^2];
        // "mobiliz" (of "mobilize") meets "mobil" (of "mobilized", "mobilization").
        else if (root.Length - 2 >= ShortestRoot && root.EndsWith("iz", StringComparison.Ordinal))
            root = root[..^2];
        return root;
    }
}
