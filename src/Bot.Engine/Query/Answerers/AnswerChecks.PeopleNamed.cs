namespace Bot.Engine.Query.Answerers;

/// <summary>People asked for by no role ("which people were hurt?"), named where the deed is said.</summary>
internal static partial class AnswerChecks
{
    /// <summary>"which people", "what persons": no role to be named by, only the deed asked.</summary>
    private static readonly HashSet<string> GeneralPeopleKinds = Vocabulary.Stems("people", "persons");

    /// <summary>
    /// "which people were killed?" of "“Don't kill me,” Jo Bloggs snapped": the person must be named in a clause saying
    /// the rest of the question, not anywhere in the answer.
    /// </summary>
    private static bool NamesPersonDoingIt(Turn t, string answer)
    {
        var rest = t.Q.Residual;
        var clauses = ClauseBreak().Split(answer);
        return Enumerable.Range(0, clauses.Length).Any(i =>
        {
            // "Two sailors, Jo Bloggs and Ann Lee, were rescued": a clause opening on its verb is said of the one before it.
            var clause = i > 0 && OpensOnVerb(clauses[i]) ? clauses[i - 1] + clauses[i] : clauses[i];
            return t.Index.Linker.MentionedIn(clause, actorsOnly: true).Any(t.IsPerson) && Words.ContentStems(clause).Any(rest.Contains);
        });
    }

    private static bool OpensOnVerb(string clause) =>
        Text.Tokenizer.Tokens(clause) is [var first, ..] && (first is "was" or "were" or "is" or "are" or "had" or "has" or "have" || Pipeline.IntentRecognizer.IsPastForm(first));
}
