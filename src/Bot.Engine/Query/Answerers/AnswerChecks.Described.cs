namespace Bot.Engine.Query.Answerers;

/// <summary>A thing of the kind asked singled out by a word before it rather than by a name: "his inauguration speech".</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// "in which speech did X say it?" of "in his inauguration speech, X said": the answer says the kind with a word of its
    /// own right before it, which the question does not use ("the speech", "the minister's illness" single out nothing new).
    /// </summary>
    internal static bool DescribedBeforeKind(Pipeline.ParsedQuestion q, string answer, string kind)
    {
        var words = Text.Tokenizer.Tokens(answer);
        return Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => Text.Stemmer.Stem(words[i]) == kind && words[i - 1] is var before
            && before.All(char.IsLetter) && !Vocabulary.Stopwords.Contains(before) && !Vocabulary.Phrasing.Contains(before)
            && !Vocabulary.NumberWords.Contains(before) && !q.Tokens.Contains(before));
    }
}
