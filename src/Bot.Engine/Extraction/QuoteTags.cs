using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Quotations whose speaker a tag after them names ('"...," says Jo Roe.', '"...," she told the paper.'), the tag
/// closing the last sentence of a quotation that may run over several; and quotations with no tag, which go on with
/// the speaker before them ('"...," said Jo. "More words."' or a paragraph that is a quotation alone).
/// </summary>
internal static partial class QuoteTags
{
    private const int PronounReach = 6;
    private const int MaxTagSubjectWords = 5;
    private const int MaxWordsToSpeaker = 4;

    /// <summary>A sentence of a tagged quotation, who said it, the tag's verb and the sentences the quotation runs over.</summary>
    public sealed record Quoted(string Speaker, string Verb, int First, int Last);

    /// <summary>Each sentence of a tagged quotation with its speaker.</summary>
    public static Dictionary<Line, Quoted> Tagged(DraftContext context)
    {
        var tagged = new Dictionary<Line, Quoted>();
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsReporting || TagPattern().Match(lines[i].Text) is not { Success: true } tag)
                continue;
            var first = QuotationStart(lines, i);
            if (Speaker(context, lines, first, i, tag) is not { } speaker)
                continue;
            for (var j = first; j <= i; j++)
                tagged[lines[j]] = new Quoted(speaker, tag.Groups["verb"].Value.ToLowerInvariant(), first, i);
        }
        return tagged;
    }

    /// <summary>How many sentences from <paramref name="index"/> on form a quotation with no tag of its own (0 when none does).</summary>
    public static int UntaggedRun(IReadOnlyList<Line> lines, int index)
    {
        if (!Opens(lines[index].Text))
            return 0;
        for (var j = index; j < lines.Count && lines[j].Sentence.Paragraph == lines[index].Sentence.Paragraph; j++)
        {
            var text = lines[j].Text;
            if (TagPattern().IsMatch(text) || (j > index && QuoteMarks(text) > 1))
                return 0;
            if (ClosingEnd().IsMatch(text))
                return j - index + 1;
        }
        return 0;
    }

    /// <summary>Whether a run of sentences is the whole of its paragraph.</summary>
    public static bool IsWholeParagraph(IReadOnlyList<Line> lines, int index, int count) =>
        (index == 0 || lines[index - 1].Sentence.Paragraph != lines[index].Sentence.Paragraph)
        && (index + count == lines.Count || lines[index + count].Sentence.Paragraph != lines[index].Sentence.Paragraph);

    /// <summary>The last person named in the paragraph before, outside quotation marks: who a quotation alone goes on from.</summary>
    public static string? LastPersonBefore(DraftContext context, int index)
    {
        var lines = context.Lines;
        var paragraph = lines[index].Sentence.Paragraph;
        var previous = lines.Take(index).LastOrDefault(l => l.Sentence.Paragraph < paragraph)?.Sentence.Paragraph;
        return lines.Take(index).Where(l => l.Sentence.Paragraph == previous).Reverse()
            .SelectMany(l => l.Mentions.Where(m => !InsideQuotes(l.Text, m.Start)).Reverse())
            .FirstOrDefault(m => context.Actor(m.Actor).Kind == ActorKind.Person)?.Actor;
    }

    /// <summary>The first sentence of the quotation a tag closes: back over sentences with no quotation mark to the one that opens it.</summary>
    private static int QuotationStart(IReadOnlyList<Line> lines, int tagLine)
    {
        if (Opens(lines[tagLine].Text))
            return tagLine;
        for (var j = tagLine - 1; j >= 0 && lines[j].Sentence.Paragraph == lines[tagLine].Sentence.Paragraph; j--)
        {
            var marks = QuoteMarks(lines[j].Text);
            if (marks == 1 && Opens(lines[j].Text))
                return j;
            if (marks > 0)
                break;
        }
        return tagLine;
    }

    private static string? Speaker(DraftContext context, IReadOnlyList<Line> lines, int first, int tagLine, Match tag)
    {
        var line = lines[tagLine];
        var subject = tag.Groups["subject"];
        if (!subject.Success)
        {
            // '"...," says teacher Jo Roe': the first name a few words after the verb, past a country or title describing them.
            var after = tag.Groups["verb"].Index + tag.Groups["verb"].Length;
            if (TagSpeakers.Person(context, line, after) is { } person)
                return person;
            var limit = line.Words.Where(w => w.Start >= after).Take(MaxWordsToSpeaker).Select(w => w.End).DefaultIfEmpty(after).Max();
            return line.Mentions.FirstOrDefault(m => m.Start >= after && m.End <= limit && !m.Possessive)?.Actor
                ?? FirstName(context, line, after, limit) ?? NamedLater(line, after);
        }
        if (subject.Value.Split(' ').Length > MaxTagSubjectWords)
            return null;
        if (subject.Value is "he" or "she" or "He" or "She")
            return Pronoun(context, lines, first, subject.Value.Equals("he", StringComparison.OrdinalIgnoreCase) ? "male" : "female");
        return line.Mentions.FirstOrDefault(m => m.Start >= subject.Index && m.End <= subject.Index + subject.Length)?.Actor
            ?? FirstName(context, line, subject.Index, subject.Index + subject.Length);
    }

    /// <summary>'"...," shouted one marcher, a local baker named Jo Roe': the person the description goes on to name.</summary>
    private static string? NamedLater(Line line, int after) =>
        NamedBy().Match(line.Text, after) is { Success: true } named
            ? line.Mentions.FirstOrDefault(m => m.Start == named.Index + named.Length)?.Actor
            : null;

    /// <summary>"he"/"she" in a tag: the last person named before the quotation whose gender is not known to differ.</summary>
    private static string? Pronoun(DraftContext context, IReadOnlyList<Line> lines, int first, string gender)
    {
        for (var i = first - 1; i >= 0 && i >= first - PronounReach; i--)
        {
            var fits = lines[i].Mentions.LastOrDefault(m => context.Actor(m.Actor) is { Kind: ActorKind.Person } person && (person.Gender is null || person.Gender == gender));
            if (fits is not null)
                return fits.Actor;
        }
        return null;
    }

    /// <summary>'said Jo': a person named earlier in full whose first name this is.</summary>
    private static string? FirstName(DraftContext context, Line line, int from, int to)
    {
        var word = line.Words.FirstOrDefault(w => w.Start >= from && w.End <= to && w.IsCapitalized);
        if (word.Text is null)
            return null;
        var people = context.Actors.Where(a => a.Kind == ActorKind.Person && a.Name.StartsWith(word.Text + " ", StringComparison.Ordinal)).ToList();
        return people.Count == 1 ? people[0].Id : null;
    }

    public static bool IsTagVerb(string word) => TagVerb().IsMatch(word);

    private static bool Opens(string text) => text.Length > 0 && text[0] is '"' or '\u201C';

    private static int QuoteMarks(string text) => text.Count(c => c is '"' or '\u201C' or '\u201D');

    private static bool InsideQuotes(string text, int position) => QuoteMarks(text[..position]) % 2 == 1;

    /// <summary>
    /// A quotation's closing mark after its last word, then the tag: '..." says Jo Roe.', '..." she told the paper.',
    /// '..." Jo Roe, a historian, explains.' (the appositive describes the speaker, who stays the subject). A comma after
    /// the mark, as British style puts it, makes a tag only with an unnamed speaker ('“...”, said an official'):
    /// 'People “want X”, says Jo' reports the words of others.
    /// </summary>
    [GeneratedRegex(@"(?:[,?!][""\u201D]\s+(?:(?<verb>" + TagVerbs + @")\s+(?=\S)|(?<subject>[^,""\u201C\u201D]+?)(?:,\s+(?:a|an|the)\s+[^,""\u201C\u201D]+,)?\s+(?<verb>" + TagVerbs + @")\b)"
        + @"|" + OutsideComma + @"\s+(?<verb>" + TagVerbs + @")\s+(?=(?:a|an|one)\s))[^""\u201C\u201D]*$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^(?:" + TagVerbs + ")$")]
    private static partial Regex TagVerb();

    [GeneratedRegex(@"\b(?:named|called)\s+")]
    private static partial Regex NamedBy();

    [GeneratedRegex(@"[.?!…]['\u2019]?[""\u201D]$")]
    private static partial Regex ClosingEnd();

    /// <summary>A closing quotation mark with the comma after it.</summary>
    internal const string OutsideComma = @"[""\u201D],";

    internal const string TagVerbs = "says|said|adds|added|told|tells|asks|asked|explains|explained|complains|complained|recalls|recalled|"
        + "writes|wrote|insists|insisted|continues|continued|warns|warned|notes|noted|argues|argued|admits|admitted|replies|replied|"
        + "declares|declared|stresses|stressed|claims|claimed|concludes|concluded|agrees|agreed|laughs|laughed|sighs|sighed|"
        + "shouts|shouted|remembers|remembered|snaps|snapped|retorts|retorted|exclaims|exclaimed|yells|yelled|quips|quipped|"
        + "responds|responded|jokes|joked|scoffs|scoffed|protests|protested|boasts|boasted";
}
