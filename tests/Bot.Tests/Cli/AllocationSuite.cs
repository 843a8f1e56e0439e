namespace Bot.Tests.Cli;

/// <summary>Tests that count the process's allocations run alone, so other tests' allocations don't count against them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationSuite
{
    public const string Name = "Allocation measurements";
}
