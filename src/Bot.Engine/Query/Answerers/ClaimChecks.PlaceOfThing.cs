using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim that ties a thing to a place by naming the place right before it ("a Ruritanian flag").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "does the ship fly a Ruritanian flag?" of "the ship sails under a Borduria Islands flag": the claim puts one place
    /// right before a thing, the text puts another place right before the same thing, and never the claim's, so the text
    /// gainsays the claim. The text's place is a state the article names or a name it gives no one else: a group or a
    /// person before the thing ("Falcon Brigade troops") says whose it is, not where it is from.
    /// </summary>
    public static bool OtherPlaceOfThing(Turn t, string text)
    {
        var claims = PlacedThings(t);
        if (claims.Count == 0)
            return false;
        var lower = Lowercased.GetOrAdd(text, static (text, _) => text.ToLowerInvariant(), false);
        // The text's words as written, for the capitals of a place, and lowercase, for the claim's thing.
        IReadOnlyList<string>? words = null, lowered = null;
        var found = false;
        foreach (var (claimed, thing) in claims)
        {
            // "Ruritanian veterans of the war in Borduria" puts the claim's place after the thing: a text naming it
            // anywhere is no gainsaying.
            if (NamesPlace(lower, claimed))
                continue;
            words ??= Text.Tokenizer.Tokens(text, lowercase: false);
            lowered ??= Text.Tokenizer.Tokens(text);
            for (var j = 1; j < words.Count; j++)
            {
                if (Text.Stemmer.Stem(lowered[j]) != thing || GivenPlace(t, text, words, j) is not { } given)
                    continue;
                if (SamePlace(given, claimed))
                    return false;
                found = true;
            }
        }
        return found;
    }

    /// <summary>The texts checked, lowercase: a claim is held against the same sentences question after question.</summary>
    private static readonly TextMemo<string> Lowercased = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    /// <summary>The places a claim names right before a thing, with the thing's stem, by question: most claims name none.</summary>
    private static readonly QuestionMemo<List<(string Place, string Thing)>> ClaimsOfPlaces = new();

    private static List<(string Place, string Thing)> PlacedThings(Turn t) => ClaimsOfPlaces.Get(t, static t =>
    {
        var q = t.Q;
        var pairs = new List<(string Place, string Thing)>();
        for (var i = 0; i + 1 < q.Tokens.Count; i++)
        {
            if (ClaimedPlace(t, i) is { } claimed && q.Tokens[i + 1].AllChars(char.IsLetter) && !Vocabulary.Stopwords.Contains(q.Tokens[i + 1]))
                pairs.Add((claimed, Text.Stemmer.Stem(q.Tokens[i + 1])));
        }
        return pairs;
    });

    /// <summary>
    /// The place the claim names at <paramref name="i"/>, lowercase: a country by its demonym or name, a state the article
    /// names, or a word no article uses that the asker capitalises.
    /// </summary>
    private static string? ClaimedPlace(Turn t, int i)
    {
        var word = t.Q.Tokens[i];
        if (CountryOfDemonym.TryGetValue(word, out var country))
            return country.ToLowerInvariant();
        if (Vocabulary.WorldNames.Contains(word))
            return word;
        if (NameEndingAt(t.Q.Mentions, i + 1) is { } mention)
            return t.Index.Find(mention.Candidates[0]) is { Kind: ActorKind.State } state ? state.Name.ToLowerInvariant() : null;
        // Another word the asker capitalises mid-claim, for a place the articles name in another form or never ("a Ruritanian flag").
        // An acronym ("UN") names a body, not a place.
        return i > 0 && t.Q.Foreign.Contains(word) && Text.Tokenizer.Tokens(t.Q.Text, lowercase: false) is var typed && typed.Count == t.Q.Tokens.Count
            && typed[i].Equals(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(typed[i][0]) && !typed[i].AllChars(char.IsUpper) ? word : null;
    }

    /// <summary>The first linked name (no pronoun) whose words end right before <paramref name="end"/>; a loop, as every fact checked asks it.</summary>
    private static Mention? NameEndingAt(IReadOnlyList<Mention> mentions, int end)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is { Pronoun: null } m && m.Start + m.Length == end && m.Candidates.Count > 0)
                return m;
        }
        return null;
    }

    /// <summary>
    /// The place a text names right before its word at <paramref name="at"/>, lowercase: a demonym's country, a state or
    /// other thing the article names (not a person or body), or capitalised words within the sentence that name nothing it knows.
    /// One such word alone is as often an adjective ("Western sanctions", "World War").
    /// </summary>
    private static string? GivenPlace(Turn t, string text, IReadOnlyList<string> words, int at)
    {
        var before = words[at - 1];
        if (CountryOfDemonym.TryGetValue(before.ToLowerInvariant(), out var country))
            return country.ToLowerInvariant();
        if (t.Index.Linker.LinkText(text).FirstOrDefault(m => m.Pronoun is null && m.Start + m.Length == at && m.Candidates.Count > 0) is { } mention)
            return t.Index.Find(mention.Candidates[0]) is { } named && (!named.IsActor || named.Kind == ActorKind.State) ? named.Name.ToLowerInvariant() : null;
        var start = at;
        while (start > 1 && char.IsUpper(words[start - 1][0]) && words[start - 1].AllChars(char.IsLetter))
            start--;
        return at - start >= MinUnknownPlaceWords ? string.Join(' ', words.Skip(start).Take(at - start)).ToLowerInvariant() : null;
    }

    /// <summary>How many capitalised words a name the article does not know must run to before it is taken for a place.</summary>
    private const int MinUnknownPlaceWords = 2;

    /// <summary>Whether two places' names are one place's: the same, or one holding the other ("the united arab emirates", "emirates").</summary>
    private static bool SamePlace(string given, string claimed) =>
        given.Contains(claimed, StringComparison.Ordinal) || claimed.Contains(given, StringComparison.Ordinal);

    /// <summary>Whether a text, lowercase, names the place: its name, or a demonym of the country it is.</summary>
    private static bool NamesPlace(string lower, string place) =>
        lower.Contains(place, StringComparison.Ordinal)
            || CountryOfDemonym.Any(d => d.Value.Equals(place, StringComparison.OrdinalIgnoreCase) && lower.Contains(d.Key, StringComparison.Ordinal));
}
