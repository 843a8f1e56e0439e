namespace Bot.Tests.Discord;

/// <summary>The Discord tests measure timings (heartbeats, 3 s acknowledgements), so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiscordSuite
{
    public const string Name = "Discord";
}
