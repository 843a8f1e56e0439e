using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Extraction;

/// <summary>How much of one category of a curated annotation a draft found, and which curated ids it missed.</summary>
public sealed record Recall(string Category, int Found, int Total, IReadOnlyList<string> Missed)
{
    public double Ratio => Total == 0 ? 1 : (double)Found / Total;

    public override string ToString() => $"{Category,-13}{Found,4} of {Total,-4}{Ratio,7:P0}";
}

/// <summary>
/// Recall of a drafted annotation against a curated one of the same article: actors by a shared name or
/// alias; events by date and overlapping quotes; statements, positions and explanations by overlapping
/// quotes and the same actor.
/// </summary>
public static class DraftComparison
{
    public static IReadOnlyList<Recall> Compare(ArticleModel draft, ArticleModel curated)
    {
        var article = curated.Article;
        var sameActor = curated.Actors.ToDictionary(c => c.Id, c => draft.Actors.Where(d => SharesName(d, c)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        bool Same(string curatedActor, string draftActor) => sameActor.TryGetValue(curatedActor, out var ids) && ids.Contains(draftActor);

        return
        [
            Measure("actors", curated.Actors, c => sameActor[c.Id].Count > 0),
            Measure("events", curated.Events, c => draft.Events.Any(d => SameDay(d.Date, c.Date) && Overlap(article, d.Evidence, c.Evidence))),
            Measure("statements", curated.Statements, c => draft.Statements.Any(d => Same(c.Speaker, d.Speaker) && Overlap(article, d.Evidence, c.Evidence))),
            Measure("positions", curated.Positions, c => draft.Positions.Any(d => Same(c.Actor, d.Actor) && Overlap(article, d.Evidence, c.Evidence))),
            Measure("explanations", curated.Explanations, c => draft.Explanations.Any(d =>
                Evidence(d).Any(de => Evidence(c).Any(ce => Overlap(article, de, ce)))
                && (!c.About.Any(sameActor.ContainsKey) || c.About.Any(a => d.About.Any(b => Same(a, b)))))),
        ];
    }

    /// <summary>Loads a draft and a curated annotation of the article beside the curated one and compares them.</summary>
    public static IReadOnlyList<Recall> CompareFiles(string draftFile, string curatedFile, List<SeedError> errors)
    {
        var name = Path.GetFileName(curatedFile);
        var cut = name.IndexOf(".model.", StringComparison.Ordinal);
        var articleFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(curatedFile))!, (cut > 0 ? name[..cut] : Path.GetFileNameWithoutExtension(name)) + ".txt");
        foreach (var file in new[] { draftFile, curatedFile }.Where(f => !File.Exists(f)))
            errors.Add(new SeedError(file, 0, "no such annotation file"));
        if (errors.Count > 0)
            return [];
        if (!File.Exists(articleFile))
        {
            errors.Add(new SeedError(curatedFile, 0, $"no article beside the annotation: expected {Path.GetFileName(articleFile)}"));
            return [];
        }
        var id = Path.GetFileNameWithoutExtension(articleFile);
        var text = File.ReadAllText(articleFile);
        var curated = ModelReader.Read(id, articleFile, text, curatedFile, File.ReadAllText(curatedFile), errors);
        var draft = ModelReader.Read(id, articleFile, text, draftFile, File.ReadAllText(draftFile), errors);
        return errors.Count > 0 ? [] : Compare(draft, curated);
    }

    private static Recall Measure<T>(string category, IReadOnlyList<T> curated, Func<T, bool> found) where T : Fact
    {
        var missed = curated.Where(c => !found(c)).Select(c => c.Id).ToList();
        return new Recall(category, curated.Count - missed.Count, curated.Count, missed);
    }

    private static IEnumerable<Evidence> Evidence(Explanation explanation) => explanation.Reasons.Select(r => r.Evidence).Prepend(explanation.Evidence);

    private static bool SharesName(Actor draft, Actor curated)
    {
        var names = curated.Aliases.Prepend(curated.Name).Select(Plain).ToHashSet(StringComparer.Ordinal);
        return draft.Aliases.Prepend(draft.Name).Any(n => names.Contains(Plain(n)));
    }

    private static string Plain(string name)
    {
        var plain = TextNormalizer.Clean(name).ToLowerInvariant();
        if (plain.StartsWith("the ", StringComparison.Ordinal))
            plain = plain[4..];
        return plain.EndsWith("'s", StringComparison.Ordinal) ? plain[..^2] : plain;
    }

    private static bool SameDay(FactDate a, FactDate b) => a.Year == b.Year && a.Month == b.Month && a.Day == b.Day;

    /// <summary>Two quotes overlap when they share characters of the same paragraph.</summary>
    private static bool Overlap(Article article, Evidence a, Evidence b)
    {
        if (a.Paragraph != b.Paragraph)
            return false;
        var block = article.Blocks.FirstOrDefault(x => x.Number == a.Paragraph);
        if (block is null)
            return false;
        var text = TextNormalizer.Clean(block.Text);
        var (aStart, aEnd) = Span(text, a.Quote);
        var (bStart, bEnd) = Span(text, b.Quote);
        return aStart >= 0 && bStart >= 0 && aStart < bEnd && bStart < aEnd;
    }

    private static (int Start, int End) Span(string text, string quote)
    {
        var needle = TextNormalizer.Clean(quote);
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        return (at, at + needle.Length);
    }
}
