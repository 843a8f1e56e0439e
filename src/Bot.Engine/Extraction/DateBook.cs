using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>A date expression in a sentence with the date it stands for.</summary>
internal sealed record DatedSpan(int Start, int End, FactDate Date);

/// <summary>
/// Resolves every sentence's date expressions. The article's own date is taken to be the latest year it
/// names (and the latest month named in that year); a month or day without a year takes the year written
/// beside the same month in its paragraph, else the article's year, and is marked as inferred; "last year"
/// counts back from the article's year.
/// </summary>
internal sealed class DateBook
{
    private readonly Dictionary<Line, List<DatedSpan>> _dates = [];

    public DateBook(IReadOnlyList<Line> lines)
    {
        var found = lines.ToDictionary(l => l, l => Dates.Find(l.Text));
        var reporting = found.Where(f => f.Key.IsReporting).SelectMany(f => f.Value).ToList();
        var year = reporting.Where(d => d.HasYear).Select(d => d.Year!.Value).DefaultIfEmpty().Max();
        if (year > 0)
            Published = new FactDate(year, null, null, true);
        foreach (var (line, mentions) in found)
        {
            var resolved = new List<DatedSpan>();
            foreach (var mention in mentions)
            {
                if (Resolve(line, mention, found) is { } date)
                    resolved.Add(new DatedSpan(mention.Start, mention.End, date));
            }
            _dates[line] = resolved;
        }
        // The article is no older than the latest month it names in its own year.
        var months = _dates.Where(d => d.Key.IsReporting).SelectMany(d => d.Value).Where(d => d.Date.Year == year && d.Date.Month is not null).Select(d => d.Date.Month).ToList();
        if (Published is not null && months.Count > 0)
            Published = Published with { Month = months.Max() };
    }

    /// <summary>The article's date as far as its text tells (always inferred), or null when it names no year.</summary>
    public FactDate? Published { get; private set; }

    public IReadOnlyList<DatedSpan> In(Line line) => _dates.GetValueOrDefault(line) ?? [];

    private FactDate? Resolve(Line line, DateMention mention, Dictionary<Line, List<DateMention>> found)
    {
        if (mention.HasYear)
            return new FactDate(mention.Year!.Value, mention.Month, mention.Day, false);
        if (Published is null)
            return null;
        if (mention.YearsBack is { } back)
            return new FactDate(Published.Year - back, null, null, true);
        var sameMonth = found.Where(f => f.Key.Sentence.Paragraph == line.Sentence.Paragraph)
            .SelectMany(f => f.Value).FirstOrDefault(d => d.HasYear && d.Month == mention.Month);
        return new FactDate(sameMonth?.Year ?? Published.Year, mention.Month, mention.Day, true);
    }
}
