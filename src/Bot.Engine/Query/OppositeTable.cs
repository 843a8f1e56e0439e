namespace Bot.Engine.Query;

/// <summary>
/// Reads the table of opposites (Data/opposites.txt) into a map by stem. Every pair works both ways, and a
/// word may have several opposites.
/// </summary>
internal static class OppositeTable
{
    /// <summary>"a, b" lines as a pair; "a, b | x, y" lines pair every word on one side with every word on the other.</summary>
    private static IEnumerable<(string A, string B)> Pairs(string table) =>
        table.Split('\n').Where(line => !line.StartsWith('#')).SelectMany(line => line.Split('|') is [var left, var right]
            ? Side(left).SelectMany(a => Side(right).Select(b => (a, b)))
            : Side(line) is [var a, var b] ? [(a, b)] : []);

    private static string[] Side(string side) => side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static Dictionary<string, string[]> Read(string table)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in Pairs(table))
        {
            var (x, y) = (Text.Stemmer.Stem(a), Text.Stemmer.Stem(b));
            Add(x, y);
            Add(y, x);
        }
        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        void Add(string from, string to)
        {
            if (!map.TryGetValue(from, out var set))
                map[from] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(to);
        }
    }
}
