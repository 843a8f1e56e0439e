namespace Bot.Engine.Text;

/// <summary>Splits a paragraph into sentences, not breaking after common abbreviations or initials.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx",
    };

    /// <summary>
    /// Longest sentence kept whole, several times the longest a news article writes: text that never ends a sentence
    /// (a transcript, a list run together) is cut into pieces this long, or drafting it takes minutes.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\'' or ')' or '\u201D' or '\u2019')
                end++;
            if (end < paragraph.Length && !(char.IsWhiteSpace(paragraph[end]) && StartsSentence(paragraph, end)))
                continue;
            if (paragraph[i] == '.' && IsAbbreviation(paragraph, start, i))
                continue;
            AddTrimmed(sentences, paragraph[start..end]);
            start = end;
            i = end - 1;
        }
        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool StartsSentence(string text, int from)
    {
        var j = from;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
            j++;
        return j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '(' or '\'');
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
            wordStart--;
        var word = text[wordStart..dot];
        // A single capital letter is an initial ("J. Smith").
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        while (trimmed.Length > MaxSentenceLength)
        {
            var cut = trimmed.LastIndexOf(' ', MaxSentenceLength);
            if (cut <= 0)
                cut = char.IsHighSurrogate(trimmed[MaxSentenceLength - 1]) ? MaxSentenceLength - 1 : MaxSentenceLength;
            sentences.Add(trimmed[..cut].TrimEnd());
            trimmed = trimmed[cut..].TrimStart();
        }
        if (trimmed.Length > 0)
            sentences.Add(trimmed);
    }
}
