using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "who said 'X'": the sentence holding the quoted words (exactly, else most of their words in one
/// sentence), and whoever the model says spoke there, or the author when it is the article's own voice.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>A sentence holding this share of the quoted words (rarity-weighted) is taken as the quote misremembered.</summary>
    public const double FuzzyCover = 0.7;

    /// <param name="exactly">Only words the article holds as they stand: they answer whatever else the question says.</param>
    public static Reply? Find(Turn t, bool exactly = false)
    {
        if (t.Q.Quoted is not { } quoted)
            return null;
        var pieces = quoted.Split(" … ");
        var sentence = Exact(t.Index, pieces) ?? (exactly ? null : Fuzzy(t.Index, string.Join(' ', pieces)));
        if (sentence is null)
            return exactly ? null : Replies.Unknown(t, $"The article doesn't contain the words \"{AnswerBuilder.Shorten(quoted, 60)}\".");
        return Answer(t, [sentence], pieces[0]);
    }

    /// <summary>
    /// The sentences holding the words asked about (one, or two of a quotation running on), with whoever spoke them:
    /// <paramref name="firstPiece"/> is the start of the words as they stand in the first sentence, when known.
    /// </summary>
    public static Reply Answer(Turn t, IReadOnlyList<IndexedSentence> said, string? firstPiece)
    {
        var sentence = said[0];
        var fact = SpeakerFact(t.Index, sentence);
        var answer = new AnswerBuilder();
        // Whoever the model says spoke there; else the one the quotation's tag names ('"...," she says'); else the actor
        // just before the quoted words, who did or said them.
        var speaker = fact?.Fact is Statement s ? t.Index.NameOf(s.Speaker)
            : QuoteSpeaker.Of(t.Index, sentence) ?? (firstPiece is not null && Subject(t.Index, sentence, firstPiece) is { } subject ? t.Index.NameOf(subject) : null);
        var text = string.Join(' ', said.Select(x => x.Sentence.Text));
        answer.Add(speaker is not null
            ? $"{Replies.Capitalize(speaker)}, as the article reports: \"{text}\""
            : $"Those are the article's own words{AuthorOf(sentence)}: \"{text}\"", Replies.Evidence(sentence));
        if (fact is not null)
            Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        Suggestions.Defaults(answer);
        return fact is null ? Replies.Answered(answer) : Replies.Facts(answer, fact, []);
    }

    /// <summary>Who the article says spoke a sentence: the speaker of a statement quoting it, else the one its tag names.</summary>
    public static string? SpeakerName(KnowledgeIndex index, IndexedSentence sentence) =>
        SpeakerFact(index, sentence)?.Fact is Statement s ? index.NameOf(s.Speaker) : QuoteSpeaker.Of(index, sentence);

    private static string AuthorOf(IndexedSentence sentence) =>
        sentence.Article.Article.Author is { } author ? $" (by {author})" : "";

    /// <summary>The sentence holding every quoted piece word for word.</summary>
    private static IndexedSentence? Exact(KnowledgeIndex index, IReadOnlyList<string> pieces)
    {
        var wanted = pieces.Select(Words.Stems).Where(w => w.Count > 0).ToList();
        return wanted.Count == 0 ? null : index.Sentences.FirstOrDefault(s => wanted.All(w => Holds(s.Stems, w)));
    }

    private static bool Holds(string[] stems, List<string> wanted)
    {
        for (var i = 0; i + wanted.Count <= stems.Length; i++)
        {
            var all = true;
            for (var j = 0; j < wanted.Count && all; j++)
                all = stems[i + j] == wanted[j];
            if (all)
                return true;
        }
        return false;
    }

    /// <summary>The last person named before the quoted words in the sentence (else the last actor): who did or said them.</summary>
    private static string? Subject(KnowledgeIndex index, IndexedSentence sentence, string firstPiece)
    {
        var text = sentence.Sentence.Text;
        var at = text.IndexOf(firstPiece, StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
            return null;
        var before = Text.Tokenizer.Tokens(Text.TextNormalizer.Clean(text[..at]), lowercase: false);
        string? actor = null;
        for (var start = before.Count - 1; start >= 0; start--)
        {
            var named = index.Linker.MentionedIn(string.Join(' ', before.Skip(start)), actorsOnly: true);
            if (named.FirstOrDefault(id => index.Find(id)?.IsPerson == true) is { } person)
                return person;
            actor ??= named.FirstOrDefault();
        }
        return actor;
    }

    private static IndexedSentence? Fuzzy(KnowledgeIndex index, string quoted)
    {
        var wanted = Words.ContentStems(quoted).Distinct().ToList();
        var total = wanted.Sum(index.Idf);
        if (total <= 0)
            return null;
        IndexedSentence? best = null;
        double bestCover = FuzzyCover;
        foreach (var sentence in index.Sentences)
        {
            var cover = wanted.Where(w => index.Covers(sentence.Stems, w)).Sum(index.Idf) / total;
            if (cover >= bestCover)
            {
                best = sentence;
                bestCover = cover;
            }
        }
        return best;
    }

    /// <summary>The statement (else position) whose quote lies in the sentence: who the model says spoke there.</summary>
    private static IndexedFact? SpeakerFact(KnowledgeIndex index, IndexedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        bool InSentence(IndexedFact f) => f.Article == sentence.Article && f.Fact.Evidence.Paragraph == sentence.Sentence.Paragraph
            && text.Contains(f.Fact.Evidence.Quote, StringComparison.Ordinal);
        // A quotation over several sentences is one statement whose quote holds each of them.
        bool Spans(IndexedFact f) => f.Article == sentence.Article && f.Fact.Evidence.Paragraph == sentence.Sentence.Paragraph
            && f.Fact.Evidence.Quote.Contains(text, StringComparison.Ordinal);
        return index.FactsOf<Statement>().FirstOrDefault(InSentence) ?? index.FactsOf<Statement>().FirstOrDefault(Spans) ?? index.FactsOf<Position>().FirstOrDefault(InSentence);
    }
}
