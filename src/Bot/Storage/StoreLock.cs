using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Keeps a second bot process off a SQLite store another one is using (the bot started twice in one folder, or a
/// restart overlapping the old process). SQLite lets both in, but on it claims are taken over at once, the Discord
/// session is saved once and the Telegram state files beside it are written by one process: both would answer,
/// and each would take over the other's work. Before the host starts, the second process says once that it waits,
/// and it takes over when the first one ends, by a stop or a crash (the lock is the process's open lock file, which
/// goes with it). PostgreSQL and in-memory stores need no lock.
/// </summary>
internal sealed class StoreLock(string? databaseFile, TimeProvider time, ILogger<StoreLock> logger) : IDisposable
{
    /// <summary>How often a waiting process tries the lock again: a takeover comes this long after the other process ends.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private FileStream? _lock;

    /// <summary>
    /// How a file locked by another process is refused: on Unix the error number of a lock that would block (EWOULDBLOCK:
    /// 11 on Linux, 35 on macOS), on Windows a sharing violation (ERROR_SHARING_VIOLATION in an HRESULT).
    /// </summary>
    private static bool IsHeldElsewhere(IOException ex) => OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) == 32
        : ex.HResult == (OperatingSystem.IsMacOS() ? 35 : 11);

    /// <summary>The database file of a SQLite connection string; null for an in-memory one, or a malformed one (which the store reports).</summary>
    public static string? FileOf(string sqliteConnectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
            return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Returns once this process has the store to itself; false when SIGTERM or Ctrl+C came first, and the bot is to end
    /// without having started. The host handles those signals only once it runs, so until then this wait does.
    /// </summary>
    public async Task<bool> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (databaseFile is null)
            return true;
        var path = databaseFile + ".lock";
        if (TryTake(path))
            return true;
        Log.StoreInUse(logger, databaseFile, RetryEvery);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            do
                await Task.Delay(RetryEvery, time, stop.Token);
            while (!TryTake(path));
        }
        catch (OperationCanceledException)
        {
            Log.StoreWaitEnded(logger);
            return false;
        }
        Log.StoreTakenOver(logger, databaseFile);
        return true;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>Takes the lock; false while another process holds it. A lock file that cannot be made at all is not this lock's to report: the store says why.</summary>
    private bool TryTake(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // FileShare.None is an exclusive flock on Unix, a share lock on Windows: both end with the process.
            _lock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.StoreLockUnavailable(logger, path, ex.Message);
            return true;
        }
    }

    /// <summary>Released only when the host is disposed, after every service that used the store has stopped.</summary>
    public void Dispose() => _lock?.Dispose();
}
