namespace Bot.Engine.Query;

/// <summary>Words asking what came of something, or what was given back for it, and the words an answer says it in.</summary>
internal static partial class Vocabulary
{
    // Declared before the phrases that hold them: static fields are set in the order they are written.
    private static readonly string[] OutcomeWords =
        ["eventually", "ultimately", "finally", "managed", "succeeded", "later", "subsequently", "afterwards", "since", "ended", "end", "outcome", "result", "resulted"];

    private static readonly string[] ExchangeWords = ["return", "exchange", "turn", "reward", "rewarded", "compensation", "compensate"];

    private static readonly string[] ReplyWords =
        ["reply", "replied", "replies", "respond", "responded", "responds", "response", "retort", "retorted", "answered", "countered", "turn"];

    /// <summary>"what did X do after the battle?": words asking what followed what the question names.</summary>
    public static readonly HashSet<string> AfterWords = new(StringComparer.Ordinal) { "after", "afterwards", "since", "subsequently" };

    /// <summary>
    /// Phrases asking how something turned out after what the article reports ("did they end up signing?", "what
    /// happened after this article?"), each with the words an answer telling the outcome says it in.
    /// </summary>
    public static readonly (string Asked, string[] Told)[] SequelPhrases =
    [
        ("end up", OutcomeWords), ("ends up", OutcomeWords), ("ended up", OutcomeWords), ("ending up", OutcomeWords),
        ("later on", OutcomeWords), ("after this article", OutcomeWords), ("after the article", OutcomeWords),
        ("since this article", OutcomeWords), ("since the article", OutcomeWords), ("what happened next", OutcomeWords),
        ("what happened after", OutcomeWords), ("what happened afterwards", OutcomeWords), ("what happened later", OutcomeWords),
        // "what did X offer in return?", "what did Y say in reply?": what was given back, which an answer says as an exchange.
        ("in return", ExchangeWords), ("in exchange", ExchangeWords), ("in reply", ReplyWords),
    ];

    /// <summary>
    /// Verbs asking what a meeting or talks settled or brought about ("what did they agree on?", "what did the talks
    /// produce?"); "came out of" asks it too.
    /// </summary>
    public static readonly HashSet<string> SettlementAsked = new(StringComparer.Ordinal) { "agree", "agreed", "produce", "produced", "yield", "yielded" };

    /// <summary>Words an answer telling what a meeting settled or brought about says it in: "agreed", "a deal", "signed", "pledged".</summary>
    public static readonly HashSet<string> SettlementTold = Stems(
        "agree", "agreed", "agreement", "deal", "accord", "treaty", "pact", "memorandum", "declaration", "communique", "sign", "signed", "initialed",
        "initialled", "pledge", "pledged", "commit", "committed", "commitment", "decide", "decided", "decision", "settle", "settled", "result",
        "resulted", "outcome", "produce", "produced", "yield", "yielded", "led", "consensus", "approve", "approved", "adopt", "adopted");
}
