using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Statements: a reporting verb ("said", "told", "argued", "denied", "called for") with an actor as its
/// subject, or an opening "According to X, ..." The quote runs from the speaker to the end of what was said.
/// A quotation with its tag after it ('"...," says X') is what the tag's speaker said, from its start (verb end 0).
/// </summary>
internal static partial class StatementFinder
{
    /// <summary>How many characters into a sentence a quotation mark makes it open on the words of others.</summary>
    private const int QuoteOpeningChars = 12;

    /// <summary>Past this a quotation over several sentences is too long to give as one statement.</summary>
    private const int MaxWholeQuotationChars = 600;

    public static List<(Statement Statement, Line Line, int VerbEnd)> Find(DraftContext context)
    {
        var statements = new List<(Statement Statement, Line Line, int VerbEnd)>();
        var tagged = QuoteTags.Tagged(context);
        var lines = context.Lines;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (!line.IsReporting)
                continue;
            if (tagged.TryGetValue(line, out var quoted))
            {
                // A quotation over several sentences is one statement, given with the first; each sentence still carries it.
                var whole = WholeQuotation(context, quoted);
                var goesOn = whole is not null && index > quoted.First && statements.Count > 0 && statements[^1].Line == lines[index - 1];
                statements.Add(goesOn ? (statements[^1].Statement, line, 0) : Quotation(context, line, quoted.Speaker, quoted.Verb, index == quoted.First ? whole : null));
                continue;
            }
            if (QuoteTags.UntaggedRun(lines, index) is > 0 and var run && Continued(context, statements, index, run) is { } continuing)
            {
                for (var j = index; j < index + run; j++)
                    statements.Add(Quotation(context, lines[j], continuing, "said"));
                index += run - 1;
                continue;
            }
            var speakers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (start, end, verb) in Verbs.FindReporting(line.Text))
            {
                var wire = WireAttribution.Find(context, line, start);
                if (wire is null && IsInverted(line, start))
                {
                    var inverted = InvertedSpeaker(context, line, end);
                    if (inverted is not null && speakers.Add(inverted))
                        statements.Add(Quotation(context, line, inverted, verb));
                    // ", said a drone commander.": the speaker goes unnamed, the subject before is only spoken of.
                    if (inverted is not null || TagSpeakers.IsUnnamed(line.Text, end))
                        continue;
                }
                foreach (var speaker in wire?.Speakers ?? context.Subjects.Of(line, start))
                {
                    if (!speakers.Add(speaker))
                        continue;
                    var mention = line.Mentions.LastOrDefault(m => m.Actor == speaker && m.End <= start);
                    var from = wire?.From ?? mention?.Start ?? PronounBefore(line, start) ?? start;
                    var quote = Quotes.Clip(line.Text, from, line.Text.Length);
                    var date = context.Dates.Reported(line);
                    var id = context.Ids.Make($"{context.Actor(speaker).Name} {verb}");
                    statements.Add((new Statement(id, speaker, date, context.WithElaboration(line, line.Text), [verb.Split(' ')[0]], context.Evidence(line, context.WithElaboration(line, quote))), line, end));
                }
            }
            if (AccordingTo(line) is { } source && speakers.Add(source.Actor))
            {
                var quote = Quotes.Clip(line.Text, 0, line.Text.Length);
                var id = context.Ids.Make($"{context.Actor(source.Actor).Name} according");
                statements.Add((new Statement(id, source.Actor, context.Dates.Reported(line), context.WithElaboration(line, line.Text), ["according"], context.Evidence(line, context.WithElaboration(line, quote))), line, source.End));
            }
        }
        return statements;
    }

    private static (Statement, Line, int) Quotation(DraftContext context, Line line, string speaker, string verb, string? whole = null)
    {
        var id = context.Ids.Make($"{context.Actor(speaker).Name} {verb}");
        if (whole is not null)
            return (new Statement(id, speaker, context.Dates.Reported(line), whole, [verb], context.Evidence(line, whole)), line, 0);
        var quote = Quotes.Clip(line.Text, 0, line.Text.Length);
        return (new Statement(id, speaker, context.Dates.Reported(line), context.WithElaboration(line, line.Text), [verb], context.Evidence(line, context.WithElaboration(line, quote))), line, 0);
    }

    /// <summary>
    /// '"People waited. They worked," Jo Roe explains.': the words of a quotation over several sentences, said as one;
    /// null for one sentence, or when the paragraph does not hold the sentences as written.
    /// </summary>
    private static string? WholeQuotation(DraftContext context, QuoteTags.Quoted quoted)
    {
        if (quoted.Last == quoted.First)
            return null;
        var lines = context.Lines;
        var whole = string.Join(" ", Enumerable.Range(quoted.First, quoted.Last - quoted.First + 1).Select(i => lines[i].Text));
        var paragraph = context.Article.Blocks.FirstOrDefault(b => b.Number == lines[quoted.First].Sentence.Paragraph);
        return paragraph is not null && paragraph.Text.Contains(whole, StringComparison.Ordinal) && whole.Length <= MaxWholeQuotationChars ? whole : null;
    }

    /// <summary>
    /// Who a quotation with no tag goes on from: the speaker of the sentence just before it in its paragraph, or, for a
    /// paragraph that is a quotation alone, the last speaker or person in the paragraph before.
    /// </summary>
    private static string? Continued(DraftContext context, List<(Statement Statement, Line Line, int VerbEnd)> statements, int index, int run)
    {
        var lines = context.Lines;
        var paragraph = lines[index].Sentence.Paragraph;
        if (!QuoteTags.IsWholeParagraph(lines, index, run))
            return index > 0 && statements.Count > 0 && statements[^1].Line == lines[index - 1] && lines[index - 1].Sentence.Paragraph == paragraph
                ? statements[^1].Statement.Speaker
                : null;
        var previous = lines.Take(index).LastOrDefault(l => l.Sentence.Paragraph < paragraph)?.Sentence.Paragraph;
        return statements.LastOrDefault(s => s.Line.Sentence.Paragraph == previous).Statement?.Speaker ?? QuoteTags.LastPersonBefore(context, index);
    }

    /// <summary>
    /// "Most ships are old, says Jo Roe of X": after a comma the verb comes first and its speaker after it. A
    /// sentence opening on the words of others ('People "want ...", says X') is left to the quotation tags.
    /// </summary>
    private static bool IsInverted(Line line, int verbStart) =>
        line.Text[..verbStart].TrimEnd().EndsWith(',') && !char.IsUpper(line.Text[verbStart])
        && line.Text.AsSpan(0, verbStart).IndexOfAny("\"\u201C") is not (>= 0 and < QuoteOpeningChars)
        && !DescribedSubject(line, verbStart);

    /// <summary>
    /// "Jo Roe, a former prosecutor, says the mayor ...": a name opening the sentence with only its description set off
    /// by commas before the verb is the one who speaks, so the name after the verb is spoken of.
    /// </summary>
    private static bool DescribedSubject(Line line, int verbStart)
    {
        if (line.Mentions.FirstOrDefault(m => m.Start == line.Words[0].Start && !m.Possessive) is not { } opening
            || !line.Text.AsSpan(opening.End).StartsWith(","))
            return false;
        var described = line.Text[(opening.End + 1)..verbStart].TrimEnd().TrimEnd(',');
        return described.Split(',').All(part => DescriptionOpener().IsMatch(part));
    }

    [GeneratedRegex(@"^\s*(?:an?|the|his|her|their|its|one|\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionOpener();

    /// <summary>The person the inverted tag names past their descriptors, else a name right after the verb.</summary>
    private static string? InvertedSpeaker(DraftContext context, Line line, int verbEnd)
    {
        if (TagSpeakers.Person(context, line, verbEnd) is { } person)
            return person;
        var mention = line.Mentions.Where(m => m.Start >= verbEnd).MinBy(m => m.Start);
        return mention is not null && !mention.Possessive && HonorificGap().IsMatch(line.Text[verbEnd..mention.Start]) ? mention.Actor : null;
    }

    [GeneratedRegex(@"^\s+(?:\p{Lu}\p{Ll}{1,3}\.?\s+)?$")]
    private static partial Regex HonorificGap();

    /// <summary>"According to the minister Ana Ruiz, ...": the last name before the comma is the source.</summary>
    private static (string Actor, int End)? AccordingTo(Line line)
    {
        var match = AccordingOpener().Match(line.Text);
        if (!match.Success)
            return null;
        var comma = ClauseMarks.NextComma(line.Text, match.Index + match.Length);
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
