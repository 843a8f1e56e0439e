using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>Follow-up questions to offer: only ones the model can answer.</summary>
internal static class Suggestions
{
    public static void About(Turn t, AnswerBuilder answer, string id) => About(t, answer, id, t.Q.Intent);

    public static void About(Turn t, AnswerBuilder answer, string id, Intent asked)
    {
        // Suggestions past the last one kept are not worth making: their texts are formatted for nothing.
        if (!answer.TakesSuggestions || t.Index.Find(id) is not { } entity)
            return;
        var facts = t.Index.FactsAbout(id);
        if (asked != Intent.Who && entity.IsActor)
            answer.Suggest(entity.IsPerson ? $"Who is {entity.Name}?" : $"Tell me about {entity.Name}");
        if (asked is not Intent.Why && facts.Any(f => f.Fact is Explanation))
            answer.Suggest("Why?");
        if (asked is not Intent.Position && facts.Any(f => f.Fact is Position))
            answer.Suggest(entity.IsActor ? $"What does {entity.Name} want?" : $"Who supports {entity.Name}?");
        if (asked is not Intent.SpeakerSaid && facts.Any(f => f.Fact is Statement))
            answer.Suggest($"What did {entity.Name} say?");
    }

    public static void Defaults(AnswerBuilder answer)
    {
        answer.Suggest("What is the article about?");
        answer.Suggest("Who are the main actors?");
        answer.Suggest("What happened when?");
    }
}
