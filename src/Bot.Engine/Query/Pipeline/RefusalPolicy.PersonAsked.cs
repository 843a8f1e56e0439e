using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "which Ukrainian official does the piece quote?": articles name an official without the word, and "quote" or
    /// "cite" only says the article reports them; both are set aside so the rest finds who, when there is a rest. Not a
    /// title or a kin ("which MP", "his son"), which an article naming one would use.
    /// </summary>
    private static ParsedQuestion WithoutPersonKindAsked(ParsedQuestion q)
    {
        if (q.AsksNameOf is not { } kind || q.Intent is Intent.YesNo || kind.ToLowerInvariant() is var word && !q.Foreign.Contains(word)
            || !UntitledPersonKinds.Contains(word))
            return q;
        var rest = Without(q, [.. q.Foreign.Where(w => w == word || Vocabulary.SourcingVerbs.Contains(Stemmer.Stem(w)))]);
        return rest.Residual.Count > 0 || rest.Entities.Count > 0 ? rest : q;
    }

    /// <summary>Words for a person that name no office or kin: "official", "figure", "individual".</summary>
    private static readonly HashSet<string> UntitledPersonKinds = new(StringComparer.Ordinal)
    {
        "official", "officials", "figure", "figures", "individual", "individuals", "person", "personality",
    };
}
