using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>The dates a text gives clause by clause, for dating a fact or sentence against a claim.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>A clause of a text that gives a year: its stems and its date.</summary>
    internal sealed record DatedClause(string[] Stems, DateQuery Date);

    /// <summary>
    /// The clauses of a text that give a year, in order. Remembered by text: a yes/no question reads the dates of every
    /// fact and sentence it weighs, and those texts are the articles' own, the same for every question.
    /// </summary>
    internal static IReadOnlyList<DatedClause> DatedClauses(string text) =>
        RememberedDatedClauses.GetOrAdd(text, static (s, _) => FindDatedClauses(s), false);

    private static DatedClause[] FindDatedClauses(string text) =>
        [.. ClauseBreak().Split(TextNormalizer.Clean(text))
            .Select(c => (Clause: c, Date: DateText.Find(Tokenizer.Tokens(c))))
            .Where(c => c.Date?.Year is not null)
            .Select(c => new DatedClause([.. Words.Stems(c.Clause)], c.Date!))];

    /// <summary>Texts whose <see cref="DatedClauses"/> are remembered (at most so many, of at most so many characters).</summary>
    private static readonly TextMemo<DatedClause[]> RememberedDatedClauses = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);
}
