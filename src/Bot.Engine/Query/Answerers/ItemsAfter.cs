using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// A sentence that only announces what it speaks of ("Beyond the capital, the region harbours several disputes.",
/// "Its allies came to its aid.") is followed by the things themselves: an answer resting on it goes on with the
/// sentences after it in its paragraph, or, when it closes its paragraph, with the next one if that points back to it
/// ("This success set the tone ..."). One ending on a colon ("Officials agreed to the following:") goes on with the
/// paragraphs after it, where the items stand one to a paragraph.
/// </summary>
internal static partial class ItemsAfter
{
    /// <summary>How many sentences after the announcing one an answer goes on with.</summary>
    public const int Sentences = 3;

    /// <summary>
    /// The reply with the sentences after the one it rests on, when that one names no items of its own; a list
    /// question's answer always, any other only when the sentence announces a number of things ("several disputes").
    /// </summary>
    public static Reply Extend(Turn t, Reply reply, bool asksForItems)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || reply.Answer.Evidence.Count == 0
            || Resting(t.Index, reply.Answer.Evidence[^1]) is not { } last || Enumerations.Enumerates(last.Sentence.Text))
            return reply;
        var opensList = OpensList(t, reply, last);
        if (!(asksForItems || Announces(last.Sentence.Text) || opensList))
            return reply;
        var following = (opensList ? ListedBelow(last) : Following(t, last).Select(s => (s.Sentence.Text, Replies.Evidence(s))))
            .Where(s => !reply.Answer.Evidence.Any(e => e.Quote == s.Text)).ToList();
        if (following.Count == 0)
            return reply;
        var answer = new AnswerBuilder();
        answer.Add(reply.Answer.Text);
        foreach (var (text, evidence) in following)
        {
            if (!answer.Add(text, evidence))
                break;
        }
        var built = answer.Build(reply.Answer.Status);
        return reply with { Answer = reply.Answer with { Text = built.Text, Evidence = [.. reply.Answer.Evidence, .. built.Evidence] } };
    }

    /// <summary>
    /// The sentences after one in its paragraph, up to <see cref="Sentences"/>; for the last of a paragraph, the next
    /// paragraph's when it opens by pointing back, or when the sentence announces a number of things: news writing gives
    /// what "a set of divisive laws" closing one paragraph speaks of in the next ("Recently, parliament passed ..."),
    /// unless it gives them itself ("several leaders, such as ..."). A series of names saying nothing of the question ends them, as it lists others.
    /// </summary>
    private static List<IndexedSentence> Following(Turn t, IndexedSentence sentence)
    {
        var index = t.Index;
        var run = new List<IndexedSentence>();
        var next = index.Beside(sentence, 1);
        if (next is not null && !next.SameParagraphAs(sentence)
            && !(next.Sentence.Paragraph == sentence.Sentence.Paragraph + 1 && (PointsBack().IsMatch(next.Sentence.Text) || (Announces(sentence.Sentence.Text) && !GivesExamples().IsMatch(sentence.Sentence.Text)))))
            return run;
        for (var paragraph = next?.Sentence.Paragraph; next is not null && run.Count < Sentences && next.Sentence.Paragraph == paragraph && next.InBody
             && !Enumerations.ListsOthers(t, next); next = index.Beside(next, 1))
            run.Add(next);
        return run;
    }

    /// <summary>
    /// Whether an answer that gives no items of its own rests on a sentence closing its paragraph on a colon: what it
    /// announces follows, whatever was asked ("what did they agree?" is answered by "they agreed to the following:").
    /// </summary>
    public static bool OpensList(Turn t, Reply reply, IndexedSentence last) =>
        !(reply.Fact?.Fact is Model.ListFact { Items: [var first, ..] } && reply.Answer.Text.Contains(first, StringComparison.Ordinal)) && EndsOnColon(last) && t.Index.Beside(last, 1) is { } next && !next.SameParagraphAs(last);

    private static bool EndsOnColon(IndexedSentence sentence) => sentence.Sentence.Text.TrimEnd().EndsWith(':');

    /// <summary>
    /// The paragraphs after one announcing a list, an item to each, up to <see cref="ListedParagraphs"/>: each one's first
    /// sentence, or the whole of a bullet too short to make one. When the first is marked as an item ("- ", "1. "), only
    /// as long as the marks go on; a heading ends them.
    /// </summary>
    private static List<(string Text, Model.Evidence Evidence)> ListedBelow(IndexedSentence sentence)
    {
        var article = sentence.Article.Article;
        var items = new List<(string Text, Model.Evidence Evidence)>();
        foreach (var block in article.Blocks.Where(b => b.Number > sentence.Sentence.Paragraph))
        {
            var text = block.Sentences.Count > 0 ? block.Sentences[0].Text : block.Text.Trim();
            var marked = ItemMark().IsMatch(text);
            if (items.Count == ListedParagraphs || (block.Kind != Model.BlockKind.Body && !marked) || (items.Count > 0 && ItemMark().IsMatch(items[0].Text) && !marked))
                break;
            if (text.Length > 0)
                items.Add((text, new Model.Evidence(article.Id, block.Number, text)));
        }
        return items;
    }

    /// <summary>A bullet or a number opening an item of a list ("- ", "\u2022 ", "2. ", "3) ").</summary>
    [GeneratedRegex(@"^\s*(?:[-\u2022*\u2013]\s|\d{1,2}[.)]\s)")]
    private static partial Regex ItemMark();

    /// <summary>How many paragraphs after a sentence ending on a colon an answer goes on with, one item to each.</summary>
    private const int ListedParagraphs = 6;

    /// <summary>The article's sentence an evidence quotes from.</summary>
    public static IndexedSentence? Resting(KnowledgeIndex index, Model.Evidence evidence) =>
        evidence.Quote.Length == 0 ? null : index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal));

    /// <summary>Whether a sentence speaks of a number of things without naming them ("numerous disputes", "two of its three prongs").</summary>
    public static bool Announces(string text) => Quantity().IsMatch(text);

    [GeneratedRegex(@"\b(?:several|numerous|many|various|multiple|a (?:number|series|range|host|handful|set|raft|slew) of|a few \w+s\b|the following\b|(?:two|three|four|five|six|seven|eight|nine|ten) (?:of|\w+s)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    /// <summary>"such as", "including": a sentence naming some of what it announces.</summary>
    [GeneratedRegex(@"\b(?:such as|including|notably|among them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesExamples();

    [GeneratedRegex(@"^[“""]?(?:This|These|That|Those|Such|It|They|Since then|By then)\b")]
    private static partial Regex PointsBack();
}
