using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// <see cref="Covers"/>, or a general synonym or a word of the family of the word is among the stems: for checking a claim against
    /// the fact already chosen, where a paraphrase ("guardedly hopeful") must still count as saying it.
    /// </summary>
    public bool CoversLoosely(ICollection<string> stems, string stem) =>
        _looseCover.Value.Covers(stems, stem) is { } known ? known
            : Covers(stems, stem) || (ThesaurusStems.TryGetValue(stem, out var general) && AnyIn(stems, general)) || SaysAnyOf(stems, RelatedStems(stem));

    /// <summary>
    /// Whether the stems say the word itself, a synonym the annotation gives, or a word of its family, not only a
    /// general synonym: a thesaurus word may stand for another sense ("concludes that" for "finish").
    /// </summary>
    public bool CoversClosely(ICollection<string> stems, string stem) => Covers(stems, stem) || SaysAnyOf(stems, RelatedStems(stem));

    /// <summary>
    /// Which of the index's facts hold a claim word, and which say it or its opposite (<see cref="FactsSaying"/>), found once
    /// for the word: a yes/no claim is checked word by word against every fact that may answer it.
    /// </summary>
    public FactsSaying Saying(string stem) => _looseCover.Value.Saying(stem);

    /// <summary>The fact's place among the index's facts, or -1 for a fact made while answering.</summary>
    public int NumberOf(IndexedFact fact) =>
        fact.Number >= 0 && fact.Number < Facts.Count && ReferenceEquals(Facts[fact.Number], fact) ? fact.Number : -1;

    private readonly Lazy<LooseCover> _looseCover;

    /// <summary>
    /// Which of the index's own facts and sentences cover a word loosely, one bit each, worked out from those holding each
    /// stem: checking a yes/no claim asks it of every fact and sentence for every word, and a word's synonyms may be many.
    /// Built on first use, when the facts and sentences are complete; their stems do not change after.
    /// </summary>
    private sealed class LooseCover
    {
        private readonly KnowledgeIndex _index;
        private readonly StemBits _facts;
        private readonly StemBits _sentences;

        /// <summary>The facts holding, saying or gainsaying each word, remembered as the words covered are.</summary>
        private readonly TextMemo<FactsSaying> _saying = new(StemBits.MaxWords, StemBits.MaxWordLength);

        public LooseCover(KnowledgeIndex index)
        {
            _index = index;
            _facts = new StemBits(index, index.Facts.ConvertAll(f => (ICollection<string>)f.Stems));
            _sentences = new StemBits(index, index.Sentences.ConvertAll(s => (ICollection<string>)s.Stems));
        }

        /// <summary>Whether the stems of one of the index's facts or sentences cover the word loosely; null for stems of neither.</summary>
        public bool? Covers(ICollection<string> stems, string stem) => _facts.Covers(stems, stem) ?? _sentences.Covers(stems, stem);

        public FactsSaying Saying(string stem) => _saying.GetOrAdd(stem, static (word, self) => self.SayingOf(word), this);

        private FactsSaying SayingOf(string stem)
        {
            var holding = _facts.Empty();
            _facts.Add(holding, stem);
            var saying = (ulong[])_facts.CoveringOf(stem).Clone();
            foreach (var opposite in Vocabulary.OppositesOf(stem))
                _facts.Add(saying, opposite);
            if (Vocabulary.StanceStems.Contains(stem))
            {
                for (var number = 0; number < _index.Facts.Count; number++)
                {
                    if (_index.Facts[number].Fact is Position)
                        saying[number >> 6] |= 1UL << number;
                }
            }
            return new FactsSaying(_index, stem, holding, saying);
        }
    }

    /// <summary>Which of a fixed list of stem collections (known by reference) cover each word loosely, one bit a collection.</summary>
    private sealed class StemBits
    {
        public const int MaxWords = TextMemo.WorkingSet;
        public const int MaxWordLength = 64;

        private readonly KnowledgeIndex _index;
        private readonly int _count;
        private readonly Dictionary<ICollection<string>, int> _numbers = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, List<int>> _holding = new(StringComparer.Ordinal);

        /// <summary>The collections covering each word, remembered, as questions share their words; bounded, as the words are users'.</summary>
        private readonly TextMemo<ulong[]> _covering = new(MaxWords, MaxWordLength);

        public StemBits(KnowledgeIndex index, List<ICollection<string>> collections)
        {
            _index = index;
            _count = collections.Count;
            for (var number = 0; number < collections.Count; number++)
            {
                _numbers.TryAdd(collections[number], number);
                foreach (var stem in collections[number])
                {
                    if (!_holding.TryGetValue(stem, out var numbers))
                        _holding[stem] = numbers = [];
                    numbers.Add(number);
                }
            }
        }

        public bool? Covers(ICollection<string> stems, string stem) =>
            _numbers.TryGetValue(stems, out var number) ? FactsSaying.Has(CoveringOf(stem), number) : null;

        public ulong[] Empty() => new ulong[(_count + 63) / 64];

        public ulong[] CoveringOf(string stem) => _covering.GetOrAdd(stem, static (word, self) => self.Covering(word), this);

        private ulong[] Covering(string stem)
        {
            var bits = Empty();
            Add(bits, stem);
            if (_index.SynonymStems.TryGetValue(stem, out var synonyms))
            {
                foreach (var synonym in synonyms)
                    Add(bits, synonym);
            }
            if (_index.ThesaurusStems.TryGetValue(stem, out var general))
            {
                foreach (var other in general)
                    Add(bits, other);
            }
            foreach (var kin in _index.RelatedStems(stem))
                Add(bits, kin);
            return bits;
        }

        public void Add(ulong[] bits, string stem)
        {
            if (!_holding.TryGetValue(stem, out var numbers))
                return;
            foreach (var number in numbers)
                bits[number >> 6] |= 1UL << number;
        }
    }
}

/// <summary>
/// The facts of an index that hold a word, and those that say or gainsay it: loosely (<see cref="KnowledgeIndex.CoversLoosely"/>),
/// by one of its opposites, or, for a stance word ("support"), a position by its stance. One bit a fact, by its number;
/// a fact made while answering is read directly.
/// </summary>
internal sealed class FactsSaying(KnowledgeIndex index, string stem, ulong[] holding, ulong[] sayingOrGainsaying)
{
    /// <summary>Whether the fact's stems hold the word itself.</summary>
    public bool Holds(IndexedFact fact) => index.NumberOf(fact) is var number and >= 0 ? Has(holding, number) : fact.Stems.Contains(stem);

    /// <summary>Whether the fact says the word, loosely, or says its opposite.</summary>
    public bool SaysOrGainsays(IndexedFact fact)
    {
        if (index.NumberOf(fact) is var number and >= 0)
            return Has(sayingOrGainsaying, number);
        if (index.CoversLoosely(fact.Stems, stem) || (fact.Fact is Position && Vocabulary.StanceStems.Contains(stem)))
            return true;
        foreach (var opposite in Vocabulary.OppositesOf(stem))
        {
            if (fact.Stems.Contains(opposite))
                return true;
        }
        return false;
    }

    public static bool Has(ulong[] bits, int number) => (bits[number >> 6] & (1UL << number)) != 0;
}
