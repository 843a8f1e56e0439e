using System.Diagnostics;

namespace Bot.Tests.Storage.Support;

/// <summary>Finds PostgreSQL's server programs: <c>pg_config --bindir</c>, else the newest Debian install, else the PATH.</summary>
public static class PostgresBinaries
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The folder holding initdb and pg_ctl, or null when this machine has no PostgreSQL server.</summary>
    public static string? Folder => Found.Value;

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? Missing => Folder is null
        ? "No PostgreSQL server binaries (initdb, pg_ctl) found via pg_config, /usr/lib/postgresql/*/bin or the PATH; install postgresql to run these tests."
        : null;

    private static string? Find()
    {
        IEnumerable<string?> candidates =
        [
            Environment.GetEnvironmentVariable("PG_BINDIR"),
            PgConfigBindir(),
            .. Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin"))
                : [],
            .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator),
        ];
        return candidates.FirstOrDefault(folder => !string.IsNullOrEmpty(folder)
            && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static int VersionOf(string folder) => int.TryParse(Path.GetFileName(folder), out var version) ? version : 0;

    private static string? PgConfigBindir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
