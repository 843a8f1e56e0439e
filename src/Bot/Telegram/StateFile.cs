using System.Text.Json;

namespace Bot.Telegram;

/// <summary>A small JSON file written atomically (temp file, then rename), so a crash never leaves half a state.</summary>
internal sealed class StateFile<T>(string path) where T : new()
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Lock _lock = new();

    public T Load()
    {
        if (!File.Exists(path))
            return new T();
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? new T();
    }

    public void Save(T state)
    {
        lock (_lock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(state, Json));
            File.Move(temp, path, overwrite: true);
        }
    }
}
