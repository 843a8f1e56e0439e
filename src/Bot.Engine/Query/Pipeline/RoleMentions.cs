using System.Runtime.CompilerServices;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "What does their commander say?", "why is her husband locked up?": a role after a possessive stands for the one person
/// the article gives it; after "the" too where a group called by the role in the plural took the words ("the defence
/// minister" is not "NATO defence ministers"), while a bare "the minister" stays words, found as the article says them.
/// A role two people share names neither. The article's own sentences are read the same way, so that what they tell of
/// "its ambassador" or "Mara Lind's husband" is found under the holder's name.
/// </summary>
internal static class RoleMentions
{
    /// <summary>Words before a role that make it one person's: the one the reader knows, or the one of someone just spoken of.</summary>
    private static readonly HashSet<string> Determiners = ["the", "their", "its", "his", "her"];

    /// <summary>The most words of a role matched: longer roles describe, they are not what a reader calls someone.</summary>
    private const int MaxRoleWords = 4;

    /// <summary>Words after which a role's head ends: "commander of the navy" is also "the commander".</summary>
    private static readonly string[] HeadEnds = [" of ", " at ", " to ", " for ", " in "];

    /// <summary>The question's mentions, with a role after a determiner linked to its one holder in place of what the words linked before.</summary>
    public static List<Mention> Link(KnowledgeIndex index, IReadOnlyList<string> tokens, List<Mention> mentions, Intent intent)
    {
        var table = Tables.GetValue(index, Build);
        var roles = table.Holders;
        // "Is X the energy minister?": a claim checks the role itself, so it stays words.
        if (roles.Count == 0 || intent is Intent.YesNo)
            return mentions;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Determiners.Contains(tokens[i].ToLowerInvariant()) || (i > 0 && tokens[i - 1].Equals("as", StringComparison.OrdinalIgnoreCase)))
                continue;
            for (var length = Math.Min(MaxRoleWords, tokens.Count - i - 1); length >= 1; length--)
            {
                var words = tokens.Skip(i + 1).Take(length).Select(w => w.ToLowerInvariant()).ToList();
                if (!roles.TryGetValue(string.Join(' ', words), out var holder) || holder is null)
                    continue;
                var (start, end) = (i + 1, i + 1 + length);
                // "the president of Ruritania": the question says whose role, which the holder found may not be.
                if (end < tokens.Count && tokens[end].ToLowerInvariant() is "of" or "in" or "at" or "for")
                    break;
                // A person already named there, or a name running past the role ("the president's office"), stays as linked.
                if (mentions.Any(m => m.Pronoun is null && m.Start < end && m.Start + m.Length > start
                    && (m.Start < start || m.Start + m.Length > end || m.Candidates.Any(id => index.Find(id) is { IsPerson: true }))))
                    break;
                // After "the", a role stays words, found as the article says them, unless a group called by it in the
                // plural took it ("defence ministers"): then it is the one person's.
                var role = string.Join(' ', words);
                if (tokens[i].Equals("the", StringComparison.OrdinalIgnoreCase) && !table.Qualified.Contains(role) && !mentions.Any(m => m.Pronoun is null && m.Start >= start && m.Start < end
                    && m.Candidates.Any(id => index.NameOf(id).EndsWith(role + "s", StringComparison.OrdinalIgnoreCase))))
                    break;
                // "her husband": whose husband stays spoken of, as the article may call him so rather than by name.
                mentions = [.. mentions.Where(m => m.Start + m.Length <= start || m.Start >= end), new Mention(start, length, [holder])];
                mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                break;
            }
        }
        return mentions;
    }

    /// <summary>Words before a role in an article's sentence that make it one person's: "its ambassador", "the minister".</summary>
    private static readonly HashSet<string> SentenceDeterminers = ["the", "their", "its", "his", "her"];

    /// <summary>
    /// The people a sentence speaks of by their role instead of their name: "what its ambassador to Kessia called ...",
    /// "Mara Lind's husband is due to be released": the role after a determiner, or after the name of whose it is as the
    /// role gives it, where one person holds it. Those the sentence names already are left out.
    /// </summary>
    public static IEnumerable<string> DescribedIn(KnowledgeIndex index, IReadOnlyList<string> tokens, IReadOnlySet<string> named)
    {
        var roles = Tables.GetValue(index, Build);
        if (roles.Holders.Count == 0)
            yield break;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Every sentence and fact is read at load: most words start no role, and no words are joined for them.
            if (!roles.FirstWords.Contains(tokens[i]))
                continue;
            var afterDeterminer = i > 0 && SentenceDeterminers.Contains(tokens[i - 1]);
            for (var length = Math.Min(MaxRoleWords, tokens.Count - i); length >= 1; length--)
            {
                var words = string.Join(' ', tokens.Skip(i).Take(length));
                if (!roles.Holders.TryGetValue(words, out var holder) || !(afterDeterminer || roles.Owned.Contains(words)))
                    continue;
                // "the president of Ruritania": the sentence says whose role, which may be another's.
                var end = i + length;
                if (holder is not null && !named.Contains(holder) && !(end < tokens.Count && tokens[end] is "of" or "in" or "at" or "for"))
                    yield return holder;
                break;
            }
        }
    }

    /// <summary>By index, each role's words (lowercase) and its one holder, or null where two people hold it; and the forms that keep whose role it is.</summary>
    private static readonly ConditionalWeakTable<KnowledgeIndex, RoleTable> Tables = [];

    private sealed record RoleTable(Dictionary<string, string?> Holders, HashSet<string> Owned, HashSet<string> Qualified)
    {
        public HashSet<string> FirstWords { get; } = [.. Holders.Keys.Select(words => words.Split(' ')[0])];
    }

    private static RoleTable Build(KnowledgeIndex index)
    {
        var roles = new Dictionary<string, string?>(StringComparer.Ordinal);
        var owned = new HashSet<string>(StringComparer.Ordinal);
        var qualified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in index.Entities.Values.Where(e => e.IsPerson))
        {
            var parts = person.Actors.SelectMany(a => a.Role.Split(';')).ToList();
            var ownedForms = parts.Select(OwnedForm).OfType<string>().ToList();
            owned.UnionWith(ownedForms);
            var reordered = parts.SelectMany(Reordered).ToList();
            qualified.UnionWith(reordered);
            foreach (var words in parts.SelectMany(Forms).Concat(ownedForms).Concat(reordered).Distinct())
                roles[words] = roles.TryGetValue(words, out var other) && other != person.Id ? null : person.Id;
        }
        return new RoleTable(roles, owned, qualified);
    }

    /// <summary>
    /// A role with whose it is, as a sentence may call the holder: "Mara Lind's husband" (the possessive is not a token);
    /// null when the role names no owner or is too long to be what a sentence calls someone.
    /// </summary>
    private static string? OwnedForm(string role)
    {
        var text = TextNormalizer.Clean(role).Trim();
        if (!text.Contains("'s ", StringComparison.Ordinal) && !text.Contains("’s ", StringComparison.Ordinal))
            return null;
        var head = HeadEnds.Select(end => text.IndexOf(end, StringComparison.OrdinalIgnoreCase)).Where(at => at > 0).DefaultIfEmpty(text.Length).Min();
        var words = Tokenizer.Tokenize(text[..head]);
        return words.Count is > 1 and <= MaxRoleWords && !words.Any(Vocabulary.Stopwords.Contains) ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// "Commander of the Ruritanian navy" as a reader calls it, whose office before its head: "ruritanian navy commander",
    /// and with another word for a leader, "ruritanian navy chief". What says whose office it is makes the role one
    /// person's even after "the".
    /// </summary>
    private static IEnumerable<string> Reordered(string role)
    {
        var text = TextNormalizer.Clean(role).Trim().ToLowerInvariant();
        var of = text.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || text.StartsWith("former", StringComparison.Ordinal))
            yield break;
        var head = Tokenizer.Tokenize(text[..of]).Where(w => w is not ("the" or "a" or "an")).ToList();
        var office = Tokenizer.Tokenize(text[(of + 4)..]).SkipWhile(w => w == "the").ToList();
        if (head.Count != 1 || office.Count is 0 || office.Count + 1 > MaxRoleWords || office.Any(Vocabulary.Stopwords.Contains))
            yield break;
        var heads = Vocabulary.LeaderTitles.Contains(head[0]) ? Vocabulary.LeaderTitles : [head[0]];
        foreach (var title in heads)
            yield return string.Join(' ', office.Append(title));
    }

    /// <summary>
    /// What a role may be called: "Defence minister", and "commander" of "Commander of the Ruritanian navy"; "Ruritania's
    /// president" is "president". Not a former office, nor a description too long to be a title.
    /// </summary>
    private static IEnumerable<string> Forms(string role)
    {
        var text = TextNormalizer.Clean(role).Trim().ToLowerInvariant();
        var owner = Math.Max(text.LastIndexOf("'s ", StringComparison.Ordinal), text.LastIndexOf("’s ", StringComparison.Ordinal));
        if (owner >= 0)
            text = text[(owner + 3)..];
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
                text = text[article.Length..];
        }
        if (text.Length == 0 || text.StartsWith("former", StringComparison.Ordinal) || text.StartsWith("author", StringComparison.Ordinal))
            yield break;
        var head = HeadEnds.Select(end => text.IndexOf(end, StringComparison.Ordinal)).Where(at => at > 0).DefaultIfEmpty(text.Length).Min();
        foreach (var form in new[] { text, text[..head] }.Distinct())
        {
            var words = Tokenizer.Tokenize(form);
            if (words.Count is > 0 and <= MaxRoleWords && !words.Any(w => Vocabulary.Stopwords.Contains(w) && w is not ("of" or "the" or "for" or "to" or "at" or "in")))
                yield return string.Join(' ', words);
        }
    }
}
