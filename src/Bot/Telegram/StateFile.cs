using System.Text.Json;

namespace Bot.Telegram;

/// <summary>
/// A small JSON file written atomically (temp file, then rename), so a crash never leaves half a state. A write that
/// fails (a full disk, a folder taken away) leaves the state in memory only: it saves repeating work, and must not stop
/// the polling or a chat. <paramref name="notSaved"/> is told once per run of failures.
/// </summary>
internal sealed class StateFile<T>(string path, Action<string>? notSaved = null) where T : new()
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Lock _lock = new();
    private bool _failing;

    /// <summary>
    /// The saved state, or a fresh one when there is none or it cannot be read (a disk that filled up or lost power
    /// can leave zeros or garbage): the unreadable file is kept beside it as NAME.unreadable, and the bot goes on,
    /// since this state only saves repeating work and never holds anything the bot cannot run without.
    /// </summary>
    public T Load()
    {
        if (!File.Exists(path))
            return new T();
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? new T();
        }
        catch (JsonException)
        {
            File.Move(path, path + ".unreadable", overwrite: true);
            return new T();
        }
    }

    public void Save(T state)
    {
        lock (_lock)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var temp = path + ".tmp";
                File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(state, Json));
                File.Move(temp, path, overwrite: true);
                _failing = false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (!_failing)
                    notSaved?.Invoke(ex.Message);
                _failing = true;
            }
        }
    }
}
