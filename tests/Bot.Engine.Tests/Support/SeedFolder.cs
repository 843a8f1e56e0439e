namespace Bot.Engine.Tests.Support;

/// <summary>A throwaway seeds folder a test writes its own articles and annotations into.</summary>
public sealed class SeedFolder : IDisposable
{
    public SeedFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedFolder With(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text.ReplaceLineEndings("\n"));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
