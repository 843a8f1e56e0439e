using System.Runtime.CompilerServices;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// What someone thinks, wants or proposes, read from the sentences when no drafted fact says it: a sentence whose
/// view is the actor's (named just before a verb of saying or believing, "X argued"; just after a tag, "says X",
/// "according to X"; or speaking its quotation) and that says what else the question asks about.
/// </summary>
internal static class HeldSentences
{
    /// <summary>How many words before a verb of holding its holder may stand ("the EU's sanctions envoy Jo Bloggs said").</summary>
    private const int SubjectReach = 8;

    /// <summary>How many words after a tag its holder may stand ("says Jo Bloggs", "according to Jo Bloggs").</summary>
    private const int TagReach = 4;

    /// <summary>The share a name counts for when only the sentence beside it in its paragraph says it ("there", "the plan").</summary>
    private const double NearNameShare = 0.5;

    /// <summary>The actor's sentence best saying the other names and the question's words, if one says enough of them.</summary>
    public static IndexedSentence? Best(Turn t, string actor, IReadOnlyList<string> others)
    {
        var index = t.Index;
        // The words asking for a view say what is asked, not what it is about.
        var content = t.Q.Residual.Where(w => !Vocabulary.OpinionStems.Contains(w)).ToList();
        if (others.Count == 0 && content.Count == 0)
            return null;
        var weights = content.Select(index.Idf).ToList();
        var total = weights.Sum();
        var holders = Tables.GetValue(index, static i => HoldersOf(i));
        IndexedSentence? best = null;
        double bestScore = 0;
        for (var number = 0; number < index.Sentences.Count; number++)
        {
            if (!holders[number].Contains(actor))
                continue;
            var sentence = index.Sentences[number];
            var pointed = PointedBackTo(index, sentence);
            var named = Named(index, sentence, pointed, others);
            if (named < 0)
                continue;
            var said = 0.0;
            for (var i = 0; i < content.Count; i++)
            {
                if (t.Covers(sentence.Stems, content[i]))
                    said += weights[i];
                // "such demands": what the demands were, said in the sentences pointed back to, is part of what this one says.
                else if (pointed.Any(s => t.Covers(s.Stems, content[i])))
                    said += NearNameShare * weights[i];
            }
            var cover = content.Count == 0 ? 1 : total > 0 ? said / total : 0;
            // Every other name said in the sentence itself says most of what the view is about: one of the words then does.
            if (cover < RankingPolicy.EnoughWords && !(others.Count > 0 && named >= 1 && said > 0))
                continue;
            var score = named + cover;
            if (score > bestScore)
                (best, bestScore) = (sentence, score);
        }
        return best;
    }

    /// <summary>
    /// The share of the other names the sentence (or, for part, a sentence beside it or one it points back to) says; -1
    /// when one is not said near it.
    /// </summary>
    private static double Named(KnowledgeIndex index, IndexedSentence sentence, List<IndexedSentence> pointed, IReadOnlyList<string> others)
    {
        if (others.Count == 0)
            return 0;
        var sum = 0.0;
        foreach (var id in others)
        {
            if (sentence.Mentioned.Contains(id))
                sum += 1;
            else if (Beside(index, sentence).Any(s => s.Mentioned.Contains(id)) || pointed.Any(s => s.Mentioned.Contains(id)))
                sum += NearNameShare;
            else
                return -1;
        }
        return sum / others.Count;
    }

    /// <summary>How far back a sentence pointing back ("such demands") may have named what it points at.</summary>
    private const int PointingReach = 6;

    /// <summary>
    /// The sentences a sentence pointing back ("Ruritanians see such demands as non-starters", "these plans") may speak of:
    /// the earlier ones of its paragraph, and when it opens its paragraph, those of the paragraph before, which listed them.
    /// </summary>
    private static List<IndexedSentence> PointedBackTo(KnowledgeIndex index, IndexedSentence sentence)
    {
        if (!PointsBack(sentence.Sentence.Text) || index.Beside(sentence, -1) is not { } before)
            return [];
        var paragraph = before.SameParagraphAs(sentence) ? sentence : before;
        var earlier = new List<IndexedSentence>();
        for (var offset = -1; offset >= -PointingReach && index.Beside(sentence, offset) is { } s && s.SameParagraphAs(paragraph); offset--)
            earlier.Add(s);
        return earlier;
    }

    /// <summary>How many words after a verb of holding a pointing word may stand and still open what the view is of.</summary>
    private const int PointingAfterVerb = 3;

    /// <summary>
    /// Whether what the view is of points back: a pointing word ("such", "these", "this") just after a verb of holding
    /// ("see such demands as ..."), before a noun that is no time ("this year") and not "such as". One further on
    /// ("urged ..., calm among this crowd") points at something else than the view.
    /// </summary>
    private static bool PointsBack(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (Vocabulary.PointingDeterminers.Contains(words[i].ToLowerInvariant())
                && new string([.. words[i + 1].Where(char.IsLetter)]).ToLowerInvariant() is { Length: > 0 } noun && noun != "as" && !Vocabulary.IsPointedTime(noun)
                && words[Math.Max(0, i - PointingAfterVerb)..i].Any(w => Vocabulary.HoldingVerbs.Contains(w.ToLowerInvariant())))
                return true;
        }
        return false;
    }

    private static IEnumerable<IndexedSentence> Beside(KnowledgeIndex index, IndexedSentence sentence) =>
        new[] { index.Beside(sentence, -1), index.Beside(sentence, 1) }.OfType<IndexedSentence>().Where(sentence.SameParagraphAs);

    private static readonly ConditionalWeakTable<KnowledgeIndex, HashSet<string>[]> Tables = [];

    /// <summary>By sentence number, the actors whose view each sentence gives: worked out once for an index.</summary>
    private static HashSet<string>[] HoldersOf(KnowledgeIndex index) =>
        [.. index.Sentences.Select(s => Holders(index, s))];

    /// <summary>
    /// The actors named as holding the sentence's view: before a verb of holding or after a tag, else the speaker of
    /// its quotation (a sentence reporting one speaker's words can quote another's).
    /// </summary>
    internal static HashSet<string> Holders(KnowledgeIndex index, IndexedSentence sentence)
    {
        var words = sentence.Sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var holders = new HashSet<string>(StringComparer.Ordinal);
        // The state the sentence calls "the country", read once and only for a sentence whose subject says so.
        var country = new Lazy<List<string>>(() => CountrySpokenOf(index, sentence));
        for (var i = 0; i < words.Length; i++)
        {
            var word = new string([.. words[i].Where(char.IsLetter)]).ToLowerInvariant();
            // "Ukraine, he says, can ...", "“...,” she said": the pronoun is the holder, the person it stands for.
            var pronoun = i > 0 && words[i - 1].ToLowerInvariant() is "he" or "she";
            if (pronoun && (Vocabulary.HoldingVerbs.Contains(word) || Vocabulary.HolderTags.Contains(word)))
                holders.UnionWith(PronounPersons(index, sentence));
            else if (Vocabulary.HoldingVerbs.Contains(word))
                holders.UnionWith(Subject(index, country, words, i));
            if (!pronoun && Vocabulary.HolderTags.Contains(word))
                holders.UnionWith(index.Linker.MentionedIn(string.Join(' ', words.Skip(i + 1).Take(TagReach)), actorsOnly: true));
        }
        if (holders.Count == 0 && sentence.Sentence.Text.IndexOfAny(Text.QuotationMarks.Double) >= 0 && QuoteSpeaker.Of(index, sentence) is { } speaker)
            holders.UnionWith(index.Linker.MentionedIn(speaker, actorsOnly: true));
        return holders;
    }

    /// <summary>The people a sentence speaks of only by "he" or "she": the index adds the person its paragraph last named.</summary>
    private static IEnumerable<string> PronounPersons(KnowledgeIndex index, IndexedSentence sentence)
    {
        var named = index.Linker.MentionedIn(sentence.Sentence.Text);
        return sentence.Mentioned.Where(id => !named.Contains(id) && index.Find(id)?.IsPerson == true);
    }

    /// <summary>
    /// The actors named in the words before a verb, back to the clause it stands in: a comma or a word opening a
    /// clause ("that", "while") ends it once an actor is found, so "In talks with Ruritania, the envoy Jo Bloggs said"
    /// is Jo Bloggs's view, and "Jo Bloggs, the envoy, said" still is.
    /// </summary>
    private static IReadOnlySet<string> Subject(KnowledgeIndex index, Lazy<List<string>> country, string[] words, int verb)
    {
        var start = verb;
        IReadOnlySet<string> named;
        while (start > 0 && verb - start < SubjectReach)
        {
            var word = words[start - 1];
            if ((word[^1] is ',' or ';' or ':' || Vocabulary.ClauseOpeners.Contains(word.ToLowerInvariant())) && start < verb
                && (named = NamedOrDescribed(index, country, string.Join(' ', words[start..verb]))).Count > 0)
                return named;
            start--;
        }
        return NamedOrDescribed(index, country, string.Join(' ', words[start..verb]));
    }

    /// <summary>
    /// The actors the words name, the person they call by a role only that person holds ("what its envoy called ..."),
    /// and the state they call "the country" ("the country's leaders see ..."), the one the index read that sentence as
    /// speaking of.
    /// </summary>
    private static IReadOnlySet<string> NamedOrDescribed(KnowledgeIndex index, Lazy<List<string>> country, string text)
    {
        var named = index.Linker.MentionedIn(text, actorsOnly: true);
        var tokens = Text.Tokenizer.Tokens(text);
        var described = Pipeline.RoleMentions.DescribedIn(index, tokens, named).ToList();
        if (named.Count == 0 && SaysTheCountry(tokens))
            described.AddRange(country.Value);
        return described.Count == 0 ? named : new HashSet<string>(named.Concat(described), StringComparer.Ordinal);
    }

    /// <summary>The states the index read a sentence as speaking of though it names none of them: those it calls "the country".</summary>
    private static List<string> CountrySpokenOf(KnowledgeIndex index, IndexedSentence sentence)
    {
        var named = index.Linker.MentionedIn(sentence.Sentence.Text);
        return [.. sentence.Mentioned.Where(id => index.Find(id)?.Kind == Model.ActorKind.State && !named.Contains(id))];
    }

    private static bool SaysTheCountry(IReadOnlyList<string> tokens) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is "country" or "nation" && tokens[i - 1] is "the" or "this");
}
