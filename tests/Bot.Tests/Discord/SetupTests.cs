using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

public sealed class SetupTests
{
    [Theory]
    [InlineData("Discord:ReconnectDelayMin", "01:00:00")]
    [InlineData("Discord:DeferAfter", "00:00:05")]
    [InlineData("Discord:GuildId", "not-a-number")]
    public async Task Start_FailsNamingTheKey_WhenSettingIsInvalid(string key, string value)
    {
        using var host = BotUnderTest.Build(new Uri("http://127.0.0.1:1/api/v10"), new TestLogs(), new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }
}
