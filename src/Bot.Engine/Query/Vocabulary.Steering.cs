namespace Bot.Engine.Query;

/// <summary>Words for being the one who leads something: "who ran the talks?" asks who led them.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Verbs and phrases that say someone steered a body, a policy or a tie to another country ("who handled the
    /// harbour talks?", "who was in charge of the trust?"), as a regular expression's alternatives. Written after "who"
    /// they make the question ask for that person, even when what was led is a relationship.
    /// </summary>
    public const string SteeringPattern = "led|leads|lead|leading|ran|run|runs|running|handled|handles|handle|handling|managed|manages|manage|"
        + "headed|heads|oversaw|oversees|oversee|overseen|steered|steers|directed|directs|in charge of|responsible for";

    /// <summary>The stems of <see cref="SteeringPattern"/>'s words, dropped from a who-question for the verb all the articles' words of leading answer.</summary>
    public static readonly HashSet<string> SteeringStems = Stems([.. SteeringPattern.Split('|').SelectMany(p => p.Split(' ')).Where(w => w is not ("in" or "of" or "for"))]);

    /// <summary>The word a steering question is asked in: its general synonyms ("head", "spearhead", "helm") are the articles' words of leading.</summary>
    public const string Leading = "led";
}
