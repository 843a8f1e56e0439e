using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// Questions about the sentence the last answer showed: "when was that?", "for which years is this money?",
/// "and what share of them would accept it?" ask of what was just read, not of the article at large.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The sentence the last answer showed is what is meant when the question names nothing new and either singles
    /// out a thing the sentence speaks of ("that interview", "this money") or points back with every word of its
    /// own in the sentence. A "when" of a sentence with no date may be dated by a sentence beside it telling of the same event.
    /// </summary>
    private static ParsedQuestion? OnLastSentence(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Mentions.Any(m => m.Pronoun is null) || !AsksOfASentence(q))
            return null;
        return OnSentenceShown(q, state, index);
    }

    /// <summary>
    /// <see cref="OnLastSentence"/> past its first test, apart so that the lambdas below are made only for questions
    /// that get this far: most do not.
    /// </summary>
    private static ParsedQuestion? OnSentenceShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        // "for which years is this money?": the thing singled out is in the sentence shown, or in the one the last answer's
        // fact was drawn from (or, after questions the article didn't answer, the one read before them), in its words or others meaning the same ("that poll" of "surveyed"), and so is every other
        // word but the one tying what is asked to it ("carried out"). "That organization" is an actor, found as one; "that guy's job"
        // singles out someone the sentence does not name.
        var demonstrated = DemonstratedWords(q).ToList();
        if (demonstrated.Count > 0)
        {
            if ((LastRead(state, index) ?? state.ReadBeforeUnanswered) is not { } drawn)
                return null;
            // "that figure" of a sentence giving a number is the number, not a person of note.
            bool Figure(string w) => Vocabulary.FigureNouns.Contains(w) && AmountCheck.HoldsAmount(drawn.Sentence.Text);
            bool Shows(string w) => index.CoversLoosely(drawn.Stems, w) || (AmountCheck.IsMoneyWord(w) && AmountCheck.GivesMoney(drawn.Sentence.Text)) || Figure(w);
            // "that source of income" of a sentence about money: the thing in words the sentence does not use.
            if (!demonstrated.Any(Shows))
                return OfWhatWasRestated(q, index, drawn);
            if (!demonstrated.All(w => (Figure(w) || !EntityKinds.EntityWords.Contains(w)) && Shows(w)))
                return null;
            var own = q.Residual.Where(w => !demonstrated.Contains(w)).ToList();
            // "who reported that figure?" asks whom the sentence shown has it from, not a later sentence reporting something.
            var meant = q.Intent is Intent.Who or Intent.WhoSaid && own.All(Vocabulary.SourcingVerbs.Contains) ? drawn : ToldJustAfter(q, index, drawn, own) ?? drawn;
            return own.Count(w => !Holds(q, index, meant, w)) <= RankingPolicy.OwnWordsAboutShown
                ? q with { ContextSentence = AsksWhen(q) ? Dated(index, meant) : meant }
                : null;
        }
        // "who is saying this?" after an answer told in other words (an explanation, a summary): who says the sentence it was drawn from.
        var shown = state.LastSentence ?? (q.Intent is Intent.WhoSaid && state.LastFact is { } told ? AnswererTable.OwnWords(index, told) : null);
        // "which decision was he talking about?" of a sentence reporting his words: what they were about is in them.
        var ofSpeaker = shown is not null && SpeaksInShown(q, state, index, shown);
        if (shown is null || !q.Tokens.AnyIn(PointingWords)
            || !q.Residual.All(w => Holds(q, index, shown, w) || (ofSpeaker && Vocabulary.ReferringVerbs.Contains(w))))
            return null;
        switch (q.Intent)
        {
            // A dated fact answers "when" itself.
            case Intent.When when state.LastFact is { } last && Ranker.DateOf(last.Fact) is not null:
                return null;
            case Intent.When:
                return q with { ContextSentence = Dated(index, shown) };
            // "who said that?" of a sentence that reports no one saying anything asks who holds the view it gives, elsewhere.
            case Intent.WhoSaid when !Text.Tokenizer.Tokens(shown.Sentence.Text).Any(Vocabulary.HoldingVerbs.Contains):
                return null;
            case Intent.Who or Intent.WhoSaid:
                return index.Linker.MentionedIn(shown.Sentence.Text, actorsOnly: true).Count > 0 ? q with { ContextSentence = shown } : null;
            // "and what share of them would accept it?": something else the sentence says, in its words; "what's that
            // guy's job?" asks about a person, not the sentence.
            default:
                return q.Residual.Count > 0 && (ofSpeaker || !q.Mentions.Any(m => m.Pronoun is "male" or "female")) ? q with { ContextSentence = shown } : null;
        }
    }

    /// <summary>
    /// "The council cares most about money." then "where did that money use to come from?": the sentence shown names the
    /// thing but not what is asked of it, and the one after it does ("In the past most of it came from tolls."). The first
    /// of the few sentences after the one shown, in its paragraph, that holds every word the question asks of the thing;
    /// null when the sentence shown holds them itself or none after it does.
    /// </summary>
    private static IndexedSentence? ToldJustAfter(ParsedQuestion q, KnowledgeIndex index, IndexedSentence shown, IReadOnlyList<string> asked)
    {
        if (asked.All(w => Holds(q, index, shown, w)))
            return null;
        for (var offset = 1; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (asked.All(w => Holds(q, index, next, w)))
                return next;
        }
        return null;
    }

    /// <summary>
    /// Whether "he" or "she" stands for someone the sentence shown reports saying something, and the question asks what
    /// their words were about ("what was she referring to?").
    /// </summary>
    private static bool SpeaksInShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index, IndexedSentence shown) =>
        q.Residual.AnyIn(Vocabulary.ReferringVerbs)
        && q.Mentions.FirstOrDefault(m => m.Pronoun is "male" or "female") is { Pronoun: { } pronoun }
        && Referents(pronoun, state, index) is [var speaker, ..] && shown.Mentioned.Contains(speaker)
        && Text.Tokenizer.Tokens(shown.Sentence.Text).Any(Vocabulary.HoldingVerbs.Contains);

    /// <summary>
    /// "why?" after a sentence that gives its own reason ("... slashed, as a result of ..."): the reason is in what was
    /// just read. Not after a "why" answer, where "why?" again asks the reason behind the reason.
    /// </summary>
    private static IndexedSentence? ReasonShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index) =>
        q.Intent is Intent.Why && state.LastIntent is not Intent.Why && state.LastSentence is { } shown && WhyAnswerer.GivesReason(shown)
        && q.Residual.All(w => Holds(q, index, shown, w)) ? shown : null;

    /// <summary>The sentence the last answer showed, or the one its fact was drawn from when it told it in other words.</summary>
    private static IndexedSentence? LastRead(ConversationState state, KnowledgeIndex index) =>
        state.LastSentence ?? (state.LastFact is { } fact ? AnswererTable.OwnWords(index, fact) : null);

    /// <summary>"when was it?", "when exactly was that report published?": a date is asked, whatever the intent read.</summary>
    public static bool AsksWhen(ParsedQuestion q) => q.Intent is Intent.When || q.Tokens is ["when", ..];

    /// <summary>What one sentence can answer: not a yes or no, a reason, or something of the article as a whole.</summary>
    private static bool AsksOfASentence(ParsedQuestion q) => q.Intent is Intent.General or Intent.Who or Intent.WhoSaid or Intent.When
        or Intent.List or Intent.Count or Intent.Source or Intent.SpeakerSaid;

    /// <summary>
    /// The sentence itself when it gives a date; else the one beside it in its paragraph that does and tells of the same
    /// event ("... targeted the border guards" dated by "... attacked the border guards' website on July 15").
    /// </summary>
    private static IndexedSentence Dated(KnowledgeIndex index, IndexedSentence shown)
    {
        if (GivesDate(shown))
            return shown;
        var content = shown.Stems.Where(s => !Vocabulary.Stopwords.Contains(s)).ToHashSet(StringComparer.Ordinal);
        return index.Sentences.Where(s => s != shown && s.SameParagraphAs(shown) && GivesDate(s))
            .Select(s => (Sentence: s, Shared: s.Stems.Distinct().Count(content.Contains)))
            .Where(s => s.Shared >= RankingPolicy.SameEventWords).OrderByDescending(s => s.Shared).Select(s => s.Sentence).FirstOrDefault() ?? shown;
    }

    private static bool GivesDate(IndexedSentence sentence) => DateText.Find(Text.Tokenizer.Tokens(sentence.Sentence.Text)) is not null;

    private static readonly HashSet<string> AmountStems = Vocabulary.Stems([.. Vocabulary.AmountAttributes]);

    /// <summary>
    /// Whether the sentence says the word, by the index's synonyms, or gives what it names: a word of money ("this money")
    /// any sum, a word asking an amount ("what share") any number, a kind of actor ("which countries") one of that kind.
    /// What is asked for ("place", "date") the answer's checks see to.
    /// </summary>
    private static bool Holds(ParsedQuestion q, KnowledgeIndex index, IndexedSentence sentence, string stem) =>
        index.Covers(sentence.Stems, stem) || Vocabulary.AskedForStems.Contains(stem)
        || (AmountCheck.IsMoneyWord(stem) && AmountCheck.GivesMoney(sentence.Sentence.Text))
        || (q.AsksAmount && AmountStems.Contains(stem) && !AmountCheck.IsMoneyWord(stem) && AmountCheck.HoldsAmount(sentence.Sentence.Text))
        || (EntityKinds.EntityWords.Contains(stem) && sentence.Mentioned.Any(id => index.Find(id) is { IsActor: true } e && EntityKinds.OfKind(e, stem)));

    /// <summary>The stems of the words a pointing word singles out: "interview" in "that interview".</summary>
    private static IEnumerable<string> DemonstratedWords(ParsedQuestion q)
    {
        for (var i = 1; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i - 1] is "that" or "this" or "those" or "these" && !Vocabulary.Stopwords.Contains(q.Tokens[i]))
                yield return Text.Stemmer.Stem(q.Tokens[i]);
        }
    }
}
