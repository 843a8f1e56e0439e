namespace Bot.Tests.Cli;

/// <summary>A folder that disappears with the test, for seeds and data a test writes.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder With(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
