using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

internal static partial class TimeAnswerer
{
    /// <summary>
    /// "on what date did the first workshop open?": no dated fact says enough of the question, yet a sentence of the body
    /// giving a date does, with what the sentence before it in its paragraph names ("Joint workshops are planned in
    /// several towns. The first opened on February 13"). A caption's date is its picture's, a note on the author dates
    /// no event, and a question about a beginning ("when did X start?") needs a sentence telling one.
    /// </summary>
    private static IndexedSentence? DatedSentence(Turn t)
    {
        // "wat date was this posted": one word besides the date asked for says too little to tell which sentence dates it.
        if (t.Q.Residual.Count(w => !DateAskingStems.Contains(w)) < WordsToPlaceADate)
            return null;
        var beginning = t.Q.Residual.Any(Beginnings.Contains);
        return Ranker.BestSentence(t, RankingPolicy.SentenceCover, s => s.Article.Article.KindOf(s.Sentence.Paragraph) == BlockKind.Body
            && (!beginning || s.Stems.Any(Beginnings.Contains))
            && DateText.Find(Text.Tokenizer.Tokens(s.Sentence.Text)) is not null, namedEarlier: true);
    }

    /// <summary>How many of the question's words, besides those asking for a date, a sentence must be found by.</summary>
    private const int WordsToPlaceADate = 2;

    private static readonly HashSet<string> DateAskingStems = Vocabulary.Stems("date", "day", "year", "month", "time", "when");
}
