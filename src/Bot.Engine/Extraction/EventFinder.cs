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
            foreach (var date in (own.Count > 0 ? own : dates).DistinctBy(d => d.Date))
            {
                events.Add(Make(context, line, date.Date, date.Start, date.End));
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

    [GeneratedRegex(@"^(?:In (?:response|reaction|reply) to|Following|After that|Afterwards|Days later|Weeks later|Later|Soon after)\b")]
    private static partial Regex ReactionOpener();
}
