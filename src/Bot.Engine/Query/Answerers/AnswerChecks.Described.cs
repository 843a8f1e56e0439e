using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Things of the kind asked singled out by a word before it rather than by a name: "his inauguration speech".</summary>
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
            && before.AllChars(char.IsLetter) && !Vocabulary.Stopwords.Contains(before) && !Vocabulary.Phrasing.Contains(before)
            && !Vocabulary.NumberWords.Contains(before) && !q.Tokens.Contains(before));
    }

    /// <summary>
    /// "which laws has parliament passed?" of "a restrictive broadcasting law and a law on foreign grants"; "which buyers
    /// would it hit?" of "buyers of oil, notably Ruritania and Borduria": asked for several of a kind that goes by no
    /// names, an answer telling two or more apart by words of their own, or listing them by the kind, gives them as the
    /// article does. The kind said once ("ISIS terror attacks", "19 state universities") is the whole kind, none singled out.
    /// </summary>
    internal static bool ListsOfKind(Pipeline.ParsedQuestion q, string answer, string kind)
    {
        if (q.AsksNameOf is not { } asked || !Pipeline.QuestionParser.IsPluralNoun(asked))
            return false;
        var said = Text.Tokenizer.Tokens(answer).Count(w => Text.Stemmer.Stem(w) == kind);
        return (said >= 2 && DescribedBeforeKind(q, answer, kind)) || (said > 0 && Enumerations.EnumeratesKind(answer, w => Text.Stemmer.Stem(w) == kind, KindReach));
    }
}

internal static partial class AnswerChecks
{
    /// <summary>
    /// "which ministry units run the inquiry?" of "Running it are the ministry's audit unit, its customs
    /// service, and its legal department": asked for several of a kind that is neither a person nor a state, a
    /// series in the answer gives them, whatever word the article calls them by. People and states are asked by name, as
    /// is anything whose names the question asks for ("the names of the ports").
    /// </summary>
    internal static bool GivesSeriesOfAsked(Pipeline.ParsedQuestion q, string answer) =>
        !q.Tokens.Any(w => w is "name" or "names" or "called") && q.AsksNameOf is { } asked && Pipeline.QuestionParser.IsPluralNoun(asked) && Text.Stemmer.Stem(asked) is var kind
        && !PersonKinds.Contains(kind) && !LeaderKinds.Contains(kind) && !Pipeline.EntityKinds.StateWords.Contains(kind) && !OutletKinds.Contains(kind)
        && Enumerations.Enumerates(answer);
}
