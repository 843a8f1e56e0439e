using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Who put out this report?", "which organisation produced the report?": news writing that rests on a report says
/// whose it is where it speaks of it ("a series authored by the Institute's researchers"), and a report is an
/// organisation's, which a person only co-authors; so the organisation the article names by the report's making
/// answers, before the outlet that published the article. An article that speaks of no report of its own is the
/// report asked about, and its own byline answers.
/// </summary>
internal static partial class ReportMaker
{
    /// <summary>How many words after a word of making its maker may be named ("authored by the Institute's researchers").</summary>
    private const int MakerReach = 6;

    /// <summary>Whether the question asks who made a report or study, whatever verb of making it uses.</summary>
    /// <remarks>
    /// Not "who co-wrote the report with Roe?" nor "who else wrote it?": a person written beside another is asked for.
    /// </remarks>
    public static bool Asks(Turn t) => MakerAskedIn.IsMatch(t.Q.Words) && !t.Q.Entities.Any(t.IsPerson) && !t.Q.Tokens.Any(w => w is "else" or "co");

    /// <summary>The organisation the article names as the report's maker, or the article's own source; null when the article names none.</summary>
    public static Reply? Answer(Turn t)
    {
        var noun = MakerAsked().Match(t.Q.Words).Groups["noun"].Value;
        var spokenOf = SpokenOf(noun);
        var spoken = t.Index.Sentences.Where(s => s.InBody && spokenOf.IsMatch(s.Sentence.Text)).ToList();
        // Of no report of its own, "this report" is the article: who wrote it is its author's to answer, and who put it out
        // its source's, when the article gives one.
        if (spoken.Count == 0)
            return Writing().IsMatch(t.Q.Words) ? null : ArticleAnswerer.Source(t) is { Answer.Status: AnswerStatus.Answered } source ? source : null;
        foreach (var sentence in spoken)
        {
            var text = sentence.Sentence.Text;
            foreach (Match making in Making().Matches(text))
            {
                var after = string.Join(' ', text[(making.Index + making.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MakerReach));
                var makers = t.Index.Linker.MentionedIn(after, actorsOnly: true).Where(id => sentence.Mentioned.Contains(id) && !t.IsPerson(id)).ToList();
                if (makers.Count == 0)
                    continue;
                var answer = new AnswerBuilder();
                answer.Add($"{Replies.Capitalize(t.Index.NameOf(makers[0]))}: \"{text}\"", Replies.Evidence(sentence));
                Suggestions.About(t, answer, makers[0]);
                return Replies.Answered(answer);
            }
        }
        return null;
    }

    /// <summary>The article speaking of one report of its own: "the report", "a new report", not "reports suggest".</summary>
    private static Regex SpokenOf(string noun) => new($@"\b(?:[Tt]he|[Aa]|[Nn]ew|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?{noun}\b(?!s)", RegexOptions.CultureInvariant);

    // Opening on who, or on which body: "what was written in the report?" asks what it says, not whose it is.
    [GeneratedRegex(@"^\W*(?:who|(?:which|what) (?:organi[sz]ation|group|body|institute|institution|agency|outfit|ngo|firm|company))\b.*\b(?:made|make|makes|produced|produce|produces|put out|puts out|wrote|write|writes|written|authored|published|publish|publishes|released|compiled|prepared|issued|behind)\b.*\b(?:the|this|that)\s+(?<noun>report|study|survey)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakerAsked();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern MakerAskedIn = new(MakerAsked());

    [GeneratedRegex(@"\b(?:wrote|write|writes|written|authored)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writing();

    [GeneratedRegex(@"\b(?:[Cc]o-?authored|[Aa]uthored|[Pp]roduced|[Cc]oproduced|[Pp]ublished|[Cc]ompiled|[Pp]repared|[Rr]eleased|[Ii]ssued|[Ww]ritten|[Cc]ommissioned)\s+by\b|\b(?:[Rr]esearchers|[Aa]nalysts|[Aa]uthors)\s+(?:at|from|of)\b")]
    private static partial Regex Making();
}
