using Bot.Digests;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>
/// A folder the bot keeps files in, named by the setting <paramref name="key"/>: Digests:DataDirectory when the SQLite store is
/// kept there (no connection string overrides it), and Telegram:StateDirectory. Made before the bot starts: the files are
/// written only once running, where an unusable folder was merely logged (the store) or stopped the chat it was written for.
/// </summary>
internal sealed class DataDirectory(string? folder, string key = DataDirectory.DigestsKey)
{
    private const string DigestsKey = $"{DigestOptions.Section}:{nameof(DigestOptions.DataDirectory)}";

    public static DataDirectory Of(StorageOptions storage, DigestOptions digests) =>
        new(storage.IsPostgres || !string.IsNullOrWhiteSpace(storage.ConnectionString) || !string.IsNullOrWhiteSpace(digests.ConnectionString)
            ? null : digests.DataDirectory);

    /// <summary>Creates the folder and checks a file can be written in it; bad configuration (exit code 2) naming the key and the path when not.</summary>
    public void Prepare()
    {
        if (folder is null)
            return;
        var path = folder;
        try
        {
            path = Path.GetFullPath(folder);
            Directory.CreateDirectory(path);
            // An existing folder can still refuse the bot's files (read-only, or not writable by the bot's user).
            using (new FileStream(Path.Combine(path, $".write-check-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OptionsValidationException(key, typeof(DataDirectory), [$"{key} \"{path}\" cannot hold the bot's files: {ex.Message}"]);
        }
    }
}
