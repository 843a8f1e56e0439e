using Bot.Engine.Text;
namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Are the morality police still out in Ruritania?" of an article about Ruritania: most of its sentences speak of
/// Ruritania without naming it, so a claim about it may be told by one that never does.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>How many words of its own a question needs to be read without the article's subject: fewer say too little to find a sentence by.</summary>
    private const int MinWordsWithoutSubject = 2;

    /// <summary>Intents whose point is what happened or why, not who the subject is or what it thinks.</summary>
    private static readonly HashSet<Intent> TellsOfEvents = [Intent.YesNo, Intent.Why, Intent.OnDate, Intent.When, Intent.Count, Intent.List];

    /// <summary>
    /// The reading without the articles' main subject, or null when the question names anyone else (a sentence naming
    /// them is what tells of it) or says too little beside it. It is the last reading tried: a sentence naming the subject is always the better answer.
    /// </summary>
    private static ParsedQuestion? WithoutMainSubject(ParsedQuestion q, KnowledgeIndex index)
    {
        if (!TellsOfEvents.Contains(q.Intent) || q.Residual.Count < MinWordsWithoutSubject || q.Quoted is not null || q.Foreign.AnyIn(Vocabulary.WorldNames)
            || q.Entities is not [var subject] || index.Find(subject)?.IsActor != true || !index.IsMainSubject(subject))
            return null;
        return q with { Entities = [] };
    }
}
