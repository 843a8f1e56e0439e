using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Roles that name their holder's owner by a pronoun ("Her husband, X", "Its chairman, X").</summary>
internal sealed partial class ActorFinder
{
    /// <summary>
    /// "Her husband, X": "her" stands for the last person named before it, so the role says whose husband; and she,
    /// often named only as a speaker, is X's wife.
    /// </summary>
    private string Owned(Line line, string role, int at, string quote, string name)
    {
        // "Its chairman, X": "its" stands for the last body named before it, whose chairman X is.
        if (BodyPronoun().Match(role) is { Success: true } its)
            return LastBefore(line, at, a => a.Kind == ActorKind.Organisation) is { } body ? $"{body.Name}'s {role[its.Length..]}" : role;
        var match = OwnerPronoun().Match(role);
        if (!match.Success || LastBefore(line, at, a => a.Kind == ActorKind.Person) is not { } owner)
            return role;
        var kin = role[match.Length..];
        if (Spouses.TryGetValue(kin, out var spouse))
            owner.OfferRole($"{name}'s {spouse}", RoleRank.Defining, line, quote);
        return $"{owner.Name}'s {kin}";
    }

    private static readonly Dictionary<string, string> Spouses = new(StringComparer.Ordinal) { ["husband"] = "wife", ["wife"] = "husband" };

    private ActorDraft? LastBefore(Line line, int position, Func<ActorDraft, bool> kind)
    {
        var index = _lines.IndexOf(line);
        for (var i = index; i >= 0 && i >= index - 2; i--)
        {
            var text = i == index ? line.Text[..position] : _lines[i].Text;
            var last = _actors.Where(kind)
                .Select(a => (Actor: a, At: a.Names.Max(n => text.LastIndexOf(n, StringComparison.Ordinal))))
                .Where(p => p.At >= 0).OrderBy(p => p.At).LastOrDefault();
            if (last.Actor is not null)
                return last.Actor;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:[Hh]er|[Hh]is)\s+")]
    private static partial Regex OwnerPronoun();

    [GeneratedRegex(@"^[Ii]ts\s+")]
    private static partial Regex BodyPronoun();
}
