namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The words a claim's yes or no is read in: a fact's own text, or the sentence an answer shows for it, with quoted
/// speech left out (the speaker's negations are not the fact's).
/// </summary>
internal sealed record Reading(string Plain, IReadOnlyList<string> PlainStems, IReadOnlySet<string> NegationStems)
{
    public static Reading Of(IndexedFact fact) => new(Words.WithoutQuotations(fact.Fact.Text), fact.PlainStems, fact.NegationStems);

    public static Reading Of(string text)
    {
        var plain = Words.WithoutQuotations(text);
        return new(plain, Words.Stems(plain), Words.NegationStems(plain).ToHashSet(StringComparer.Ordinal));
    }
}
