namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that call someone by their office where the article names them.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "even if the president gave in?" of "even if Jo Bloggs gave in": a claim word naming the office of a person the
    /// text names, whom the claim does not name, is said by the name when the word after it in the claim follows the
    /// name in the text. Only a person's role, which says what they are, not a body's description; and only in the
    /// name's place: "the president's resignation" is not said by "Bloggs's desire ... the parliament's resignation".
    /// </summary>
    private static bool OfficeOfNamed(Turn t, IndexedFact fact, string text, string word)
    {
        var tokens = t.Q.Tokens;
        var at = Enumerable.Range(0, tokens.Count - 1).FirstOrDefault(i => Text.Stemmer.Stem(tokens[i]) == word, -1);
        if (at < 0)
            return false;
        var next = Text.Stemmer.Stem(tokens[at + 1]);
        List<string>? words = null;
        foreach (var id in fact.Declared.Concat(fact.Mentioned))
        {
            if (t.Q.Entities.Contains(id) || t.Index.Find(id) is not { IsPerson: true } person || !person.Actors.Any(a => RoleStems(a.Role).Contains(word)))
                continue;
            words ??= Text.Tokenizer.Tokenize(text);
            foreach (var mention in t.Index.Linker.LinkText(text).Where(m => m.Pronoun is null && m.Candidates.Contains(id)))
            {
                var after = mention.Start + mention.Length;
                if (after < words.Count && Text.Stemmer.Stem(words[after]) == next)
                    return true;
            }
        }
        return false;
    }

    /// <summary>The first words of a role, which name the office ("President of X, who ..." names "president" first).</summary>
    private static IEnumerable<string> RoleStems(string role) => Words.ContentStems(role).Take(OfficeWords);

    /// <summary>How many content words at the start of a role say the office.</summary>
    private const int OfficeWords = 3;
}
