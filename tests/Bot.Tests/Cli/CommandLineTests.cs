using System.Text.Json;

namespace Bot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Ask_PrintsAnswerWithParagraphAndQuote()
    {
        var result = await BotProcess.RunAsync(["ask", "who's shamanov"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Duma", result.Output);
        Assert.Matches(@"¶\d+ "".+""", result.Output);
    }

    /// <summary>The running program reads Unicode as the engine's tests do: styled letters and combining marks are plain text.</summary>
    [Theory]
    [InlineData("𝐰𝐡𝐨'𝐬 𝐬𝐡𝐚𝐦𝐚𝐧𝐨𝐯")]
    [InlineData("ｗｈｏ'ｓ ｓｈａｍａｎｏｖ")]
    [InlineData("who's sha\u0301manov")]
    public async Task Ask_AnswersAsInPlainLetters_WhenTheQuestionIsStyledOrAccented(string question)
    {
        var result = await BotProcess.RunAsync(["ask", question]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Duma", result.Output);
    }

    [Fact]
    public async Task AskJsonl_AnswersEveryLineInOrder_SharingContextPerChat()
    {
        var input = string.Join('\n',
            """{"chat": "a", "text": "who is urazaev"}""",
            """{"chat": "b", "text": "who is shamanov"}""",
            """{"chat": "a", "text": "what did he say?"}""",
            """{not json""",
            """{"chat": "a"}""",
            """[1, 2]""",
            """{"chat": "c", "text": "what is kazakhstan's gdp"}""",
            """{"chat": "d", "text": "who is vladimir"}""") + "\n";

        var result = await BotProcess.RunAsync(["ask", "--jsonl"], input);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(8, lines.Count);
        Assert.Equal(["answered", "answered", "answered", "error", "error", "error", "unknown", "clarify"],
            lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal("a", lines[2].GetProperty("chat").GetString());
        Assert.Contains("refrain", lines[2].GetProperty("text").GetString());
        var evidence = lines[2].GetProperty("evidence")[0];
        Assert.Equal("csto-rift-grows-between-moscow-and-astana", evidence.GetProperty("article").GetString());
        Assert.True(evidence.GetProperty("paragraph").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("quote").GetString()));
        Assert.NotEmpty(lines[6].GetProperty("suggestions").EnumerateArray());
        Assert.Contains("text", lines[4].GetProperty("error").GetString());
        Assert.All(lines.Where(l => l.GetProperty("status").GetString() != "error"), l => Assert.InRange(l.GetProperty("text").GetString()!.Length, 1, 601));
    }

    [Theory]
    [InlineData("< /", 0)]
    [InlineData("> /dev/full", 5000)]
    public async Task AskJsonl_ExitsWithAMessage_WhenStandardInputOrOutputFails(string redirections, int lines)
    {
        var input = string.Concat(Enumerable.Repeat("""{"chat": "a", "text": "who is putin"}""" + "\n", lines));

        var result = await BotProcess.RunRedirectedAsync(["ask", "--jsonl"], redirections, lines == 0 ? null : input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Input or output failed", result.Errors);
        Assert.DoesNotContain("Unhandled exception", result.Errors);
    }

    [Fact]
    public async Task SeedsCheck_PrintsWhatTheSeedsHold()
    {
        var result = await BotProcess.RunAsync(["seeds", "check"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"actors \d+, topics \d+, positions \d+, events \d+", result.Output);
        Assert.Contains("1 article(s) OK", result.Output);
    }

    [Fact]
    public async Task SeedsCheck_ExitsNonZeroWithFileAndLine_WhenAQuoteIsNotInTheArticle()
    {
        using var seeds = BrokenSeeds();

        var result = await BotProcess.RunAsync(["seeds", "check", "--seeds", seeds.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"tiny\.model\.yaml:6: quote not found in tiny\.txt", result.Errors);
    }

    [Theory]
    [InlineData("Tiny Title\n\nThe keeper rang the bell \xff at dawn.\n", "tiny.txt:3: the article file is not UTF-8 text (byte 0xFF)")]
    [InlineData("Tiny Title\n\nThe keeper rang the bell \0 at dawn.\n", "tiny.txt:3: the article file holds a NUL byte")]
    [InlineData("\xff\xfeT\0i\0", "tiny.txt:1: the article file is not UTF-8 text (byte 0xFF)")]
    public async Task SeedsCheck_NamesFileAndLine_WhenAnArticleIsNotUtf8Text(string bytes, string error)
    {
        using var seeds = new TempFolder();
        File.WriteAllBytes(Path.Combine(seeds.Path, "tiny.txt"), System.Text.Encoding.Latin1.GetBytes(bytes));

        var result = await BotProcess.RunAsync(["seeds", "check", "--seeds", seeds.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(error, result.Errors);
    }

    [Theory]
    [InlineData("article:\n  source: [Test\n  published: 2017-07\n", "tiny.model.yaml:2: not valid YAML")]
    [InlineData("actors:\n  - id: keeper\n    aliases: {Bell\n    name: Keeper\n", "tiny.model.yaml:3: not valid YAML")]
    public async Task SeedsCheck_NamesFileAndLine_WhenABracketIsLeftOpenInTheAnnotation(string yaml, string error)
    {
        using var seeds = new TempFolder()
            .With("tiny.txt", "Tiny Title\n\nThe lighthouse keeper rang the bell at dawn.\n")
            .With("tiny.model.yaml", yaml);

        var result = await BotProcess.RunAsync(["seeds", "check", "--seeds", seeds.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(error, result.Errors);
        Assert.DoesNotContain("Unhandled exception", result.Errors);
    }

    [Theory]
    [InlineData("--jsnol")]
    [InlineData("-j")]
    public async Task Ask_RefusesAMistypedOption_InsteadOfAnsweringItAsAQuestion(string option)
    {
        var result = await BotProcess.RunAsync(["ask", option]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"Unrecognized option '{option}'", result.Errors);
        Assert.DoesNotContain("doesn't say", result.Output);
    }

    [Fact]
    public async Task Ask_SaysTheSeedsPathIsAFile_WhenItIsNotAFolder()
    {
        using var seeds = new TempFolder().With("tiny.txt", "Tiny Title\n\nThe keeper rang the bell at dawn.\n");

        var result = await BotProcess.RunAsync(["ask", "who rang the bell?", "--seeds", Path.Combine(seeds.Path, "tiny.txt")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tiny.txt: the seeds path is a file, not a folder", result.Errors);
    }

    [Fact]
    public async Task Ask_StopsWithTheSeedError_WhenSeedsAreBroken()
    {
        using var seeds = BrokenSeeds();

        var result = await BotProcess.RunAsync(["ask", "who is anyone", "--seeds", seeds.Path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tiny.model.yaml:6: quote not found", result.Errors);
    }

    [Fact]
    public async Task Ask_ReadsSeedsFolder_FromConfiguration()
    {
        using var seeds = new TempFolder()
            .With("tiny.txt", "Tiny Title\n\nThe lighthouse keeper rang the bell at dawn.\n");

        var result = await BotProcess.RunAsync(["ask", "who rang the bell?"], environment: new Dictionary<string, string> { ["Seeds__Path"] = seeds.Path });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lighthouse keeper", result.Output);
    }

    [Fact]
    public async Task Run_OpensConsoleChat_AndExitsAtEndOfInput_WhenNoTokens()
    {
        var result = await BotProcess.RunAsync([], "who is putin\n\nwhat did he say about ukraine\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Putin", result.Output);
        Assert.Contains("doesn't say", result.Output);
    }

    [Fact]
    public async Task Run_KeepsHostLifetimeLinesOutOfTheChat_WhenConsoleChatIsTheFrontEnd()
    {
        var result = await BotProcess.RunAsync([], "who is putin\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Putin", result.Output);
        Assert.DoesNotContain("Application started", result.Output + result.Errors);
        Assert.DoesNotContain("info:", result.Output + result.Errors);
    }

    [Fact]
    public async Task Run_StopsNamingTheKey_WhenASettingIsInvalid()
    {
        var result = await BotProcess.RunAsync([], "", new Dictionary<string, string> { ["Engine__MaxConversations"] = "0" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Engine:MaxConversations", result.Errors);
    }

    private static TempFolder BrokenSeeds() => new TempFolder()
        .With("tiny.txt", "Tiny Title\n\nThe lighthouse keeper rang the bell at dawn.\n")
        .With("tiny.model.yaml", "article:\n  source: Test\nactors:\n  - id: keeper\n    name: Keeper\n    quote: \"the keeper sang\"\n    kind: person\n    role: rings the bell\n");
}
