using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class Ranker
{
    /// <summary>
    /// Which of a list of facts or sentences hold each stem, and which cover each question word: remembered, as
    /// questions share their words (bounded, as the words are users').
    /// </summary>
    private sealed class StemTable
    {
        private readonly int _count;
        private readonly Dictionary<string, List<int>> _holding = new(StringComparer.Ordinal);
        private readonly TextMemo<NumberSet> _covering = new(MaxWords, MaxWordLength);
        private readonly TextMemo<NumberSet> _coveringLoosely = new(MaxWords, MaxWordLength);
        private readonly TextMemo<NumberSet> _related = new(MaxWords, MaxWordLength);
        private readonly TextMemo<NumberSet> _saying = new(MaxWords, MaxWordLength);

        private const int MaxWords = TextMemo.WorkingSet;
        private const int MaxWordLength = 64;

        public StemTable(IReadOnlyList<IEnumerable<string>> stemsByNumber)
        {
            _count = stemsByNumber.Count;
            for (var number = 0; number < stemsByNumber.Count; number++)
            {
                foreach (var stem in stemsByNumber[number])
                {
                    if (!_holding.TryGetValue(stem, out var numbers))
                        _holding[stem] = numbers = [];
                    // A sentence may hold a stem twice.
                    if (numbers.Count == 0 || numbers[^1] != number)
                        numbers.Add(number);
                }
            }
        }

        /// <summary>The numbers holding any of the stems that cover the word, as the turn reads them.</summary>
        public NumberSet Covering(Turn t, string word) =>
            (t.Loose ? _coveringLoosely : _covering).GetOrAdd(word, static (w, a) => a.Table.Holding(CoveringStems(a.Turn, [w])[0].Select(p => p.Word)), (Table: this, Turn: t));

        /// <summary>The numbers holding a word of its family.</summary>
        public NumberSet Related(KnowledgeIndex index, string word) =>
            _related.GetOrAdd(word, static (w, a) => a.Table.Holding(a.Index.RelatedStems(w)), (Table: this, Index: index));

        /// <summary>
        /// The numbers holding the word or a word of its family: found once for a question, rather than by reading
        /// every sentence's stems for each of the question's plain names.
        /// </summary>
        public NumberSet Saying(KnowledgeIndex index, string word) =>
            _saying.GetOrAdd(word, static (w, a) => a.Table.Holding(a.Index.RelatedStems(w).Prepend(w)), (Table: this, Index: index));

        private NumberSet Holding(IEnumerable<string> stems)
        {
            var set = new NumberSet(_count);
            foreach (var stem in stems)
            {
                if (_holding.TryGetValue(stem, out var numbers))
                    set.AddRange(numbers);
            }
            return set;
        }
    }

    /// <summary>A set of fact or sentence numbers, one bit each.</summary>
    private readonly struct NumberSet(int count)
    {
        private readonly ulong[] _bits = new ulong[(count + 63) / 64];

        public void Add(int number) => _bits[number >> 6] |= 1UL << number;

        public void AddRange(List<int> numbers)
        {
            foreach (var number in numbers)
                Add(number);
        }

        public bool Contains(int number) => (_bits[number >> 6] & (1UL << number)) != 0;
    }
}
