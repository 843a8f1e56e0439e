using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Relations news writing states in passing: membership ("X's membership in Y", "Y, an organization that
/// includes X"), counterparts, allies ("the X-Y alliance", "X's ally Y"), partners ("X, together with Y,", "the X–Y
/// tandem"), rivals, mediators, agreements ("X signed a treaty with Y"), dependence ("X is dependent on Y"), backing
/// ("X's backers in Y") and who represents whom.
/// </summary>
internal static partial class RelationFinder
{
    public static List<Relation> Find(DraftContext context)
    {
        var relations = new List<Relation>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var line in context.Reporting)
        {
            foreach (var (from, to, kind, start, end) in InLine(context, line).Concat(Kin(context, line)).Concat(Backing(context, line)))
            {
                if (from != to && seen.Add((from, to, kind)))
                {
                    var quote = Quotes.Window(line.Text, start, end, start, end, 20);
                    // The article's own words say it best; the bare kind ("member of") only names the link.
                    var description = $"{Capitalize(quote.Trim().TrimEnd('.', ','))}.";
                    relations.Add(new Relation(context.Ids.Make($"{context.Actor(from).Name} {kind} {context.Actor(to).Name}"), from, to, kind, description, [kind], context.Evidence(line, quote)));
                }
            }
        }
        return relations;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IEnumerable<(string From, string To, string Kind, int Start, int End)> InLine(DraftContext context, Line line)
    {
        var text = line.Text;
        foreach (Match m in Membership().Matches(text))
        {
            var member = context.Subjects.Possessor(line, m.Index + 1, 0) ?? context.Subjects.Of(line, m.Index).FirstOrDefault();
            var body = After(line, m.Index + m.Length);
            if (member is not null && body is not null)
                yield return (member, body.Actor, "member-of", member == body.Actor ? m.Index : Start(line, member, m.Index), body.End);
        }
        foreach (Match m in Includes().Matches(text))
        {
            var body = line.Mentions.LastOrDefault(x => x.End <= m.Index);
            var member = After(line, m.Index + m.Length);
            if (body is not null && member is not null)
                yield return (member.Actor, body.Actor, "member-of", body.Start, member.End);
        }
        foreach (Match m in Counterpart().Matches(text))
        {
            var other = After(line, m.Index + m.Length);
            var first = line.Mentions.FirstOrDefault(x => x.End <= m.Index && context.Actor(x.Actor).Kind == ActorKind.Person);
            if (other is not null && first is not null)
                yield return (first.Actor, other.Actor, "counterpart", first.Start, other.End);
        }
        foreach (Match m in Represents().Matches(text))
        {
            var who = line.Mentions.LastOrDefault(x => x.End <= m.Index);
            var whom = After(line, m.Index + m.Length);
            if (who is not null && whom is not null)
                yield return (who.Actor, whom.Actor, "represents", who.Start, whom.End);
        }
        foreach (Match m in Paired().Matches(text))
        {
            var left = line.Mentions.FirstOrDefault(x => x.Start == m.Index);
            var right = line.Mentions.FirstOrDefault(x => x.Start == m.Groups["b"].Index);
            if (left is not null && right is not null)
                yield return (left.Actor, right.Actor, KindOf(m.Groups["kind"].Value), m.Index, m.Index + m.Length);
        }
        foreach (Match m in Partner().Matches(text))
        {
            var holder = context.Subjects.Of(line, m.Index).FirstOrDefault();
            var country = ActorFinder.CountryOf(m.Groups["demonym"].Value);
            var other = country is null ? null : context.Actors.FirstOrDefault(a => a.Name == country.Name);
            if (holder is not null && other is not null)
                yield return (holder, other.Id, KindOf(m.Groups["kind"].Value), Start(line, holder, m.Index), m.Index + m.Length);
        }
        foreach (Match m in Together().Matches(text))
        {
            var holder = line.Mentions.LastOrDefault(x => x.End <= m.Index && m.Index - x.End <= 2);
            var other = After(line, m.Index + m.Length);
            if (holder is not null && other is not null)
                yield return (holder.Actor, other.Actor, "partner", holder.Start, other.End);
        }
        foreach (Match m in Ally().Matches(text))
        {
            var holder = line.Mentions.LastOrDefault(x => x.Possessive && x.End + 3 == m.Index);
            var other = After(line, m.Index + m.Length);
            if (holder is not null && other is not null)
                yield return (holder.Actor, other.Actor, KindOf(m.Groups["kind"].Value), holder.Start, other.End);
        }
        foreach (Match m in WithWhom().Matches(text))
        {
            var holder = context.Subjects.Possessor(line, m.Index + 1, 0) ?? context.Subjects.Of(line, m.Index).FirstOrDefault();
            var other = After(line, m.Index + m.Length);
            if (holder is not null && other is not null)
                yield return (holder, other.Actor, m.Groups["kind"].Success ? "agreement" : "dependent-on", Start(line, holder, m.Index), other.End);
        }
        foreach (Match m in RoleWith().Matches(text))
        {
            var holder = context.Subjects.Possessor(line, m.Index + 1, 0) ?? context.Subjects.Of(line, m.Index).FirstOrDefault();
            var other = After(line, m.Index + m.Length);
            if (holder is not null && other is not null)
                yield return (holder, other.Actor, KindOf(m.Groups["kind"].Value), Start(line, holder, m.Index), other.End);
        }
    }

    /// <summary>"Her husband, X", "Y's wife X": the person the possessive names and X are family.</summary>
    private static IEnumerable<(string From, string To, string Kind, int Start, int End)> Kin(DraftContext context, Line line)
    {
        foreach (Match m in KinWord().Matches(line.Text))
        {
            var holder = context.Subjects.Possessor(line, m.Index, 0);
            var other = After(line, m.Index + m.Length);
            // The quote starts at the possessive ("Her husband, X").
            var owner = line.Words.LastOrDefault(w => w.FullEnd <= m.Index);
            if (holder is not null && other is not null && context.Actor(holder).Kind == ActorKind.Person && context.Actor(other.Actor).Kind == ActorKind.Person)
                yield return (holder, other.Actor, "family", owner.Text is null ? m.Index : owner.Start, other.End);
        }
    }

    private static string KindOf(string word) => word.ToLowerInvariant() switch
    {
        "alliance" or "allies" or "ally" => "ally",
        "partner" or "partners" or "partnership" or "tandem" or "axis" => "partner",
        "rivalry" or "rival" or "rivals" => "rival",
        "mediator" => "mediator",
        _ => word.ToLowerInvariant(),
    };

    private static Mention? After(Line line, int position) =>
        line.Mentions.FirstOrDefault(m => m.Start >= position && m.Start - position <= 6);

    private static int Start(Line line, string actor, int fallback) =>
        line.Mentions.LastOrDefault(m => m.Actor == actor && m.Start <= fallback)?.Start ?? fallback;

    [GeneratedRegex(@"\b(?:husband|wife|son|daughter|father|mother|brother|sister|widow|widower)\b,?\s+(?=\p{Lu})")]
    private static partial Regex KinWord();

    [GeneratedRegex(@"\bmembership (?:in|of)\b|\b(?:is|are|was|were|remains) (?:a )?members? of\b")]
    private static partial Regex Membership();

    [GeneratedRegex(@"\b(?:organi[sz]ation|alliance|bloc|group|union) that includes\b")]
    private static partial Regex Includes();

    [GeneratedRegex(@"\b(?:his|her|their) (?:\w+ )?counterparts?\b")]
    private static partial Regex Counterpart();

    [GeneratedRegex(@"\bwhich represents\b|\brepresenting\b")]
    private static partial Regex Represents();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}]+[-\u2013](?<b>\p{Lu}[\p{L}]+) (?<kind>alliance|rivalry|partnership|tandem|axis)\b")]
    private static partial Regex Paired();

    [GeneratedRegex(@"\b(?:a|an) (?:\w+ )?(?<demonym>\p{Lu}\w+) (?:\w+ )?(?<kind>partner|ally|rival)\b")]
    private static partial Regex Partner();

    [GeneratedRegex(@"\b(?<kind>rivalry|alliance|partnership) with\b|\b(?<kind>mediator) between\b")]
    private static partial Regex RoleWith();

    [GeneratedRegex(@",? together with\b")]
    private static partial Regex Together();

    [GeneratedRegex(@"\b(?<kind>ally|allies|partner|rival)\b")]
    private static partial Regex Ally();

    [GeneratedRegex(@"\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es|ing)) (?:\w+ ){0,2}(?<kind>agreements?|treaty|treaties|deals?|accords?) with\b|\b(?:(?:is|are|was|were|became|becoming|remains?) (?:\w+ )?dependent|depends|depended|reliant|relies|relied) on\b")]
    private static partial Regex WithWhom();
}
