using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

internal static partial class AnswerChecks
{
    /// <summary>
    /// "who led the delegation?" in a verb no article uses, asked through a general synonym the articles do use
    /// ("headed"): an answer saying neither the verb nor that synonym tells of another deed when it names no one else
    /// who could have done it (no actor but whom the question names) or when the deed is one only a person does
    /// (leading, chairing), whoever it names. One telling who someone is may say the deed in other words ("who runs
    /// the country?" of its president). A deed only a person does, in a verb the articles use ("who commanded the offensive?"), needs a
    /// person named too: "commanders sought new weapons" names none.
    /// </summary>
    internal static bool LeavesOutDeed(Turn t, Reply reply, string answer)
    {
        var q = t.Q;
        if (q.Intent is not Intent.Who || q.Tokens.Count < 3 || q.Tokens[0] != "who" || reply.Fact?.Fact is Model.Actor)
            return false;
        var others = t.Index.Linker.MentionedIn(answer, actorsOnly: true).Where(id => !q.Entities.Contains(id)).ToList();
        // "who made the video?": a sentence that does not say the making names no maker, whoever else it names.
        if (Vocabulary.MakingDeeds.Contains(q.Tokens[1]) && !EventCheck.Says(t.Index, q.Tokens[1], answer))
            return true;
        if (!q.Foreign.Contains(q.Tokens[1]))
            return PersonDeeds.Contains(q.Tokens[1]) && !others.Any(t.IsPerson);
        return (others.Count == 0 || PersonDeeds.Contains(q.Tokens[1])) && !EventCheck.Says(t.Index, q.Tokens[1], answer);
    }

    /// <summary>Deeds only a person does: a state or body named beside them did something else.</summary>
    private static readonly HashSet<string> PersonDeeds = new(StringComparer.Ordinal)
    {
        "led", "leads", "lead", "headed", "heads", "chaired", "chairs", "commanded", "commands", "captained", "coached", "directed",
    };
}
