using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "who said people didn't wait for ideal conditions?": the words after the verb of saying, without quotation marks, are
/// what was said as the asker remembers it. The sentence holding most of them answers, or two sentences of one paragraph
/// (a quotation runs on: '"A. B," says X'), with whoever the article gives them to.
/// </summary>
internal static class SaidWords
{
    /// <summary>Fewer content words than this say too little to be told from any other sentence using them.</summary>
    public const int MinWords = 4;

    /// <summary>How far into the question the verb of saying may stand: "who said", "who first said", "who was it that said".</summary>
    private const int VerbReach = 4;

    /// <summary>Where the words said begin in the question's tokens, for a "who said ..." with no quotation marks; else null.</summary>
    public static int? Start(ParsedQuestion q)
    {
        if (q.Intent is not Intent.WhoSaid || q.Quoted is not null || q.Tokens is not ["who", ..])
            return null;
        for (var i = 1; i < Math.Min(q.Tokens.Count, VerbReach); i++)
            if (Vocabulary.ReportingVerbs.Contains(Text.Stemmer.Stem(q.Tokens[i])))
                return q.Tokens.Skip(i + 1).Count(w => !Vocabulary.Stopwords.Contains(w)) >= MinWords ? i + 1 : null;
        return null;
    }

    /// <summary>The sentence (or two of a paragraph) saying the words, answered as a quotation found; null when none holds enough of them.</summary>
    public static Reply? Find(Turn t)
    {
        if (Start(t.Q) is not { } start)
            return null;
        var wanted = Words.ContentStems(string.Join(' ', t.Q.Tokens.Skip(start))).Distinct().ToList();
        var weights = wanted.ToDictionary(w => w, t.Index.Idf);
        var total = weights.Values.Sum();
        if (total <= 0)
            return null;
        double Cover(IEnumerable<string> stems)
        {
            var held = stems.ToHashSet();
            return wanted.Where(w => t.Index.CoversLoosely(held, w)).Sum(w => weights[w]) / total;
        }
        var sentences = t.Index.Sentences;
        (int At, double Cover) one = (-1, QuoteFinder.FuzzyCover), two = (-1, QuoteFinder.FuzzyCover);
        for (var i = 0; i < sentences.Count; i++)
        {
            var alone = Cover(sentences[i].Stems);
            if (alone >= one.Cover)
                one = (i, alone);
            // Two sentences only where each adds words the other lacks.
            if (i + 1 < sentences.Count && sentences[i].SameParagraphAs(sentences[i + 1])
                && Cover(sentences[i].Stems.Concat(sentences[i + 1].Stems)) is var both && both >= two.Cover
                && both > alone && both > Cover(sentences[i + 1].Stems))
                two = (i, both);
        }
        if (one.At >= 0 && one.Cover >= two.Cover)
            return QuoteFinder.Answer(t, [sentences[one.At]], null);
        return two.At < 0 ? null : QuoteFinder.Answer(t, [sentences[two.At], sentences[two.At + 1]], null);
    }
}
