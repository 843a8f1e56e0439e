using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Questions no cue word places: the best-fitting fact about the first name, else the best sentence.</summary>
internal static class GeneralAnswerer
{
    public static Reply General(Turn t)
    {
        var q = t.Q;
        if (q.Entities.Count > 0 && q.Residual.Count == 0 && q.Date is null)
            return PersonsView(t) is { } view ? Replies.FromSentence(t, view) : WhoAnswerer.Describe(t, q.Entities);
        if (q.Date is not null && q.Entities.Count == 0 && q.Residual.Count == 0)
            return TimeAnswerer.OnDate(t);
        if (!q.HasSubject)
            return Replies.Unknown(t, "I couldn't find a question about the article in that.");
        // The first name in the question is its subject: a fact that leaves it out does not answer.
        // Who a person named in the question is (their role and bio) may answer it too ("where is the author based?").
        var ranked = Rank(t, t.Index.Facts.Where(f => f.Fact is not Actor || q.Entities.Contains(f.Fact.Id)),
            keep: s => Fits(s, q) && (q.Entities.Count == 0 || s.Fact.EntityWeight(q.Entities[0]) > 0));
        if (ranked.Count > 0 && q.Residual.Count > 0)
            return Replies.Report(t, ranked, max: 1, preferTypes: false);
        // "what did X do in June?": of the sentences about X, one giving the month asked.
        var sentence = (q.Date is { } asked ? BestSentence(t, accept: s => DateText.Find(Text.Tokenizer.Tokens(s.Sentence.Text)) is { } given && DateText.Agrees(given, asked)) : null)
            ?? BestSentence(t) ?? GoingOnAbout(t);
        return sentence is null ? Replies.Unknown(t, "The article doesn't say.") : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// "Who is Ann Vey?" then "how much has her firm grown?": a paragraph goes on about whom it named first ("Ann Vey
    /// runs a bakery. Its staff has doubled since May."), so a sentence there may tell of someone the question carries
    /// from the conversation without naming them again.
    /// </summary>
    private static IndexedSentence? GoingOnAbout(Turn t) =>
        t.Q.Entities.Count > 0 && t.Q.Entities.All(id => !Pipeline.ContextResolver.NamedIn(t.Q, id)) ? BestSentence(t, namedEarlier: true) : null;

    /// <summary>
    /// "Ann Vey's assessment of Borduria's role", "according to Jo Bloggs, what would Ruritania do next?": a question
    /// asking a person's view of something else it names, in no words the article uses, is answered by the person's
    /// own sentence naming it, not by who each of them is.
    /// </summary>
    private static IndexedSentence? PersonsView(Turn t)
    {
        var q = t.Q;
        if (q.Entities.Count < 2 || !q.Tokens.Any(w => w == "according" || Vocabulary.OpinionWords.Contains(w) || Vocabulary.AppraisalWords.Contains(w))
            || q.Entities.FirstOrDefault(t.IsPerson) is not { } person)
            return null;
        return HeldSentences.Best(t, person, [.. q.Entities.Where(id => id != person)]);
    }

    /// <summary>A fact (else a sentence) holding every content word of the question and about its first name, if there is one.</summary>
    public static Reply? Closest(Turn t)
    {
        var q = t.Q;
        if (q.Residual.Count == 0)
            return null;
        var fact = Rank(t, t.Index.Facts.Where(f => f.Fact is not Actor),
            keep: s => s.WordCover >= RankingPolicy.AllWords && Fits(s, q) && (q.Entities.Count == 0 || s.Fact.EntityWeight(q.Entities[0]) > 0)).FirstOrDefault();
        if (fact is not null)
            return Replies.Report(t, [fact], max: 1, preferTypes: false);
        // The author's bio or the footer may share a why question's words, but only the body tells why.
        bool Tells(IndexedSentence s) => q.Intent is not Pipeline.Intent.Why || s.InBody;
        if (BestSentence(t, minimumCover: RankingPolicy.AllWords, accept: Tells) is { } sentence)
            return Replies.FromSentence(t, sentence);
        // A sentence holding three or more of the question's words, all of them, may call what is named "this project".
        return q.Residual.Count >= 3 && q.Entities.Count > 0 && BestSentence(t.With(q with { Entities = [] }), minimumCover: RankingPolicy.AllWords, accept: Tells) is { } unnamed
            ? Replies.FromSentence(t, unnamed) : null;
    }
}
