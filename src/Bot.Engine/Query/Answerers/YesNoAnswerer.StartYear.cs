using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims of how long someone has held their place, counted from a year ("in charge since 2015?").</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "has Jo Roe run Ruritania since 2015?" of "Jo Roe, who has headed Ruritania since 2009": the sentence naming each
    /// of the claim's names that counts from a year answers it, whatever verb it counts with ("headed", "in power");
    /// another year is a no. Only a claim saying little besides its names and its year: one that claims a deed as well
    /// ("has Jo Roe jailed critics since 2015?") is checked by the deed's words, not by how long Jo Roe has been in charge.
    /// </summary>
    private static Reply? OtherStartYear(Turn t)
    {
        if (t.Q.Entities.Count == 0 || t.Q.Residual.Count > MaxWordsBesideStart || StartYear(t.Q.Tokens, ClaimStarts) is not { } asked)
            return null;
        var named = t.With(t.Q with { Date = null, Residual = [] });
        return BestSentence(named, accept: s => StartYear(Text.Tokenizer.Tokens(s.Sentence.Text), SentenceStarts) is not null) is { } sentence
            && StartYear(Text.Tokenizer.Tokens(sentence.Sentence.Text), SentenceStarts) != asked
            ? SentenceReply("No. The article says", sentence)
            : null;
    }

    /// <summary>The year a span is counted from: the one right after a word that starts it ("since 2009").</summary>
    private static int? StartYear(IReadOnlyList<string> tokens, HashSet<string> starts)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (starts.Contains(tokens[i]) && tokens[i + 1].Length == YearDigits && int.TryParse(tokens[i + 1], out var year)
                && year is >= EarliestYear and <= LatestYear)
                return year;
        }
        return null;
    }

    /// <summary>Words a claim counts a span from ("ruling from 2016"); a sentence's "from 2009 to 2012" is no span lasting till now.</summary>
    private static readonly HashSet<string> ClaimStarts = new(StringComparer.OrdinalIgnoreCase) { "since", "from" };

    private static readonly HashSet<string> SentenceStarts = new(StringComparer.OrdinalIgnoreCase) { "since" };

    /// <summary>How many words besides its names and year a claim of how long may say ("leading", "ruling the country").</summary>
    private const int MaxWordsBesideStart = 2;

    private const int YearDigits = 4;
    private const int EarliestYear = 1800;
    private const int LatestYear = 2100;
}
