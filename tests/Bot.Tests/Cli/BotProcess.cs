using System.Diagnostics;
using System.Text;
using Bot.Tests.Discord.Fakes;

namespace Bot.Tests.Cli;

/// <summary>Runs the built program the way a user does (<c>dotnet Bot.dll ...</c>) and captures what it prints.</summary>
public static class BotProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>
    /// The program's own build output (same configuration as the tests): the test folder shares ASP.NET Core's
    /// framework for its fake servers, so the program's own dependencies are not all copied beside the tests.
    /// </summary>
    private static string ProgramFolder { get; } = FindProgramFolder();

    private static string FindProgramFolder()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var root = testFolder;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Bot.sln")))
            root = root.Parent;
        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the tests"), "src", "Bot", "bin", configuration, framework);
    }

    public static Task<Result> RunAsync(IEnumerable<string> args, string? input = null, IDictionary<string, string>? environment = null) =>
        RunAsync(args, input is null ? null : stdin => stdin.WriteAsync(input), environment);

    /// <summary>Runs with <paramref name="input"/> as raw bytes on stdin (e.g. invalid UTF-8).</summary>
    public static Task<Result> RunAsync(IEnumerable<string> args, byte[] input) =>
        RunAsync(args, async stdin => await stdin.BaseStream.WriteAsync(input), null);

    /// <summary>Runs through <c>sh</c> with shell <paramref name="redirections"/> (e.g. <c>&gt; /dev/full</c>), for standard streams a pipe cannot be.</summary>
    public static Task<Result> RunRedirectedAsync(IEnumerable<string> args, string redirections, string? input = null,
        IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        RunAsync(args, input is null ? null : stdin => stdin.WriteAsync(input), environment, shellRedirections: redirections, workingDirectory: workingDirectory);

    /// <summary>Runs the bot, sends it SIGTERM after <paramref name="runFor"/> (as a service manager stops it) and says how long it took to end.</summary>
    public static Task<(Result Result, TimeSpan Stopping)> RunAndTerminateAsync(IDictionary<string, string> environment, TimeSpan runFor) =>
        RunAndTerminateAsync(environment, () => Task.Delay(runFor));

    /// <summary>
    /// Runs the bot (through <c>sh</c> with <paramref name="redirections"/> such as <c>&lt;&amp;-</c>, and in <paramref name="workingDirectory"/>
    /// when given), sends it SIGTERM once <paramref name="terminateWhen"/> completes and says how long it took to end.
    /// </summary>
    public static async Task<(Result Result, TimeSpan Stopping)> RunAndTerminateAsync(IDictionary<string, string> environment, Func<Task> terminateWhen,
        string? redirections = null, string? workingDirectory = null)
    {
        var stopping = TimeSpan.Zero;
        var result = await RunAsync([], null, environment, async process =>
        {
            await terminateWhen();
            var sent = DateTime.UtcNow;
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await process.WaitForExitAsync();
            stopping = DateTime.UtcNow - sent;
        }, redirections, workingDirectory);
        return (result, stopping);
    }

    /// <summary>Runs the bot until <paramref name="killWhen"/> completes, then kills it with SIGKILL (a crash, an OOM kill): nothing of it runs after that.</summary>
    public static Task<Result> RunAndKillAsync(IDictionary<string, string> environment, Func<Task> killWhen) =>
        RunAsync([], null, environment, async process =>
        {
            try
            {
                await killWhen();
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        });

    /// <summary>Starts the bot with stdin closed and leaves it running, for tests that run several at once and watch what each logs.</summary>
    public static Running Start(IDictionary<string, string> environment)
    {
        var start = Prepare([], environment, "<&-", null);
        start.RedirectStandardInput = false;
        return new Running(Process.Start(start)!);
    }

    /// <summary>A bot process left running: its log so far, and ways to end it.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _errors = new();
        private readonly Task _output;

        internal Running(Process process)
        {
            _process = process;
            _output = process.StandardOutput.ReadToEndAsync();
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_errors)
                    _errors.AppendLine(e.Data);
            };
            process.BeginErrorReadLine();
        }

        public string Errors
        {
            get
            {
                lock (_errors)
                    return _errors.ToString();
            }
        }

        /// <summary>Waits until the bot has logged <paramref name="text"/>.</summary>
        public Task WaitForLogAsync(string text) => Wait.UntilAsync(() => Errors.Contains(text, StringComparison.Ordinal), TimeSpan.FromSeconds(30), $"the bot to log \"{text}\"");

        /// <summary>Kills it with SIGKILL, as a crash or an OOM kill does.</summary>
        public async Task KillAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        /// <summary>Sends SIGTERM, as a service manager does, and returns the exit code.</summary>
        public async Task<int> TerminateAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
            await _output;
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }

    private static async Task<Result> RunAsync(IEnumerable<string> args, Func<StreamWriter, Task>? writeInput, IDictionary<string, string>? environment,
        Func<Process, Task>? whileRunning = null, string? shellRedirections = null, string? workingDirectory = null)
    {
        var start = Prepare(args, environment, shellRedirections, workingDirectory);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            if (writeInput is not null)
                await writeInput(process.StandardInput);
            if (whileRunning is null)
                process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program stopped reading early (it ended): what it printed is the result.
        }
        if (whileRunning is not null)
            await whileRunning(process);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }

    private static ProcessStartInfo Prepare(IEnumerable<string> args, IDictionary<string, string>? environment, string? shellRedirections, string? workingDirectory)
    {
        var start = new ProcessStartInfo(shellRedirections is null ? "dotnet" : "sh")
        {
            WorkingDirectory = workingDirectory ?? ProgramFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (shellRedirections is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec dotnet \"$@\" " + shellRedirections);
            start.ArgumentList.Add("sh");
        }
        start.ArgumentList.Add(Path.Combine(ProgramFolder, "Bot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Only the settings a test gives: no chat tokens leak in from the machine running the tests.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Telegram__", StringComparison.Ordinal) || k.StartsWith("Discord__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return start;
    }
}
