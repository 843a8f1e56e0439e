namespace Bot.Discord.Gateway;

/// <summary>
/// Reads Discord:Shards: "auto" (the count Discord recommends, all run here) or the shards this process runs,
/// as ID/COUNT items ("0/4,1/4"), so several processes can share one bot.
/// </summary>
internal static class ShardList
{
    public const string Auto = "auto";

    public static bool IsAuto(string value) => value.Trim().Equals(Auto, StringComparison.OrdinalIgnoreCase);

    /// <summary>The explicit shards, or why the value is not a valid list.</summary>
    public static (IReadOnlyList<Shard> Shards, string? Problem) Parse(string value)
    {
        var shards = new List<Shard>();
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        foreach (var item in items)
        {
            var parts = item.Split('/', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var id) || !int.TryParse(parts[1], out var count))
                return ([], $"has '{item}', which is not ID/COUNT");
            if (count < 1 || id < 0 || id >= count)
                return ([], $"has '{item}', whose id is not between 0 and {Math.Max(count, 1) - 1}");
            shards.Add(new Shard(id, count));
        }
        if (shards.Select(s => s.Count).Distinct().Count() > 1)
            return ([], "mixes shard counts; every item must name the same COUNT");
        if (shards.Select(s => s.Id).Distinct().Count() != shards.Count)
            return ([], "names a shard twice");
        return (shards, null);
    }
}
