using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "The talks were with A, B and C: which of those does the article name?" asks which of the question's own names the
/// article mentions: those it knows, and those it never mentions, said plainly, rather than a refusal over the one it
/// lacks.
/// </summary>
internal static class NamedOfThose
{
    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "those", "these", "them" };

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "name", "names", "named", "mention", "mentions", "mentioned", "cite", "cites", "cited", "include", "includes", "included",
        "feature", "features", "featured",
    };

    /// <summary>Whether the question asks which of the names it gives ("which of those", "which ones") the article names.</summary>
    public static bool Asks(ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var pointing = Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Any(i => tokens[i] is "which" or "what" && tokens[i + 1] == "of" && Pointers.Contains(tokens[i + 2]))
            || Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] == "which" && tokens[i + 1] == "ones");
        return pointing && tokens.Any(NamingVerbs.Contains);
    }

    /// <summary>The names the article mentions and those it does not; null when the question names none it knows, or lacks other words than names.</summary>
    public static Reply? Answer(Turn t, IReadOnlyList<string> missing)
    {
        var index = t.Index;
        var named = t.Q.Entities.Where(id => !index.IsAuthor(id)).ToList();
        if (named.Count == 0 || missing.Any(w => w.Length == 0 || !char.IsUpper(w[0])))
            return null;
        var names = Join([.. named.Select(index.NameOf)]);
        var text = missing.Count == 0 ? $"The article names {names}." : $"The article names {names}; it doesn't mention {Join(missing)}.";
        var first = index.Sentences.FirstOrDefault(s => s.InBody && s.Mentioned.Contains(named[0]));
        var answer = new AnswerBuilder();
        answer.Add(text, first is null ? null : Replies.Evidence(first));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
