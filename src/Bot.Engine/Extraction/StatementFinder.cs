using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Statements: a reporting verb ("said", "told", "argued", "denied", "called for") with an actor as its
/// subject, or an opening "According to X, ..." The quote runs from the speaker to the end of what was said.
/// </summary>
internal static partial class StatementFinder
{
    public static List<(Statement Statement, Line Line, int VerbEnd)> Find(DraftContext context)
    {
        var statements = new List<(Statement, Line, int)>();
        foreach (var line in context.Lines.Where(l => l.IsReporting))
        {
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (start, end, verb) in Verbs.FindReporting(line.Text))
            {
                foreach (var speaker in context.Subjects.Of(line, start))
                {
                    if (!speakers.Add(speaker))
                        continue;
                    var mention = line.Mentions.LastOrDefault(m => m.Actor == speaker && m.End <= start);
                    var from = mention?.Start ?? PronounBefore(line, start) ?? start;
                    var quote = Quotes.Clip(line.Text, from, line.Text.Length);
                    var date = context.Dates.In(line).FirstOrDefault()?.Date;
                    var id = context.Ids.Make($"{context.Actor(speaker).Name} {verb}");
                    statements.Add((new Statement(id, speaker, date, line.Text, [verb.Split(' ')[0]], context.Evidence(line, quote)), line, end));
                }
            }
            if (AccordingTo(line) is { } source && speakers.Add(source.Actor))
            {
                var quote = Quotes.Clip(line.Text, 0, line.Text.Length);
                var id = context.Ids.Make($"{context.Actor(source.Actor).Name} according");
                statements.Add((new Statement(id, source.Actor, context.Dates.In(line).FirstOrDefault()?.Date, line.Text, ["according"], context.Evidence(line, quote)), line, source.End));
            }
        }
        return statements;
    }

    /// <summary>"According to the minister Ana Ruiz, ...": the last name before the comma is the source.</summary>
    private static (string Actor, int End)? AccordingTo(Line line)
    {
        var match = AccordingOpener().Match(line.Text);
        if (!match.Success)
            return null;
        var comma = line.Text.IndexOf(',', match.Index + match.Length);
        var mention = comma < 0 ? null : line.MentionsIn(match.Index + match.Length, comma).LastOrDefault(m => !m.Possessive);
        return mention is null ? null : (mention.Actor, comma + 1);
    }

    [GeneratedRegex(@"^(?:\w+, )?[Aa]ccording to\b")]
    private static partial Regex AccordingOpener();

    private static int? PronounBefore(Line line, int verbStart)
    {
        var before = line.Words.Where(w => w.End <= verbStart).TakeLast(3).ToList();
        var pronoun = before.LastOrDefault(w => w.Text is "He" or "he" or "She" or "she" or "They" or "they" or "It" or "it");
        return pronoun.Text is null ? null : pronoun.Start;
    }
}
