namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The words a claim's yes or no is read in: a fact's own text, or the sentence an answer shows for it, with quoted
/// speech left out (the speaker's negations are not the fact's).
/// </summary>
internal sealed record Reading(string Plain, IReadOnlyList<string> PlainStems, IReadOnlySet<string> NegationStems)
{
    public static Reading Of(IndexedFact fact) => new(fact.PlainText ?? Words.WithoutQuotations(fact.Fact.Text), fact.PlainStems, fact.NegationStems);

    public static Reading Of(string text) => Whole(Words.WithoutQuotations(text));

    /// <summary>A text with its quoted speech: what a claim that someone said something is checked against.</summary>
    public static Reading Whole(string text) => new(text, Words.Stems(text), Words.NegationStems(text).ToHashSet(StringComparer.Ordinal));
}
