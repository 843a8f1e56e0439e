namespace Bot.Engine.Loading;

/// <summary>One problem in the seeds, pointing at the file and line a person must fix.</summary>
public sealed record SeedError(string File, long Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown when the seeds cannot be loaded; carries every problem found, not just the first.</summary>
public sealed class SeedException(IReadOnlyList<SeedError> errors)
    : Exception("The seeds are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
