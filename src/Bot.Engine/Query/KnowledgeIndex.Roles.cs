namespace Bot.Engine.Query;

/// <summary>
/// "Nata Roe's husband is due to be released", "the defence minister jokes ...": a sentence calling a person by the role
/// the article gives them speaks of that person, though it never gives the name.
/// </summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>The fewest words a role needs to be told apart in a sentence: "the president" alone may be anyone's.</summary>
    private const int MinRoleCallWords = 2;

    /// <summary>The most words of a role read as what a sentence calls someone: longer ones describe.</summary>
    private const int MaxRoleCallWords = 5;

    private List<(string Call, string Person)>? _roleCalls;

    /// <summary>The people a sentence calls by the role given them ("the defence minister", "Jo Roe's husband"), each role held by one person.</summary>
    private IEnumerable<string> CalledByRole(string sentence)
    {
        _roleCalls ??= RoleCalls();
        return _roleCalls.Where(r => sentence.Contains(r.Call, StringComparison.OrdinalIgnoreCase)).Select(r => r.Person);
    }

    private List<(string Call, string Person)> RoleCalls()
    {
        var calls = Entities.Values.Where(e => e.IsPerson)
            .SelectMany(e => e.Actors.SelectMany(a => a.Role.Split(';')).Select(r => (Role: r.Trim(), Person: e.Id)))
            .Where(r => r.Role.Split(' ').Length is >= MinRoleCallWords and <= MaxRoleCallWords
                && !r.Role.StartsWith("former", StringComparison.OrdinalIgnoreCase) && !r.Role.StartsWith("author", StringComparison.OrdinalIgnoreCase))
            // "Jo Roe's husband" says whose; "Defence minister" is called "the defence minister".
            .Select(r => (Call: r.Role.Contains("'s ", StringComparison.Ordinal) || r.Role.Contains("’s ", StringComparison.Ordinal)
                || r.Role.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? r.Role : "the " + r.Role, r.Person))
            .ToList();
        return [.. calls.Where(c => calls.All(o => o.Person == c.Person || !o.Call.Equals(c.Call, StringComparison.OrdinalIgnoreCase)))];
    }
}
