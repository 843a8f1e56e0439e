namespace Bot.Discord.Gateway;

/// <summary>One gateway shard: Discord sends it the events of the guilds whose id maps to <see cref="Id"/> out of <see cref="Count"/>.</summary>
internal sealed record Shard(int Id, int Count)
{
    public int[] ToIdentify() => [Id, Count];

    public override string ToString() => $"{Id}/{Count}";
}
