using System.Text.Json;

namespace Bot.Tests.Cli;

public sealed class JsonlFuzzTests
{
    [Fact]
    public async Task AskJsonl_AnswersEveryHostileLineWithOneJsonObject_AndExitsCleanly()
    {
        var lines = HostileLines.Generate(10_000, seed: 20_170_622);
        var input = lines.SelectMany(line => line.Append((byte)'\n')).ToArray();

        var result = await BotProcess.RunAsync(["ask", "--jsonl"], input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.EndsWith("\n", result.Output, StringComparison.Ordinal);
        var output = result.Output[..^1].Split('\n');
        Assert.Equal(lines.Count, output.Length);
        for (var i = 0; i < output.Length; i++)
        {
            using var answer = JsonDocument.Parse(output[i]);
            Assert.Equal(JsonValueKind.Object, answer.RootElement.ValueKind);
            Assert.True(answer.RootElement.TryGetProperty("status", out _), $"line {i + 1} has no status: {output[i]}");
        }
    }
}
