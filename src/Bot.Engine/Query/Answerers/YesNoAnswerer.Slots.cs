using System.Runtime.CompilerServices;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.ClaimSlots;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Yes/no claims whose name or number the article gives otherwise: "opened in Ruritania?" of "opened in Borduria",
/// "three times?" of "twice". A sentence saying the rest of the claim with another name or number in the slot answers no,
/// where the claim's words alone found nothing; and a yes from a sentence that fills a slot otherwise is a no.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>The reply judged again by the claim's slots: a yes or a "doesn't say" that a sentence filling a slot otherwise makes a no.</summary>
    private static Reply BySlots(Turn t, Reply reply)
    {
        var said = reply.Answer.Text;
        if (reply.Answer.Status == AnswerStatus.Answered && said.StartsWith("Yes", StringComparison.Ordinal))
        {
            // The evidence may quote the start of a long sentence only: the sentence shown is the one that holds it.
            var sentence = reply.Answer.Evidence.FirstOrDefault() is { } evidence ? t.Index.SentenceShown(evidence, said) : null;
            return sentence is not null && SlotsOf(t) is { Count: > 0 } slots && RefilledIn(t, slots, AnchoringWordsBySlot(t.Index, slots), sentence) is { } refill && ClearlyAnother(refill)
                && RestSaid(t, RestOf(t, refill.Slot), sentence, confirmed: true) > 0
                ? SentenceReply("No. The article says", sentence)
                : reply;
        }
        return reply.Answer.Status == AnswerStatus.Unknown && (OtherInSlot(t) ?? OtherFiller(t)) is { } other ? other : reply;
    }

    /// <summary>
    /// Whether a sentence that said the claim puts something plainly other in its slot: a number, an office or a linked name
    /// sharing no word with the claim's ("Tavush province" for "Armenia's Tavush province" is the same place, "World War"
    /// may be the claim's "WWII").
    /// </summary>
    private static bool ClearlyAnother(Refill refill) =>
        (refill.Other.Kind != UnitKind.Name || refill.Other.Id is not null)
        && !refill.Slot.Units.Any(u => u.Key.Split(' ').Intersect(refill.Other.Key.Split(' '), StringComparer.Ordinal).Any(w => w.Length > 1));

    /// <summary>
    /// "did they open the plant in Ruritania?" where no sentence says so: the sentence saying most of the rest of the claim
    /// that puts another name or number in one of its slots answers no. Null when none does.
    /// </summary>
    internal static Reply? OtherInSlot(Turn t)
    {
        var slots = SlotsOf(t);
        if (slots.Count == 0)
            return null;
        // A sentence saying none of the claim's other words says too little of it for any slot: skipped before reading its slots.
        var rest = t.Q.Residual.Where(w => !t.Q.ForeignStems.Contains(w)).Concat(slots.Select(s => KnownHead(t, s)).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        // Nor can a sentence holding no word or name that anchors a slot fill one: most are passed over unread, by this
        // check first, as it only looks words up.
        var bySlot = AnchoringWordsBySlot(t.Index, slots);
        var anchoring = bySlot.SelectMany(words => words).ToHashSet(StringComparer.Ordinal);
        // What each slot leaves of the claim, worked out once a slot rather than once a sentence that fills it.
        var restBySlot = new Dictionary<Slot, ClaimRest>(ReferenceEqualityComparer.Instance);
        IndexedSentence? best = null;
        var bestShare = 0.0;
        foreach (var sentence in t.Index.Sentences)
        {
            if (!Anchored(t.Index, anchoring, sentence) || !SaysAny(t.Index, sentence.Stems, rest) || RefilledIn(t, slots, bySlot, sentence) is not { } refill)
                continue;
            if (!restBySlot.TryGetValue(refill.Slot, out var slotRest))
                restBySlot[refill.Slot] = slotRest = RestOf(t, refill.Slot);
            if (RestSaid(t, slotRest, sentence) is var share && share > bestShare)
                (best, bestShare) = (sentence, share);
        }
        return best is null ? null : SentenceReply("No. The article says", best);
    }

    /// <summary>The slot's head (<see cref="Slot.Head"/>) when it is a word the articles use.</summary>
    private static string? KnownHead(Turn t, Slot slot) => slot.Head is { } head && t.Index.Knows(head) ? head : null;

    /// <summary>Whether the stems say any of the words, loosely. A loop: it runs for every sentence of every claim checked.</summary>
    private static bool SaysAny(KnowledgeIndex index, string[] stems, List<string> words)
    {
        foreach (var word in words)
        {
            if (index.CoversLoosely(stems, word))
                return true;
        }
        return false;
    }

    /// <summary>The words anchoring each slot (<see cref="AnchoringWordsOf"/>), slot by slot, read once a claim rather than once a sentence.</summary>
    private static List<HashSet<string>> AnchoringWordsBySlot(KnowledgeIndex index, List<Slot> slots) =>
        slots.ConvertAll(slot => AnchoringWordsOf(slot, index.SynonymStems));

    /// <summary>Whether the sentence holds an anchoring word or name of any slot (<see cref="AnchoringWordsBySlot"/>): without one it fills no slot.</summary>
    private static bool Anchored(KnowledgeIndex index, HashSet<string> anchoring, IndexedSentence sentence)
    {
        // Loops rather than lambdas, over the smaller set: this runs for every sentence of every claim checked.
        var anchors = ReadingOf(index, sentence).Anchors;
        var (few, many) = anchoring.Count <= anchors.Count ? (anchoring, anchors) : (anchors, anchoring);
        foreach (var anchor in few)
        {
            if (many.Contains(anchor))
                return true;
        }
        return false;
    }

    /// <summary>The claim's slots: its names (linked, capitalised, or known as names though typed in lowercase) and numbers.</summary>
    private static List<Slot> SlotsOf(Turn t)
    {
        var q = t.Q;
        // "did X ever go to Y?", "was Z also asked?": a claim that adds to what is so is not gainsaid by what else is.
        // A claim is a sentence's worth of words: a longer text is no claim to read slot by slot.
        if (q.Tokens.Count > MaxClaimTokens || q.Tokens.AnyIn(Vocabulary.AddingWords))
            return [];
        var tokens = Text.Tokenizer.Tokens(q.Text, lowercase: false);
        var mentions = tokens.Count == q.Tokens.Count ? q.Mentions : t.Index.Linker.Link(tokens);
        var names = q.ForeignNames.Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var content = q.Residual.Concat(q.SetAside).Concat(q.ForeignStems).ToHashSet(StringComparer.Ordinal);
        // A user may type a name in lowercase: a linked actor is a name however typed, when its words are the actor's own.
        bool IsName(Mention m) => char.IsUpper(tokens[m.Start][0])
            || (t.Index.Find(m.Candidates[0]) is { IsActor: true } actor && actor.NameStems.Contains(Text.Stemmer.Stem(tokens[m.Start + m.Length - 1].ToLowerInvariant())));
        // "is X a member of Y?" says what X is, which may be many things: another name or office the article gives does not gainsay it.
        // "were they based in Y?", "was it held in Y?" say what was done, in one place as any other claim does; and so does
        // "was X's talk with Y?", "is the road to link X with Y?": a name a preposition places is where, with whom, the thing was.
        var slots = Slots(tokens, Units(tokens, mentions, names, IsName), content);
        return Vocabulary.Copulas.Contains(q.Tokens[0]) && !q.Tokens.Skip(1).Any(Pipeline.IntentRecognizer.IsPastForm)
            ? slots.ConvertAll(s => s.Units[0].Kind != UnitKind.Number && !Placed(tokens, s) ? s with { Open = true } : s)
            : slots;
    }

    /// <summary>
    /// Whether a preposition other than one of belonging ("a member of", "among") stands right before the slot, or before
    /// the article opening it: "with [Ruritania]", "in the [Borduria]". Not when the claim says what its subject is, one
    /// of many ("an exile in [Ruritania]"): such a claim is no more gainsaid by another name than "a member of" is.
    /// </summary>
    private static bool Placed(IReadOnlyList<string> tokens, Slot slot)
    {
        var at = slot.Units[0].Start - 1;
        for (var k = 0; k < at; k++)
        {
            if (tokens[k].ToLowerInvariant() is "a" or "an")
                return false;
        }
        if (at > 0 && tokens[at].ToLowerInvariant() is "the" or "a" or "an")
            at--;
        return at >= 0 && tokens[at].ToLowerInvariant() is var word && Extraction.NewsWords.Prepositions.Contains(word) && !BelongingPrepositions.Contains(word);
    }

    /// <summary>Prepositions that say what a thing is part or one of, which may be many things at once.</summary>
    private static readonly HashSet<string> BelongingPrepositions = new(StringComparer.Ordinal) { "of", "among", "amongst" };

    /// <summary>How many tokens a claim may have and still be read slot by slot.</summary>
    private const int MaxClaimTokens = 40;

    /// <summary>A sentence's stems, names and numbers, read once: every claim is checked against the same sentences.</summary>
    private static readonly ConditionalWeakTable<IndexedSentence, SentenceReading> Readings = [];

    /// <summary>A sentence's units and stems, with its stems and linked names in one set (<see cref="Anchored"/>).</summary>
    private sealed record SentenceReading(List<Unit> Units, List<string> Stems)
    {
        public HashSet<string> Anchors { get; } = [.. Stems, .. Units.Select(u => u.Id).OfType<string>()];
    }

    /// <remarks>Looked up before a reading is built: building one needs the index, caught in a closure made for every call.</remarks>
    private static SentenceReading ReadingOf(KnowledgeIndex index, IndexedSentence sentence) => Readings.TryGetValue(sentence, out var known) ? known : ReadAfresh(index, sentence);

    /// <summary>The sentence read and remembered; apart from <see cref="ReadingOf"/>, whose every call would otherwise make the lambda, read or not.</summary>
    private static SentenceReading ReadAfresh(KnowledgeIndex index, IndexedSentence sentence) => Readings.GetValue(sentence, s =>
    {
        var text = s.Sentence.Text;
        var tokens = Text.Tokenizer.Tokenize(text, lowercase: false);
        var units = Units(tokens, index.Linker.LinkText(text), new HashSet<string>(), m => char.IsUpper(tokens[m.Start][0]));
        return new SentenceReading(units, tokens.ConvertAll(w => Text.Stemmer.Stem(w.ToLowerInvariant())));
    });

    /// <summary>The slot of the claim the sentence fills with another name or number, if any.</summary>
    private static Refill? RefilledIn(Turn t, IReadOnlyList<Slot> slots, IReadOnlyList<IReadOnlySet<string>> anchoring, IndexedSentence sentence)
    {
        var index = t.Index;
        var text = sentence.Sentence.Text;
        var (units, stems) = ReadingOf(index, sentence);
        // A name the sentence leaves to "he" or "it" is said when its paragraph named it before.
        bool Said(Unit u) => units.Any(x => Same(u, x)) || (u.Id is { } id
            ? sentence.Mentioned.Contains(id) || NamedBefore(index, sentence, id)
            : text.Contains(u.Key, StringComparison.OrdinalIgnoreCase));
        // A person's or a state's place is filled by another person or state; a name no article uses may be of any kind.
        bool SameKind(Unit claimed, Unit given) => (claimed.Id is null ? null : index.Find(claimed.Id)?.Kind) is not { } kind
            || (given.Id is not null && index.Find(given.Id)?.Kind == kind);
        return Refilled(slots, anchoring, stems, units, Said, index.CoversWord, SameKind);
    }

    /// <summary>The claim's words and names besides a slot's own: what a sentence filling the slot otherwise must say the rest of.</summary>
    private sealed record ClaimRest(List<string> Words, List<string> Names);

    private static ClaimRest RestOf(Turn t, Slot slot)
    {
        var own = slot.Units.SelectMany(u => Words.ContentStems(u.Key)).ToHashSet(StringComparer.Ordinal);
        // Words no article uses are the claim's own details, which no sentence says: the rest is what the article can say.
        var words = t.Q.Residual.Distinct(StringComparer.Ordinal).Where(w => !own.Contains(w) && !t.Q.ForeignStems.Contains(w)).ToList();
        // A name's head ("prize") is a word of the claim the sentence filling its slot should say too.
        if (KnownHead(t, slot) is { } head && !words.Contains(head))
            words.Add(head);
        var names = t.Q.Entities.Where(e => !slot.Units.Any(u => u.Id == e)).ToList();
        return new ClaimRest(words, names);
    }

    /// <summary>
    /// The share of the claim's other words and names the sentence says: at least <see cref="RankingPolicy.SlotRestShare"/>,
    /// else 0. "The bill would target buyers of X" goes on about the Senate bill the sentence before it in its paragraph
    /// named: words that sentence says count too, though the sentence itself must say one.
    /// </summary>
    /// <remarks>
    /// A sentence the verdict already found saying the claim (<paramref name="confirmed"/>) needs say only one word of the
    /// rest and half of it: "signed off by X's president?" has but one word beside its slot and a law it names in other words.
    /// </remarks>
    private static double RestSaid(Turn t, ClaimRest rest, IndexedSentence sentence, bool confirmed = false)
    {
        var index = t.Index;
        var before = index.Beside(sentence, -1) is { } previous && previous.SameParagraphAs(sentence) ? previous : null;
        var saidWords = 0;
        var saidBefore = 0;
        foreach (var word in rest.Words)
        {
            if (index.CoversLoosely(sentence.Stems, word))
                saidWords++;
            else if (before is not null && index.CoversLoosely(before.Stems, word))
                saidBefore++;
        }
        var said = saidWords + saidBefore;
        foreach (var name in rest.Names)
        {
            if (sentence.Mentioned.Contains(name) || NamedBefore(index, sentence, name))
                said++;
        }
        var share = (double)said / Math.Max(1, rest.Words.Count + rest.Names.Count);
        return saidWords > 0 && (confirmed ? share >= RankingPolicy.ConfirmedSlotRestShare : said >= RankingPolicy.SlotRestWords && share >= RankingPolicy.SlotRestShare) ? share : 0;
    }

    /// <summary>Whether a sentence before this one in its paragraph names the entity.</summary>
    private static bool NamedBefore(KnowledgeIndex index, IndexedSentence sentence, string id)
    {
        for (var before = index.Beside(sentence, -1); before is not null && before.SameParagraphAs(sentence); before = index.Beside(before, -1))
        {
            if (before.Mentioned.Contains(id))
                return true;
        }
        return false;
    }
}
