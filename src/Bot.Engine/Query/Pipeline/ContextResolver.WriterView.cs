using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The mayor blames the drought for the shortages." then "does the author buy that?", "is the article convinced by
/// that explanation?": what the writer makes of a claim it reports is told right after it, where the paragraph turns
/// ("But the reservoirs were half full all summer").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words for whoever wrote the article, or the article itself, as the one holding a view.</summary>
    private static readonly HashSet<string> WriterWords = new(Vocabulary.AuthorWords.Concat(["article", "piece", "correspondent", "reporter"]), StringComparer.Ordinal);

    private static readonly HashSet<string> WriterStems = new(WriterWords.Select(Stemmer.Stem), StringComparer.Ordinal);

    /// <summary>Words asking whether someone takes a claim to be true ("go along with" it).</summary>
    private static readonly HashSet<string> AgreeingStems = Vocabulary.Stems(
        "buy", "believe", "accept", "agree", "convinced", "persuaded", "share", "endorse", "trust", "swallow", "along");

    /// <summary>Words asking whether someone takes a claim to be false.</summary>
    private static readonly HashSet<string> DoubtingStems = Vocabulary.Stems("doubt", "dispute", "question", "challenge", "reject");

    private static readonly HashSet<string> AcceptingStems = [.. AgreeingStems, .. DoubtingStems];

    /// <summary>
    /// The yes/no question asked of the first sentence, among the few after the one read in its paragraph, that turns
    /// on "but", "yet" or "however", or of the next paragraph's opening when it sums up what went before ("All of this is
    /// premature"); null when the question is not the writer's view of what it points at, names anyone
    /// else, says more than that, or the paragraph never turns.
    /// </summary>
    private static ParsedQuestion? WhatTheWriterMakesOfIt(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.YesNo || q.Date is not null || q.Quoted is not null || !q.Tokens.AnyIn(ClaimPointers)
            || !q.Tokens.AnyIn(WriterWords) || !q.Residual.AnyIn(AcceptingStems)
            || NamesOtherThanThingOrWriter(q, index))
            return null;
        return WriterOnShown(q, state, index);
    }

    /// <summary>The rest of <see cref="WhatTheWriterMakesOfIt"/>, apart so that its lambdas are made only for questions that get this far.</summary>
    private static ParsedQuestion? WriterOnShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        var pointedAt = DemonstratedWords(q).ToHashSet(StringComparer.Ordinal);
        if (q.Residual.Count(w => !AcceptingStems.Contains(w) && !pointedAt.Contains(w) && !WriterStems.Contains(w)) > RankingPolicy.OwnWordsAboutShown
            || LastRead(state, index) is not { } shown)
            return null;
        return NextOnIt(shown, index, s => s.Stems is [var first, ..] && Vocabulary.Contrasts.Contains(first)) is { } next ? Turned(q, next) : null;
    }

    /// <summary>
    /// The first of the few sentences after the one read, in its paragraph, that <paramref name="speaksOnIt"/> accepts, or
    /// the next paragraph's opening when it speaks of what went before; null when neither comes first.
    /// </summary>
    private static IndexedSentence? NextOnIt(IndexedSentence shown, KnowledgeIndex index, Func<IndexedSentence, bool> speaksOnIt)
    {
        for (var offset = 1; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next)
                return null;
            if (!next.SameParagraphAs(shown))
                return OpensNextParagraphOnIt(shown, next) ? next : null;
            if (speaksOnIt(next))
                return next;
        }
        return null;
    }

    /// <summary>
    /// The question asked of where the writer turns on the claim: a writer turning on it does not go along with it, and
    /// doubts it; with both kinds of word, or neither, the sentence answers alone.
    /// </summary>
    private static ParsedQuestion Turned(ParsedQuestion q, IndexedSentence turn) => q with
    {
        ContextSentence = turn,
        ContextVerdict = (q.Residual.AnyIn(AgreeingStems), q.Residual.AnyIn(DoubtingStems)) switch
        {
            (true, false) => "No.",
            (false, true) => "Yes.",
            _ => null,
        },
    };

    /// <summary>Words opening a judgement of what was just told: "All of this is premature", "This is wishful thinking".</summary>
    private static readonly HashSet<string> SummingPointers = new(StringComparer.Ordinal) { "this", "that", "these", "those", "such" };

    /// <summary>Words of how much of it a judgement takes in, before "of this": "all", "none", "much".</summary>
    private static readonly HashSet<string> SummingShares = new(StringComparer.Ordinal) { "all", "none", "much", "most", "some", "of" };

    /// <summary>Whether the sentence opens the paragraph after the one shown by pointing back at it.</summary>
    private static bool OpensNextParagraphOnIt(IndexedSentence shown, IndexedSentence next) =>
        ReferenceEquals(next.Article, shown.Article) && next.Sentence.Paragraph == shown.Sentence.Paragraph + 1 && SumsUp(next);

    /// <summary>Whether the sentence opens by pointing back at what went before ("All of this ...", "Such claims ...").</summary>
    private static bool SumsUp(IndexedSentence sentence) =>
        Tokenizer.Tokens(sentence.Sentence.Text).SkipWhile(SummingShares.Contains).FirstOrDefault() is { } opener && SummingPointers.Contains(opener);

    /// <summary>"the author", or the writer's own name: the one whose view is asked, not someone else spoken of.</summary>
    private static bool NamesTheWriter(ParsedQuestion q, Mention mention, KnowledgeIndex index) =>
        (mention.Candidates.Count > 0 && mention.Candidates.All(index.IsAuthor)) || OnlyWriterWords(q.Tokens, mention);

    /// <summary>Whether the mention's words are only "the", "this" and words for the writer. A loop: it runs for every mention of many questions.</summary>
    private static bool OnlyWriterWords(IReadOnlyList<string> tokens, Mention mention)
    {
        for (var i = mention.Start; i < mention.Start + mention.Length; i++)
        {
            if (tokens[i] is not ("the" or "this") && !WriterWords.Contains(tokens[i]))
                return false;
        }
        return true;
    }

    /// <summary>Whether the question names someone, or calls someone "he" or "she", other than the writer.</summary>
    private static bool NamesOtherThanThingOrWriter(ParsedQuestion q, KnowledgeIndex index)
    {
        for (var i = 0; i < q.Mentions.Count; i++)
        {
            var m = q.Mentions[i];
            if (m.Pronoun is not "thing" && !NamesTheWriter(q, m, index))
                return true;
        }
        return false;
    }

    /// <summary>Whether the question names someone, not by a pronoun, other than the writer (<see cref="NamesTheWriter"/>).</summary>
    private static bool NamesOtherThanTheWriter(ParsedQuestion q, KnowledgeIndex index)
    {
        for (var i = 0; i < q.Mentions.Count; i++)
        {
            var m = q.Mentions[i];
            if (m.Pronoun is null && !NamesTheWriter(q, m, index))
                return true;
        }
        return false;
    }
}
