using System.Runtime.CompilerServices;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim that puts a name on one side ("on X's side", "pro-X") against a text putting it on the other.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "fight on X's side?" when the sentence says "fight against X": a name the claim puts on one side (for,
    /// on behalf of, alongside, pro-) and the sentence on the other (against, anti-).
    /// </summary>
    public static bool OppositeSides(Turn t, string sentence)
    {
        var claim = ClaimedSides(t);
        if (claim.Count == 0)
            return false;
        var said = SidesSaid.GetValue(t.Index, static _ => new(MaxTextsRemembered, MaxTextLengthRemembered))
            .GetOrAdd(sentence, static (text, index) => [.. SidesIn(index, text)], t.Index);
        // A sentence putting the name on both sides ("fought against X ... troops on X's behalf") settles nothing.
        return claim.Any(c => said.Any(s => s.Id == c.Id && s.For != c.For) && !said.Contains(c));
    }

    /// <summary>The sides a claim puts names on, by question: a yes/no question is held against sentence after sentence.</summary>
    private static readonly QuestionMemo<List<(string Id, bool For)>> ClaimsOfSides = new();

    /// <summary>The sides each sentence puts names on, by index: the same sentences are held against question after question.</summary>
    private static readonly ConditionalWeakTable<KnowledgeIndex, TextMemo<(string Id, bool For)[]>> SidesSaid = [];

    /// <summary>How many texts' sides an index remembers (a full memo starts afresh), and the longest text remembered.</summary>
    private const int MaxTextsRemembered = 4096;
    private const int MaxTextLengthRemembered = 1000;

    private static List<(string Id, bool For)> ClaimedSides(Turn t) => ClaimsOfSides.Get(t, static t =>
    {
        var q = t.Q;
        // "on Vell's side", linked whole as a topic, still puts Vell on a side.
        return Sides(q.Tokens, [.. q.Mentions, .. q.Mentions.Where(m => m.Length >= 2 && q.Tokens[m.Start + m.Length - 1] is "side" or "behalf")
            .SelectMany(m => t.Index.Linker.Link([.. q.Tokens.Skip(m.Start).Take(m.Length - 1)]).Where(inner => inner.Pronoun is null && inner.Candidates.Count > 0)
                .Select(inner => inner with { Start = inner.Start + m.Start }))]);
    });

    private static List<(string Id, bool For)> SidesIn(KnowledgeIndex index, string sentence)
    {
        var words = Text.Tokenizer.Tokens(sentence, lowercase: false);
        // "the struggle against Vell", linked whole as a topic, still puts Vell after "against".
        return Sides([.. words.Select(w => w.ToLowerInvariant())], WithActorsInsideTopics(index, index.Linker.LinkText(sentence), [.. words]));
    }

    private static List<(string Id, bool For)> Sides(IReadOnlyList<string> tokens, IReadOnlyList<Mention> mentions)
    {
        var sides = new List<(string Id, bool For)>();
        foreach (var m in mentions.Where(m => m.Pronoun is null && m.Candidates.Count > 0))
        {
            string Before(int back) => m.Start - back >= 0 ? tokens[m.Start - back] : "";
            // "on X's side" may be linked whole, its last word within the name.
            var after = m.Start + m.Length < tokens.Count ? tokens[m.Start + m.Length] : "";
            if (tokens[m.Start + m.Length - 1] is "side" or "behalf")
                after = tokens[m.Start + m.Length - 1];
            if (Before(1) is "against" or "anti" || (Before(1) == "the" && Before(2) == "against"))
                sides.Add((m.Candidates[0], false));
            else if (Before(1) is "pro" or "alongside" || (Before(1) == "of" && Before(2) is "behalf" or "side" or "support") || after is "side" or "behalf")
                sides.Add((m.Candidates[0], true));
        }
        return sides;
    }
}
