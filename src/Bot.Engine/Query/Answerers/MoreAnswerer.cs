namespace Bot.Engine.Query.Answerers;

/// <summary>"tell me more": the next fact the last answer left out, else the article's next sentence.</summary>
internal static class MoreAnswerer
{
    public static Reply More(Turn t)
    {
        var state = t.State;
        if (state.More.IsEmpty)
        {
            if (state.LastFact is { } last && NextSentence(t.Index, last) is { } neighbour)
                return Replies.FromSentence(t, neighbour);
            return Replies.Unknown(t, "That's all the article says on that.");
        }
        var rest = state.More.Dequeue(out var next);
        var answer = new AnswerBuilder();
        answer.Add(next.Fact.Text, next.Fact.Evidence);
        Suggestions.Defaults(answer);
        return Replies.Facts(answer, next, rest);
    }

    /// <summary>The sentence after the last evidence: the article's own continuation of the point.</summary>
    private static IndexedSentence? NextSentence(KnowledgeIndex index, IndexedFact last)
    {
        var sentences = index.Sentences.Where(s => s.Article == last.Article).ToList();
        var quoted = sentences.FindLastIndex(s => s.Sentence.Text.Contains(last.Fact.Evidence.Quote, StringComparison.Ordinal)
            || (s.Sentence.Paragraph == last.Fact.Evidence.Paragraph && last.Fact.Evidence.Quote.Contains(s.Sentence.Text, StringComparison.Ordinal)));
        return quoted >= 0 && quoted + 1 < sentences.Count ? sentences[quoted + 1] : null;
    }
}
