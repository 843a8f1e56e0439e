namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>How many words a description set before a body's name may run to ("the union representing the dockers").</summary>
    private const int LeadingBodyWords = 8;

    /// <summary>How many words may stand between the article and the body noun it describes ("the state-owned rail operator").</summary>
    private const int LeadingBodyModifiers = 2;

    /// <summary>Nouns that name a body, not a person, when a description before a name ends on them ("the operator, Harbour Lines,").</summary>
    private static readonly HashSet<string> LeadingBodyNouns = new(NewsWords.OrganisationNouns.Concat(
    [
        "organisation", "organization", "charity", "firm", "think-tank", "outlet", "watchdog", "operator", "carrier", "airline", "bank",
        "lender", "insurer", "regulator", "ministry", "manufacturer", "maker", "retailer", "consortium", "federation", "club", "league",
        "utility", "fund", "committee", "association",
    ]), StringComparer.Ordinal);

    /// <summary>Words that end a description's head and start what qualifies it ("the union representing the crews").</summary>
    private static readonly HashSet<string> LeadingBodyLinks = new(StringComparer.Ordinal)
    {
        "representing", "behind", "running", "that", "which", "for", "of", "in", "at", "based", "owned", "backed", "led",
    };

    /// <summary>
    /// "The union representing the dockers, Harbour United, said" or "until the operator, Kestrel Lines, paid": a
    /// description ending on a body noun, set off by a comma right before a name that a comma or the sentence's end
    /// closes, makes the name a body's; the description is its role, and "the union" or "the operator" names it later.
    /// </summary>
    private static (int Start, string Role, string Alias)? LeadingBody(Line line, NameRun run)
    {
        var text = line.Text;
        var w = line.Words;
        var comma = FindCommaBefore(text, w[run.First].Start);
        var after = text[w[run.Last].End..].TrimStart();
        if (comma < 0 || !(after.Length == 0 || after[0] is ',' or '.' or ';'))
            return null;
        var from = ClauseMarks.PreviousComma(text, Math.Max(comma - 1, 0)) + 1;
        foreach (var at in Determiner().Matches(text[..comma], from).Select(m => m.Index).Reverse())
        {
            // "the head of the union, Jo Roe": the union owns the role, the name is the head's.
            if (OfBefore().IsMatch(text[from..at]))
                continue;
            var words = text[at..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var link = Array.FindIndex(words, 1, LeadingBodyLinks.Contains);
            var head = (link < 0 ? words.Length : link) - 1;
            // "the union representing the crews": the inner "the crews" heads no body, the outer phrase may.
            if (words.Length > LeadingBodyWords || head is < 1 or > LeadingBodyModifiers + 1
                || !words.Skip(1).Take(head).All(word => word.All(c => char.IsLower(c) || c == '-')) || !LeadingBodyNouns.Contains(words[head]))
                continue;
            // "a hacking group, X,": an indefinite description says what kind of body X is, which a later clause tells better.
            if (words[0] is not ("the" or "The"))
                return null;
            var role = text[at..comma];
            return (at, char.ToUpperInvariant(role[0]) + role[1..], "the " + words[head]);
        }
        return null;
    }

    /// <summary>
    /// The description before a body's name is its role, and its "the" noun an alias no other actor holds. It ranks with
    /// a subject clause: a defining clause ("X is the armed wing of Y") tells more than "a hacking group, X,".
    /// </summary>
    private void AddLeadingBody(ActorDraft org, Line line, NameRun run, (int Start, string Role, string Alias) leading)
    {
        org.OfferRole(leading.Role, RoleRank.Subject, line, line.Text[leading.Start..line.Words[run.Last].End]);
        if (!_actors.Any(a => a.Names.Contains(leading.Alias, StringComparer.OrdinalIgnoreCase)))
            org.AddAlias(leading.Alias);
    }
}
