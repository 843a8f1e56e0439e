using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class AnswerChecks
{
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they" };

    /// <summary>
    /// "who launched it?" answered by "This year it launched a new mission, ...": the sentence tells the deed of "it",
    /// and the one before it in its paragraph ("NATO is stepping up.") names who that is. Both together answer, or null
    /// when the sentence opens with no pronoun or the one before names no one else it fits.
    /// </summary>
    private static Reply? WithDoerBefore(Turn t, Reply reply)
    {
        var index = t.Index;
        if (reply.Answer.Evidence is not [var quoted] || index.SentenceShown(quoted, reply.Answer.Text) is not { } told
            || index.Beside(told, -1) is not { } before || !before.SameParagraphAs(told))
            return null;
        var pronoun = Tokenizer.Tokens(told.Sentence.Text).Take(SubjectReach).FirstOrDefault(SubjectPronouns.Contains);
        if (pronoun is null || index.Linker.MentionedIn(told.Sentence.Text, actorsOnly: true).Except(t.Q.Entities).Any())
            return null;
        var fits = Vocabulary.Pronouns[pronoun];
        if (!index.Linker.MentionedIn(before.Sentence.Text, actorsOnly: true)
                .Any(id => !t.Q.Entities.Contains(id) && index.Find(id)?.FitsPronoun(fits) == true))
            return null;
        var answer = new AnswerBuilder();
        answer.Add($"The article says: \"{before.Sentence.Text}\"", Replies.Evidence(before));
        answer.Add($"It goes on: \"{told.Sentence.Text}\"", Replies.Evidence(told));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// "who replaced X?", "who was appointed to replace X?": a deed asked of whoever did or underwent it, so the answer must
    /// name someone besides those the question names. Not "who is X?" nor "who was X's deputy?", which ask of X, nor "whos
    /// the man with X?", whose "is" went with the "s"; nor "who was sacked, X or Y?", which offers the answer.
    /// </summary>
    private static bool AsksForSomeoneElse(ParsedQuestion q) =>
        q.Tokens.Count > 2 && q.Tokens[0] == "who"
        && ((!Auxiliaries.Contains(q.Tokens[1]) && !Determiners.Contains(q.Tokens[1]))
            || (q.Tokens.Count > 3 && IntentRecognizer.IsPastParticiple(q.Tokens[2]) && !q.Tokens.Contains("or")));

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "these", "those" };
}
