namespace Bot.Engine.Query.Answerers;

/// <summary>Places a text names together: a list after "in" or "to" holds each of its places.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the text names <paramref name="id"/> in the list that the place starting at <paramref name="at"/> opens:
    /// "in B and A", "in B, C or A", each name after a comma or "and" or "or".
    /// </summary>
    private static bool ListedWith(string text, List<string> words, IReadOnlyList<Mention> mentions, int at, string id)
    {
        for (var place = mentions.FirstOrDefault(m => m.Start == at); place is not null;)
        {
            var end = place.Start + place.Length;
            var next = mentions.FirstOrDefault(m => m.Pronoun is null && m.Candidates.Count > 0
                && ((m.Start == end && end < words.Count && text.Contains(words[end - 1] + ", " + words[end], StringComparison.Ordinal))
                    || (m.Start == end + 1 && words[end] is "and" or "or"
                        && text.Contains(words[end - 1] + " " + words[end] + " " + words[end + 1], StringComparison.Ordinal))));
            if (next is null)
                return false;
            if (next.Candidates.Contains(id))
                return true;
            place = next;
        }
        return false;
    }

    /// <summary>Whether the name the mention covers is a demonym ("Ruritanian") or is written with "'s" after the preposition.</summary>
    private static bool WrittenAsOwnerAt(string text, IReadOnlyList<string> tokens, Mention mention)
    {
        var name = string.Join(' ', tokens.Skip(mention.Start).Take(mention.Length));
        return Demonyms.Contains(name) || WrittenAsOwner(text, tokens[mention.Start - 1] + " " + name);
    }
}
