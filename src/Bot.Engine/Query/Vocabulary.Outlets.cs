namespace Bot.Engine.Query;

/// <summary>Words for the outlets that publish what people say: "which newspaper", "the Reuters news agency".</summary>
internal static partial class Vocabulary
{
    /// <summary>Words naming an outlet, which may also be part of a name the article gives ("the newspaper editor").</summary>
    public static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "newspaper", "paper", "outlet", "publication", "publisher", "site", "website", "magazine", "journal", "broadcaster", "channel",
    };

    /// <summary>Nouns a sentence names an outlet with, after its name ("the Daily Tide newspaper", "the Alder news agency").</summary>
    public static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "newspaper", "paper", "outlet", "publication", "site", "website", "magazine", "journal", "broadcaster", "channel", "agency", "daily",
        "weekly", "radio", "television", "tv", "news", "newswire", "wire", "blog", "podcast",
    };
}
