using Bot.Discord.Gateway;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

public sealed class ShardListTests
{
    [Theory]
    [InlineData("0/1", "0/1")]
    [InlineData("0/4,1/4", "0/4 1/4")]
    [InlineData(" 3/4 , 2/4 ", "3/4 2/4")]
    public void Parse_ReturnsShards_WhenListIsValid(string value, string expected)
    {
        var (shards, problem) = ShardList.Parse(value);

        Assert.Null(problem);
        Assert.Equal(expected, string.Join(' ', shards));
    }

    [Theory]
    [InlineData("0-4")]
    [InlineData("a/4")]
    [InlineData("0/4,")]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("0/0")]
    [InlineData("0/4,1/8")]
    [InlineData("1/4,1/4")]
    public void Parse_NamesProblem_WhenListIsInvalid(string value)
    {
        var (shards, problem) = ShardList.Parse(value);

        Assert.Empty(shards);
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("auto", true)]
    [InlineData(" Auto ", true)]
    [InlineData("0/1", false)]
    public void IsAuto_RecognisesAuto_WhenGivenInAnyCase(string value, bool expected) => Assert.Equal(expected, ShardList.IsAuto(value));

    [Theory]
    [InlineData("0/4,4/4")]
    [InlineData("0/2,1/3")]
    [InlineData("zero")]
    public async Task Start_FailsNamingTheKey_WhenShardsAreInvalid(string value)
    {
        using var host = BotUnderTest.Build(new Uri("http://127.0.0.1:9/api/v10"), new TestLogs(), new Dictionary<string, string?> { ["Discord:Shards"] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:Shards", error.Message, StringComparison.Ordinal);
    }
}
