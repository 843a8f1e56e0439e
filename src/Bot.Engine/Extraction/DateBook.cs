using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>A date expression in a sentence with the date it stands for.</summary>
internal sealed record DatedSpan(int Start, int End, FactDate Date);

/// <summary>
/// Resolves every sentence's date expressions. The article's own date is the one its byline names, else its
/// dateline (a line that is only a full date, between the byline and the text, or one that names the outlet and the
/// date); without either it is taken to be
/// the latest year the text names outside a deadline ("until 2030", "scheduled for 2026" look ahead of it), and
/// the latest month named in that year. A month or day without a year takes the year written beside the same month
/// in its paragraph, else the article's year, and is marked as inferred; "last year" counts back from the
/// article's year and "next February" forward from its date.
/// </summary>
internal sealed partial class DateBook
{
    private readonly Dictionary<Line, List<DatedSpan>> _dates = [];

    public DateBook(IReadOnlyList<Line> lines, IReadOnlyList<Block> blocks)
    {
        var wire = NewsDatelines.Of(lines);
        // The wire dateline's day is when the story was filed, not something that happened in it.
        var found = lines.ToDictionary(l => l, l => Dates.Find(l.Text).Where(d => l != wire?.Line || d.Start >= wire.Value.Dateline.End).ToList());
        var reporting = found.Where(f => f.Key.IsReporting).SelectMany(f => f.Value.Where(d => !d.Span && !IsDeadline(f.Key.Text, d.Start))).ToList();
        var dateline = BylineDetails.Date(blocks) ?? Dateline(blocks) ?? OutletLines.Find(blocks)?.Date ?? (wire?.Dateline is { Year: { } y, Month: { } m } d ? new FactDate(y, m, d.Day, false) : null);
        var year = dateline?.Year ?? reporting.Where(d => d.HasYear).Select(d => d.Year!.Value).DefaultIfEmpty().Max();
        Published = dateline ?? (year > 0 ? new FactDate(year, null, null, true) : null);
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
        // A dateline without its year ("ALMATY, June 3 (Reuters)") dates the story in the year its text points to.
        if (Published is { YearInferred: true } && wire?.Dateline is { Month: { } month, Day: { } day } && day <= DateTime.DaysInMonth(Published.Year, month))
            Published = new FactDate(Published.Year, month, day, true);
        else
            InferMonth(year);
        if (Published is not null)
        {
            foreach (var line in lines.Where(l => l.IsReporting))
                _dates[line] = [.. _dates[line].Concat(Weekdays.Find(line.Text, Published, _dates[line])).OrderBy(d => d.Start)];
        }
    }

    private void InferMonth(int year)
    {
        // Without a dateline, the article is no older than the latest month it names in its own year.
        var months = _dates.Where(d => d.Key.IsReporting).SelectMany(d => d.Value.Where(s => !IsDeadline(d.Key.Text, s.Start)))
            .Where(d => d.Date.Year == year && d.Date.Month is not null).Select(d => d.Date.Month).ToList();
        if (Published is { YearInferred: true } && months.Count > 0)
            Published = Published with { Month = months.Max() };
    }

    /// <summary>The article's date: its dateline, else as far as its text tells (inferred), or null when it names no year.</summary>
    public FactDate? Published { get; private set; }

    public IReadOnlyList<DatedSpan> In(Line line) => _dates.GetValueOrDefault(line) ?? [];

    /// <summary>When what the sentence reports was said or done: its first date outside an aside dating a name in it.</summary>
    public FactDate? Reported(Line line)
    {
        var asides = DatedAsides.Find(line.Text);
        return In(line).FirstOrDefault(d => !DatedAsides.Inside(asides, d.Start))?.Date;
    }

    /// <summary>A heading before the first paragraph that is nothing but a full date ("June 27, 2024").</summary>
    private static FactDate? Dateline(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks.Where(b => b.Number > 0).TakeWhile(b => b.Kind == BlockKind.Heading || DateLines.IsDateLine(b.Text)))
        {
            if (DateLines.Parse(block.Text) is { Day: not null } date)
                return date;
        }
        return null;
    }

    /// <summary>A date the text looks ahead to ("until 2030", "by the end of 2035", "scheduled for 2026") is no sign of the article's age.</summary>
    private static bool IsDeadline(string text, int start) => LooksAhead().IsMatch(text[..start]);

    private FactDate? Resolve(Line line, DateMention mention, Dictionary<Line, List<DateMention>> found)
    {
        if (mention.HasYear)
            return new FactDate(mention.Year!.Value, mention.Month, mention.Day, mention.Span);
        if (Published is null)
            return null;
        if (mention.YearsBack is { } back)
            return new FactDate(Published.Year - back, null, null, true);
        if (mention.MonthsBack is { } monthsBack)
            return Published.Month is { } current
                ? new FactDate(Published.Year - (current <= monthsBack ? 1 : 0), ((current - monthsBack + 11) % 12) + 1, null, true)
                : new FactDate(Published.Year, null, null, true);
        // "last June", written in February: the last June before the article's date.
        if (LastBefore().IsMatch(line.Text[..mention.Start]) && Published.Month is { } today && mention.Month is { } lastMonth)
            return new FactDate(Published.Year - (lastMonth >= today ? 1 : 0), lastMonth, mention.Day, true);
        // "next February", written in November: the first February after the article's date.
        if (NextBefore().IsMatch(line.Text[..mention.Start]) && Published.Month is { } now && mention.Month is { } month)
            return new FactDate(Published.Year + (month <= now ? 1 : 0), month, mention.Day, true);
        var sameMonth = found.Where(f => f.Key.Sentence.Paragraph == line.Sentence.Paragraph)
            .SelectMany(f => f.Value).FirstOrDefault(d => d.HasYear && d.Month == mention.Month);
        return new FactDate(sameMonth?.Year ?? Published.Year, mention.Month, mention.Day, true);
    }

    [GeneratedRegex(@"\b[Nn]ext[\s\-]+$")]
    private static partial Regex NextBefore();

    [GeneratedRegex(@"\b[Ll]ast[\s\-]+$")]
    private static partial Regex LastBefore();

    [GeneratedRegex(@"\b(?:until|till|by|through|(?:scheduled|planned|due|set|expected) (?:for|in))(?: the (?:end|middle|start|beginning) of)? $", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();
}
