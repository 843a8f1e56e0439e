using System.CommandLine;
using Bot.ConsoleChat;
using Bot.Digests;
using Bot.Engine;
using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>The program's commands: run the bot (default), ask, digest, seeds check, draft and compare. <c>--seeds DIR</c> works on all of them.</summary>
public static class BotCommandLine
{
    /// <summary>
    /// The host handles SIGTERM and Ctrl+C itself, finishing the answers in hand within its shutdown timeout; the
    /// parser's own handler would end the process 2 s after the signal, mid-shutdown, with exit code 143.
    /// </summary>
    public static InvocationConfiguration Invocation { get; } = new() { ProcessTerminationTimeout = null };

    public static RootCommand Create(Func<string?, CancellationToken, Task<int>> runBot)
    {
        var seeds = new Option<string?>("--seeds") { Description = "Folder of articles and annotations (default: the Seeds:Path setting, else seeds/)", Recursive = true };
        var root = new RootCommand("A chat bot that answers questions about news-analysis articles, citing them.");
        root.Options.Add(seeds);
        root.SetAction((result, ct) => runBot(result.GetValue(seeds), ct));

        var question = new Argument<string?>("question") { Description = "The question to answer", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read {\"chat\", \"text\"} JSON lines from stdin; write one JSON answer per line" };
        // "ask --jsnol" is a mistyped option, not a question to answer: one word starting with "-" never is one.
        question.Validators.Add(r => { if (r.GetValueOrDefault<string?>() is { } word && word.StartsWith('-') && !word.Any(char.IsWhiteSpace)) r.AddError($"Unrecognized option '{word}'."); });
        var ask = new Command("ask", "Answer one question, or JSON lines from stdin with --jsonl");
        ask.Arguments.Add(question);
        ask.Options.Add(jsonl);
        ask.SetAction((result, ct) => Guarded(async () =>
        {
            var engine = BuildEngine(result.GetValue(seeds));
            if (result.GetValue(jsonl))
            {
                await using var stdin = Console.OpenStandardInput();
                await using var stdout = Console.OpenStandardOutput();
                await JsonlSession.RunAsync(engine, stdin, stdout, ct);
                return 0;
            }
            if (string.IsNullOrWhiteSpace(result.GetValue(question)))
            {
                await Console.Error.WriteLineAsync("Give a question, e.g. Bot ask \"who is ...?\", or use --jsonl.");
                return 1;
            }
            string asked;
            try
            {
                asked = AskedText.Question(result.GetValue(question)!);
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
            await Console.Out.WriteAsync(ConsoleRenderer.Render(engine.Ask(new Question("cli", asked, "cli"))));
            return 0;
        }));

        var date = new Option<DateOnly?>("--date") { Description = "The day to preview (yyyy-MM-dd); default today in Digests:DefaultTimeZone" };
        var digest = new Command("digest", "Preview the digest for a date exactly as it would be posted");
        digest.Options.Add(date);
        digest.SetAction((result, ct) => Guarded(async () =>
        {
            var services = BuildServices(result.GetValue(seeds), b => b.AddDigests());
            var options = services.GetRequiredService<IOptions<DigestOptions>>().Value;
            var day = result.GetValue(date) ?? DigestSchedule.LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow(), options.Zone);
            await Console.Out.WriteAsync(ConsoleRenderer.Render(services.GetRequiredService<DigestService>().Preview(day)));
            return 0;
        }));

        var seedsCommand = new Command("seeds", "Work with the seeds folder");
        var check = new Command("check", "Validate the seeds and print what they hold; exits non-zero on errors");
        check.SetAction(result => SeedsReport.Check(ResolveSeeds(result.GetValue(seeds)), Console.Out, Console.Error));
        seedsCommand.Subcommands.Add(check);
        seedsCommand.Subcommands.Add(DraftCommand());
        seedsCommand.Subcommands.Add(CompareCommand());

        root.Subcommands.Add(ask);
        root.Subcommands.Add(digest);
        root.Subcommands.Add(seedsCommand);
        return root;
    }

    private static Command DraftCommand()
    {
        var article = new Argument<string>("article") { Description = "The article text file, e.g. seeds/name.txt" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing annotation" };
        var output = new Option<string?>("--out") { Description = "Write the draft to this file instead of beside the article" };
        var draft = new Command("draft", "Draft an annotation from the article's text for a curator to edit (name.model.yaml beside it)");
        draft.Arguments.Add(article);
        draft.Options.Add(force);
        draft.Options.Add(output);
        draft.SetAction(result => SeedsDraft.Draft(result.GetValue(article)!, result.GetValue(output), result.GetValue(force), Console.Out, Console.Error));
        return draft;
    }

    private static Command CompareCommand()
    {
        var draftFile = new Argument<string>("draft") { Description = "The drafted annotation" };
        var curatedFile = new Argument<string>("curated") { Description = "The curated annotation (its article must be beside it)" };
        var compare = new Command("compare", "Print the recall of a drafted annotation against a curated one, per kind of fact");
        compare.Arguments.Add(draftFile);
        compare.Arguments.Add(curatedFile);
        compare.SetAction(result => SeedsDraft.Compare(result.GetValue(draftFile)!, result.GetValue(curatedFile)!, Console.Out, Console.Error));
        return compare;
    }

    /// <summary>
    /// Runs a command, turning bad configuration or seeds into a message and exit code 2, and input or output that
    /// fails (stdin a folder, stdout on a full disk) into a message and exit code 1, instead of a crash.
    /// </summary>
    public static async Task<int> Guarded(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (SeedException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Invalid configuration: " + string.Join("; ", ex.Failures));
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is FormatException or ArgumentException)
        {
            // A setting the configuration binder cannot convert (a duration of "banana"): its message names the key.
            await Console.Error.WriteLineAsync("Invalid configuration: " + ex.Message);
            return 2;
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync("Input or output failed: " + ex.Message);
            return 1;
        }
    }

    private static QueryEngine BuildEngine(string? seeds) => BuildServices(seeds, _ => { }).GetRequiredService<QueryEngine>();

    /// <summary>The engine and whatever <paramref name="add"/> registers, with their options validated as start-up would.</summary>
    private static ServiceProvider BuildServices(string? seeds, Action<IHostApplicationBuilder> add)
    {
        var builder = BotHost.CreateBuilder(seeds, LogLevel.Warning);
        builder.AddEngine();
        add(builder);
        var services = builder.Services.BuildServiceProvider();
        foreach (var validator in services.GetServices<IStartupValidator>())
            validator.Validate();
        return services;
    }

    private static string ResolveSeeds(string? seeds)
    {
        var builder = BotHost.CreateBuilder(seeds, LogLevel.Warning);
        var options = new SeedsOptions();
        if (builder.Configuration["Seeds:Path"] is { Length: > 0 } path)
            options.Path = path;
        return options.Resolve();
    }
}
