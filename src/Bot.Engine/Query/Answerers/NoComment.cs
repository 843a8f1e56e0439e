namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "X did not respond to requests for comment", "X declined to comment": the article reporting that someone said
/// nothing answers what they said, or whether they said anything.
/// </summary>
internal static partial class NoComment
{
    /// <summary>The first sentence naming the actor (or one of its people) that reports them saying nothing, if any.</summary>
    public static IndexedSentence? Of(KnowledgeIndex index, string actor) =>
        index.Sentences.FirstOrDefault(s => s.InBody && DeclinedIn.IsMatch(s.Sentence.Text)
            && s.Mentioned.Any(id => id == actor || index.Find(id) is { IsPerson: true } person && person.Affiliation == actor));

    /// <summary>Whether a sentence reports someone saying nothing ("declined to comment").</summary>
    public static bool IsDeclining(string text) => DeclinedIn.IsMatch(text);

    /// <summary>
    /// Whether a claim (its tokens, joined by spaces) says someone kept silent: "refused to comment", "ignored the
    /// questions", "didn't respond", "stayed silent".
    /// </summary>
    public static bool ClaimsSilence(string tokens) => SilenceClaimed.IsMatch(tokens);

    /// <summary>The stems of the words a claim of silence is made of, which leave the rest of it as its topic.</summary>
    public static readonly HashSet<string> SilenceStems = Vocabulary.Stems(
        "refuse", "refused", "decline", "declined", "comment", "respond", "responded", "reply", "replied", "answer", "answered", "ignore",
        "ignored", "question", "questions", "request", "requests", "inquiry", "inquiries", "query", "queries", "silent", "quiet", "stay",
        "stayed", "remain", "remained", "keep", "kept", "nothing", "say", "said", "just", "simply", "entirely", "completely");

    /// <summary>Stems of a sentence reporting someone answering: telling, saying, stating, replying, writing in.</summary>
    public static readonly HashSet<string> AnsweringStems = [.. Vocabulary.SpeechVerbs, .. Vocabulary.Stems(
        "statement", "respond", "responded", "response", "reply", "replied", "answer", "answered", "wrote", "emailed", "acknowledged")];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(refus|declin)\w* to (comment|respond|answer|reply|talk|speak)\b|\bignor\w* (\w+ ){0,3}(questions?|requests?|inquir\w+|quer\w+|calls?|emails?)\b|\b(not|never|didnt|doesnt|hasnt|havent|wouldnt) (respond|reply|answer|comment)\w*|\bno comment\b|\b(stay|stayed|remain|remained|kept|keep) (silent|quiet)\b|\bsaid nothing\b")]
    private static partial System.Text.RegularExpressions.Regex SilenceClaim();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern SilenceClaimed = new(SilenceClaim());

    [System.Text.RegularExpressions.GeneratedRegex(@"\b((did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to|failed to) (immediately )?(respond|reply|comment|answer)|declined (comment|requests? for comment)|could not be reached|no comment)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Declined();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern DeclinedIn = new(Declined());
}
