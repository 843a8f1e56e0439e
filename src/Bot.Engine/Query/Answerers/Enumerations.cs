using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Sentences that enumerate ("A, B and C", "blackmailed, arrested and tortured", "A, B, or C", "including A and B"):
/// where a list the article gives without announcing it stands, for a question asking for one that no list fact answers.
/// </summary>
internal static partial class Enumerations
{
    /// <summary>How many sentences after the one saying the question's words a list may run on into, within its paragraph.</summary>
    public const int FollowingSentences = 2;

    /// <summary>Whether the sentence holds a series of three or more items joined by commas and a last "and" or "or", or names items after "including".</summary>
    public static bool Enumerates(string text) => Series().IsMatch(text) || Included().IsMatch(text);

    private static bool Enumerates(IndexedSentence sentence) => Enumerates(sentence.Sentence.Text);

    /// <summary>
    /// Whether a series or an "including" list in the text is one of a kind: a word of the kind stands inside it or at most
    /// <paramref name="reach"/> words before it ("ports of Alat, Lorvik and Hale", "buyers – notably X and Y"); a list
    /// of other things further on in the sentence is not.
    /// </summary>
    public static bool EnumeratesKind(string text, Func<string, bool> isKind, int reach) =>
        Series().Matches(text).Concat(Included().Matches(text)).Any(m =>
            Text.Tokenizer.Tokens(text[..m.Index]).TakeLast(reach).Concat(Text.Tokenizer.Tokens(m.Value)).Any(isKind));

    /// <summary>
    /// The sentence best answering a list question that holds a series, if one says enough of the question's words.
    /// Only sentences that say the words are tried, so the pattern runs on a few of them.
    /// </summary>
    public static IndexedSentence? Best(Turn t) =>
        t.Q.Residual.Count == 0 ? null : Ranker.BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: Enumerates);

    /// <summary>
    /// A list the article announces in one sentence and gives in the next ("... the hybrid war Russia wages." "That
    /// includes disinformation, false news and cyber-attacks."): the sentence best saying the question's words and the
    /// one or two after it in its paragraph that go on from it, when one of those enumerates.
    /// </summary>
    public static IReadOnlyList<IndexedSentence>? Run(Turn t)
    {
        if (t.Q.Residual.Count == 0 || Ranker.BestSentence(t, minimumCover: RankingPolicy.EnoughWords) is not { } first)
            return null;
        var run = new List<IndexedSentence> { first };
        for (var next = t.Index.Beside(first, 1); next is not null && run.Count <= FollowingSentences && next.SameParagraphAs(first) && GoesOn(t, next);
             next = t.Index.Beside(next, 1))
            run.Add(next);
        return run.Skip(1).Any(Enumerates) ? run : null;
    }

    /// <summary>
    /// A list the article announces and then tells sentence by sentence ("Troubles remain at home. The press is muzzled.
    /// Dissidents are jailed."): the sentence best saying the question's words, when it names no items itself, and the
    /// sentences after it in its paragraph, each an item, until one names a series of others (<see cref="ListsOthers"/>).
    /// </summary>
    public static IReadOnlyList<IndexedSentence>? Announced(Turn t)
    {
        if (t.Q.Residual.Count == 0 || Ranker.BestSentence(t) is not { } first || Enumerates(first))
            return null;
        var run = new List<IndexedSentence> { first };
        for (var next = t.Index.Beside(first, 1); next is not null && run.Count <= ItemSentences && next.SameParagraphAs(first)
             && !ListsOthers(t, next); next = t.Index.Beside(next, 1))
            run.Add(next);
        return run.Count > 1 ? run : null;
    }

    /// <summary>How many sentences after an announcing sentence a list told sentence by sentence is read from.</summary>
    private const int ItemSentences = 3;

    /// <summary>
    /// A sentence naming a series of others that says nothing of what the question names or asks ("Six were arrested.
    /// Holm, Vik and Dahl deny any part."): it ends a list told after an announcing sentence. A series of things
    /// ("... with state control of the media, harassment of journalists and a foreign agent law") goes on telling it.
    /// </summary>
    internal static bool ListsOthers(Turn t, IndexedSentence sentence) =>
        Enumerates(sentence) && NamesSeries(sentence.Sentence.Text) && !GoesOn(t, sentence);

    /// <summary>Whether a sentence's series is one of names ("Holm, Vik and Dahl"): a capitalised word among its items.</summary>
    public static bool NamesSeries(string text) =>
        (Series().Match(text) is { Success: true } series && Capitalised().IsMatch(series.Value))
        || (Included().Match(text) is { Success: true } included && Capitalised().IsMatch(included.Value));

    /// <summary>
    /// A sentence that goes on from the one before: it opens with a word pointing back to it, or it enumerates and
    /// speaks of what the question names or asks.
    /// </summary>
    internal static bool GoesOn(Turn t, IndexedSentence sentence) =>
        Continuing().IsMatch(sentence.Sentence.Text)
        || ((t.Q.Entities.Any(sentence.Mentioned.Contains) || t.Q.Residual.Any(sentence.Stems.Contains)) && Enumerates(sentence));

    // Two or more short items after the first, each closed by a comma, then "and"/"or" within a few words
    // ("A, B, C and D", "A, B, and C"); or one item of up to three words before "and"/"or" ("A, B and C").
    // A comma inside a number ("1,000") parts no items.
    [GeneratedRegex(@"(?<!\d), (?:(?:[^,;:()“”""]{1,50}, )+(?:[\w’'-]+ ){0,3}|[\w’'-]+(?: [\w’'-]+){0,2} )(?:and|or) \w")]
    private static partial Regex Series();

    // "10% of its territory, including Karelia and half of Lake Ladoga": items named after a word announcing examples.
    [GeneratedRegex(@"\b(?:including|such as|notably|among them) [^.;:]{1,80}? (?:and|or) \w")]
    private static partial Regex Included();

    [GeneratedRegex(@"\b\p{Lu}")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"^[“""]?(?:That|This|These|Those|They|It|Its|Their|Such|Also|And|Plus|But|Other|Others|Another|Among|Besides|Moreover|Furthermore|In addition)\b")]
    private static partial Regex Continuing();
}
