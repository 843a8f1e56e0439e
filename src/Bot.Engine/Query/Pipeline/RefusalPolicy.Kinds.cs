namespace Bot.Engine.Query.Pipeline;

/// <summary>The kind of thing whose name is asked ("from which spaceport", "which brand"), when no article speaks of one.</summary>
internal static partial class RefusalPolicy
{
    /// <summary>
    /// "from which spaceport was it launched?", "what is the name of the ship?": the kind singled out is the point of the
    /// question, never phrasing. When no article uses the word, nor a general synonym of it, none names one of that kind,
    /// and a sentence about the rest of the question would only pass for the answer. Not a kind of person or actor in general
    /// (articles name them without saying "official" or "organisation"), nor a title, which asks who someone is; nor "what tasks",
    /// which may ask for a description. A claim ("did X sail from a port?") is checked by the yes/no answer instead, and an
    /// amount ("what percentage") by its figures.
    /// </summary>
    private static string? UnnamedKind(ParsedQuestion q)
    {
        if (q.AsksNameOf is not { } kind || q.Intent is Intent.YesNo or Intent.Author or Intent.Source || q.AsksAmount || q.AsksWording)
            return null;
        var word = kind.ToLowerInvariant();
        var stem = Text.Stemmer.Stem(word);
        return q.Foreign.Contains(word) && !q.Synonymous.Contains(stem) && (SinglesOut(q.Tokens) || AsksWhatKindDoes(q, word, stem))
            && !Answerers.AnswerChecks.IsPersonKind(stem) && !EntityKinds.EntityWords.Contains(stem) && !Vocabulary.RoleWords.Contains(word) && !PhrasingStems.Contains(stem) ? kind : null;
    }

    /// <summary>"which ...", "the name of ...", "from what ...": one thing is to be singled out, not described.</summary>
    private static bool SinglesOut(IReadOnlyList<string> tokens) =>
        tokens.Any(w => w is "which" or "name" or "names") || (tokens.Count > 1 && tokens[1] is "which" or "what");

    /// <summary>
    /// "what nickname does the article give it?", "what survey does X cite?": "what" and the kind right before an
    /// auxiliary open a question about one thing of that kind the article gives, in no other form of the word. ("What
    /// tasks are left?" asks for them described, and has no auxiliary before its subject; "what precedent does X cite?"
    /// asks for an event told, and "what body did X set up?" for an organisation, which the article names without the word.)
    /// </summary>
    private static bool AsksWhatKindDoes(ParsedQuestion q, string kind, string stem) =>
        q.Tokens.Count > 3 && q.Tokens[0] == "what" && q.Tokens[1] == kind && q.Tokens[2] is "does" or "did" or "do"
        && !q.Kindred.Contains(stem) && !Vocabulary.DescribedKinds.Contains(stem) && !Answerers.AnswerChecks.IsActorKind(stem) && !GeneralBodyWords.Contains(kind);

    /// <summary>Words for any organisation at all, which an article names without them ("set up a council").</summary>
    private static readonly HashSet<string> GeneralBodyWords = new(StringComparer.Ordinal) { "body", "bodies", "entity", "entities" };

    private static readonly HashSet<string> PhrasingStems = [.. Vocabulary.Phrasing.Select(Text.Stemmer.Stem)];
}
