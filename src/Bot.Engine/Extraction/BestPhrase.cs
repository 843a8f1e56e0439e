namespace Bot.Engine.Extraction;

/// <summary>The most telling phrase found so far for an actor's role or a topic's description, and the sentence it came from.</summary>
internal sealed class BestPhrase(Line line, string quote)
{
    public string? Text { get; private set; }
    public int Rank { get; private set; }
    public Line Line { get; private set; } = line;
    public string Quote { get; private set; } = quote;

    /// <summary>Takes the phrase when it outranks the one held; the first of equal rank stays.</summary>
    public void Offer(string text, int rank, Line line, string quote)
    {
        if (rank <= Rank || text.Length == 0)
            return;
        Rank = rank;
        Text = char.ToUpperInvariant(text[0]) + text[1..];
        Line = line;
        Quote = quote;
    }

    /// <summary>Adds a further detail to the phrase held, keeping its rank and the sentence it came from.</summary>
    public void Add(string detail)
    {
        if (Text is not null)
            Text = $"{Text}; {detail}";
    }
}
