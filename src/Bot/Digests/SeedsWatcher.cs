using Bot.Engine;
using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Hosting;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// Hot reload: when a file in the seeds folder is added, changed or removed, the folder is loaded
/// and validated again and, only if it is valid, swapped into the query engine and the digests
/// (whose next post then announces any new article). An invalid or unreadable change keeps the old
/// model and says why in one log line; nothing a change does to the folder stops the bot. Polling on the TimeProvider keeps it deterministic and portable.
/// </summary>
public sealed class SeedsWatcher(QueryEngine engine, DigestService digests, IOptions<SeedsOptions> seeds, TimeProvider time,
    IOptions<DigestOptions> options, BotMetrics metrics, ILogger<SeedsWatcher> logger) : BackgroundService
{
    private const int MaxLoggedProblems = 10;

    private string? _fingerprint;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.SeedsReloadInterval, time, stoppingToken);
                try
                {
                    Check();
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.SeedsUnreadable(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Reloads if the folder changed since the last look; true when a new model was swapped in.</summary>
    public bool Check()
    {
        var folder = seeds.Value.Resolve();
        try
        {
            var fingerprint = Fingerprint(folder);
            if (_fingerprint is null || fingerprint == _fingerprint)
            {
                _fingerprint = fingerprint;
                return false;
            }
            _fingerprint = fingerprint;
            var errors = new List<SeedError>();
            var knowledge = SeedLoader.TryLoad(folder, errors);
            if (errors.Count > 0)
            {
                Log.SeedsRejected(logger, errors.Count, Summary(errors));
                metrics.SeedsReloaded("rejected");
                return false;
            }
            engine.Reload(knowledge);
            digests.Reload(knowledge);
            Log.SeedsReloaded(logger, knowledge.Articles.Count);
            metrics.SeedsReloaded("ok");
            digests.RecordArticles(knowledge);
            return true;
        }
        catch (StorageException ex)
        {
            // The new model is live; only the "new article" announcement waits for the store.
            Log.StoreFailed(logger, ex.Message);
            return true;
        }
        catch (Exception ex)
        {
            // Whatever a change does to the folder, the bot keeps answering from the model it has.
            Log.SeedsUnreadable(logger, ex);
            return false;
        }
    }

    /// <summary>The first problems on one line: a hostile file can hold thousands.</summary>
    private static string Summary(List<SeedError> errors)
    {
        var shown = string.Join("; ", errors.Take(MaxLoggedProblems).Select(e => e.ToString().ReplaceLineEndings(" ")));
        return errors.Count > MaxLoggedProblems ? $"{shown}; and {errors.Count - MaxLoggedProblems} more" : shown;
    }

    private static string Fingerprint(string folder) => string.Join('\n',
        new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
