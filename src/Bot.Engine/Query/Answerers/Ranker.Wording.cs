namespace Bot.Engine.Query.Answerers;

internal static partial class Ranker
{
    /// <summary>
    /// The one plain word a question names an entity by, when that word can mean no other of the article's entities:
    /// "did the senate override the governor's veto?" names the governor by "governor". A sentence saying that word, or
    /// one of its family ("the gubernatorial veto"), names the entity too, though reading the article left the bare word
    /// unlinked (an office or body said without its holder's name). The word must be one of the entity's own name's
    /// content words: "is" written "IS" names a group by its letters, not by a word every sentence may say. Null for a
    /// pronoun, several words or several candidates.
    /// </summary>
    private static string? PlainWording(Turn t, string entity) =>
        t.Q.Mentions.FirstOrDefault(m => m.Pronoun is null && m.Length == 1 && m.Candidates.Count == 1 && m.Candidates[0] == entity) is { } mention
        && Text.Stemmer.Stem(t.Q.Tokens[mention.Start]) is var word && t.Index.Find(entity) is { } found && found.NameStems.Contains(word)
            ? word
            : null;
}
