namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Who is Ana Pell?" then "how does President Vasko describe her?", "what does he expect Vasko to do?", "how is
/// Borduria involved with it?": a pronoun beside a name in the same question is someone or something else, not the one
/// the question names, though that one was spoken of last. An object ("him", "them", "it" after a verb or a
/// preposition) names another than its clause's subject; a subject ("he", "she", "they", "it") before a name is never
/// that name. A possessive ("Vasko and his party") or a subject after the name ("did Vasko say he would go?",
/// "Borduria, what does it want?") may be the one named.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Forms that are only ever objects.</summary>
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.Ordinal) { "him", "them" };

    /// <summary>Forms that are subjects, or for "it" either, as the word before it shows.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it" };

    /// <summary>
    /// The referents without those the question names where the pronoun cannot stand for them; all of them when that
    /// leaves none: a lone referent is still what the user meant.
    /// </summary>
    private static List<string> Unbound(ParsedQuestion q, Mention pronoun, List<string> referents, KnowledgeIndex index)
    {
        var named = q.Mentions.Where(m => m.Pronoun is null && (m.Start > pronoun.Start ? SubjectPronouns.Contains(q.Tokens[pronoun.Start]) : IsObject(q, pronoun)))
            .SelectMany(m => m.Candidates).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0)
            return referents;
        // "how do Borduria's people feel about it?": beside an actor named, "it" is a thing, never another country.
        var thingOnly = pronoun.Pronoun is "thing" && named.Any(id => index.Find(id)?.IsActor == true);
        var apart = referents.Where(id => !named.Contains(id) && !(thingOnly && index.Find(id)?.IsActor == true)).ToList();
        return apart.Count > 0 ? apart : referents;
    }

    /// <summary>Words after which "it" opens a clause as its subject: "does it want", "how it works", "and it says".</summary>
    private static readonly HashSet<string> BeforeSubject = new(StringComparer.Ordinal)
    {
        "who", "what", "wat", "when", "why", "how", "where", "whether", "if", "that", "because", "and", "but", "so", "then",
    };

    /// <summary>"him", "them", or "it" after a verb or a preposition ("regret it", "involved with it"), not opening a clause ("does it want").</summary>
    private static bool IsObject(ParsedQuestion q, Mention pronoun) =>
        ObjectPronouns.Contains(q.Tokens[pronoun.Start])
        || (q.Tokens[pronoun.Start] is "it" && pronoun.Start > 0 && !AskingVerbs.Contains(q.Tokens[pronoun.Start - 1]) && !BeforeSubject.Contains(q.Tokens[pronoun.Start - 1]));
}
