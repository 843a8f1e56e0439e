using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Who speaks a quotation, read from the tag news writing puts after it: '"...," says Jo Bloggs', '"...," she told
/// reporters'. The tag may close a later sentence of the same quotation, and a pronoun in it stands for the last
/// person named before the quotation, as does a paragraph that is a quotation alone.
/// </summary>
internal static partial class QuoteSpeaker
{
    /// <summary>How many sentences back a pronoun's person may have been named.</summary>
    private const int PronounReach = 4;

    /// <summary>
    /// The speaker's name as the article gives it ("a surgeon" for one it only describes), else null when no tag names or
    /// points at one.
    /// </summary>
    public static string? Of(KnowledgeIndex index, IndexedSentence sentence)
    {
        var paragraph = index.Sentences.Where(s => s.Article == sentence.Article && s.Sentence.Paragraph == sentence.Sentence.Paragraph).ToList();
        // The tag closes this sentence or a later one of the quotation; else the quotation goes on after an earlier one
        // ('"A," says X. "B."'), when this sentence opens with it: one quoting after words of its own ('Jo Bloggs went so
        // far as to declare that "..."') is no one else's quotation going on.
        var at = paragraph.IndexOf(sentence);
        var earlier = OpensWithQuotation(sentence) ? paragraph.Take(at).Reverse() : [];
        foreach (var said in paragraph.Skip(at).Concat(earlier))
        {
            if (Tag().Match(said.Sentence.Text) is not { Success: true } tag)
                continue;
            // '"...," insists a surgeon': a speaker the article describes without naming is who said it, as described.
            if (tag.Groups["unnamed"].Success)
                return tag.Groups["unnamed"].Value;
            var who = tag.Groups["name"].Success ? tag.Groups["name"].Value : tag.Groups["after"].Value;
            return who.ToLowerInvariant() is "he" or "she" or "they" ? PersonBefore(index, sentence, who.ToLowerInvariant()) : NameOf(index, who);
        }
        // A paragraph that is only a quotation, with no tag, goes on with the speaker just before it, else the person named there.
        if (!OpensWithQuotation(paragraph[0]) || paragraph[^1].Sentence.Text.TrimEnd() is not [.., '"' or '”'])
            return null;
        var sentences = index.Sentences.Where(s => s.Article == sentence.Article).ToList();
        var first = sentences.IndexOf(paragraph[0]);
        return (first > 0 && sentences[first - 1].Sentence.Paragraph != paragraph[0].Sentence.Paragraph && Tag().IsMatch(sentences[first - 1].Sentence.Text)
            ? Of(index, sentences[first - 1]) : null) ?? PersonBefore(index, paragraph[0], "they");
    }

    private static bool OpensWithQuotation(IndexedSentence sentence) => sentence.Sentence.Text.TrimStart() is ['"' or '“', ..];

    /// <summary>A name the article's people know by, in full; else the name as written.</summary>
    private static string NameOf(KnowledgeIndex index, string written) =>
        index.Linker.MentionedIn(written, actorsOnly: true).FirstOrDefault(id => index.Find(id)?.IsPerson == true) is { } id ? index.NameOf(id) : written;

    /// <summary>
    /// The first person named in the nearest sentence before the quotation that names one and fits the pronoun (not
    /// one named inside the quotation itself).
    /// </summary>
    private static string? PersonBefore(KnowledgeIndex index, IndexedSentence sentence, string pronoun)
    {
        var sentences = index.Sentences.Where(s => s.Article == sentence.Article).ToList();
        var at = sentences.IndexOf(sentence);
        for (var i = at - 1; i >= 0 && i >= at - PronounReach; i--)
        {
            var tokens = Text.Tokenizer.Tokens(Text.TextNormalizer.Clean(sentences[i].Sentence.Text), lowercase: false);
            var person = index.Linker.Link(tokens).SelectMany(m => m.Candidates.Take(1)).Select(index.Find)
                .FirstOrDefault(e => e is { IsPerson: true } && (pronoun is "they" || e.Gender is null || e.Gender == (pronoun is "he" ? "male" : "female")));
            if (person is not null)
                return person.Name;
        }
        return null;
    }

    /// <summary>Verbs of a quotation's tag, past and present: '"...," she said', '"...," insists a surgeon'.</summary>
    private const string TagVerbs = "says|said|told|adds|added|complained|wrote|warned|argued|insisted|explained|noted|stressed|recalled|claimed|asked|continued|replied|shouted|snapped|admitted|vowed|insists|warns|argues|explains|notes|claims|asks|replies|admits|recalls|complains|writes|stresses";

    /// <summary>
    /// A closing quotation mark, then "says X", "X said", "she told ...", "shouted one activist, a man named X", or
    /// "insists a surgeon" ending the tag.
    /// </summary>
    [GeneratedRegex(@"[""”’]\s*,?\s*(?:(?<name>(?:[Hh]e|[Ss]he|[Tt]hey)|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (?:" + TagVerbs + @")|(?:" + TagVerbs + @") (?:(?:\p{Ll}[\p{L}-]* ){0,3}(?:(?:\p{Ll}[\p{L}-]*,? ){0,6}named )?(?<after>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})|(?<unnamed>(?:a|an|one|the) (?:\p{Ll}[\p{L}-]* ){0,3}\p{Ll}[\p{L}-]*)\s*[.,;]))")]
    private static partial Regex Tag();
}
