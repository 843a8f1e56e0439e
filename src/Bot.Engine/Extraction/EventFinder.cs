using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Dated events: every sentence with a date expression is an event on that date, its participants the actors
/// it names. A sentence that opens as a reaction ("In response to ...") without a date of its own happened
/// in the year of the last date before it. One dated only by the day before it ("The next day ...", "Two days
/// later ...", "That same day ...") happened that many days after the last day named just before it.
/// </summary>
internal static partial class EventFinder
{
    private const int QuoteWords = 24;

    public static List<Event> Find(DraftContext context)
    {
        var events = new List<Event>();
        FactDate? lastDate = null;
        var lastParagraph = -1;
        foreach (var line in context.Reporting)
        {
            var dates = context.Dates.In(line);
            if (dates.Count == 0 && RelativeDays.After(line.Text, lastDate, line.Sentence.Paragraph - lastParagraph) is var (relative, start, end))
            {
                events.Add(Make(context, line, relative, start, end));
                lastDate = relative;
                lastParagraph = line.Sentence.Paragraph;
                continue;
            }
            if (dates.Count == 0 && lastDate is not null && ReactionOpener().IsMatch(line.Text))
            {
                var inherited = new FactDate(lastDate.Year, null, null, true);
                events.Add(Make(context, line, inherited, 0, 0));
                continue;
            }
            // "walked out on October 9, the first time since 2011": a date after "since" is what the event is measured
            // against; with another date in the sentence, that one is when it happened.
            var own = dates.Where(d => !SinceBefore(line.Text, d.Start)).ToList();
            var asides = DatedAsides.Find(line.Text).Where(a => a.Founding).ToList();
            foreach (var date in (own.Count > 0 ? own : dates).DistinctBy(d => d.Date))
            {
                var founding = asides.FirstOrDefault(a => date.Start >= a.Start && date.Start < a.End);
                events.Add(founding is null ? Make(context, line, date.Date, date.Start, date.End) : Founded(context, line, date.Date, founding));
                lastDate = date.Date;
                lastParagraph = line.Sentence.Paragraph;
            }
        }
        return events;
    }

    public static string DateText(FactDate date) => date.Precision switch
    {
        DatePrecision.Day => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
        DatePrecision.Month => $"{date.Year:D4}-{date.Month:D2}",
        _ => $"{date.Year:D4}",
    };

    private static Event Make(DraftContext context, Line line, FactDate date, int start, int end)
    {
        var participants = DraftContext.ActorsIn(line);
        var quote = Quotes.Window(line.Text, 0, line.Text.Length, start, end, QuoteWords);
        var topics = context.Topics.All.Where(t => line.Words.Count(w => t.Stems.Contains(Text.Stemmer.Stem(w.Lower))) >= t.Stems.Count).Select(t => t.Id).ToList();
        var subject = participants.Count > 0 ? context.Actor(participants[0]).Name : "event";
        var id = context.Ids.Make($"{DateText(date)} {subject}");
        return new Event(id, date, participants, topics, line.Text, [], context.Evidence(line, quote));
    }

    private static bool SinceBefore(string text, int start) => SinceEnding().IsMatch(text[..start]);

    [GeneratedRegex(@"\b[Ss]ince\s+$")]
    private static partial Regex SinceEnding();

    /// <summary>
    /// "The Harbour Board, a body set up in 1998, said ...": the thing's founding is the event of that year, told by the
    /// name and its aside, with the founding words readers ask it by; what the rest of the sentence reports is no part of it.
    /// </summary>
    private static Event Founded(DraftContext context, Line line, FactDate date, DatedAside aside)
    {
        var named = line.Mentions.LastOrDefault(m => m.End <= aside.NameEnd && !line.Text[m.End..aside.NameEnd].Any(char.IsWhiteSpace));
        var participants = named is null ? [] : new List<string> { named.Actor };
        var start = named?.Start ?? line.Words.Where(w => w.End <= aside.NameEnd).Select(w => w.Start).DefaultIfEmpty(0).Last();
        var quote = line.Text[start..aside.End];
        var subject = named is null ? "founding" : context.Actor(named.Actor).Name;
        var id = context.Ids.Make($"{DateText(date)} {subject}");
        return new Event(id, date, participants, [], char.ToUpperInvariant(quote[0]) + quote[1..], DatedAsides.FoundingWords, context.Evidence(line, quote));
    }

    [GeneratedRegex(@"^(?:In (?:response|reaction|reply) to|Following|After that|Afterwards|Days later|Weeks later|Later|Soon after)\b")]
    private static partial Regex ReactionOpener();
}
