using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Bot.Tests.Storage.Support;

/// <summary>
/// A throwaway PostgreSQL server for the whole test run: initdb and pg_ctl in a temporary folder, on a
/// free loopback port, with fsync off. initdb refuses to run as root, so under root the server runs as
/// the postgres user, which then owns the folder. Each test asks for a fresh, empty database.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string SystemUser = "postgres";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-pg-" + Guid.NewGuid().ToString("N"));
    private readonly string? _runAs;
    private readonly int _port;
    private bool _started;

    public PostgresServer()
    {
        if (PostgresBinaries.Folder is null)
            return;
        _runAs = Environment.UserName == "root" ? SystemUser : null;
        _port = FreePort();
        Directory.CreateDirectory(_folder);
        if (_runAs is not null)
            Run("chown", _runAs, _folder);
        var data = Path.Combine(_folder, "data");
        RunServer("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync", "--no-instructions");
        RunServer("pg_ctl", "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        _started = true;
    }

    /// <summary>A new empty database on the server; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "bot_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
            RunServer("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Timeout=30;Command Timeout=60";

    private void RunServer(string program, params string[] arguments)
    {
        var path = Path.Combine(PostgresBinaries.Folder!, program);
        if (_runAs is null)
            Run(path, arguments);
        else
            Run("runuser", ["-u", _runAs, "--", path, .. arguments]);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
