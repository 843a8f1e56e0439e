using Bot.Engine.Text;
namespace Bot.Engine.Extraction;

/// <summary>
/// International bodies news writing names by acronym or in full (general knowledge, not any article's), so a
/// draft that meets "the EU" also answers to "European Union": acronym | full name | other names.
/// </summary>
internal static class WellKnownBodies
{
    private static readonly string Table = EmbeddedData.Read("bodies.txt");

    private static readonly List<string[]> Bodies = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|') is var cells ? new[] { cells[0], cells[1] }.Concat(cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray() : []).ToList();

    /// <summary>Whether a name is one of a well-known body's ("Brussels" of the European Union).</summary>
    public static bool Knows(string name) => Bodies.Any(b => b.Contains(name, StringComparer.Ordinal));

    /// <summary>Gives an organisation every other name of the well-known body one of its names is.</summary>
    public static void AddNames(ActorDraft organisation)
    {
        var names = organisation.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var body in Bodies.Where(b => b.AnyIn(names)))
        {
            foreach (var name in body)
                organisation.AddAlias(name);
        }
    }
}
