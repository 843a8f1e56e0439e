using Bot.Commands;
using Bot.Tests.Discord;

namespace Bot.Tests.Commands;

/// <summary>Every catalogue command works on every front end, through the real adapter and its fake network edge.</summary>
[Collection(DiscordSuite.Name)]
public sealed class CommandCoverageTests
{
    private static readonly string[] NotAnAnswer = ["doesn't say", "doesn't mention", "I don't know the command", "Usage:", "Sorry", "went wrong"];

    public static TheoryData<string, string> CommandsOnFrontEnds()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in CommandCatalogue.All)
        {
            foreach (var frontEnd in FrontEnds.All)
            {
                // Discord has no /start slash command: a Discord user starts with the bot by mentioning it.
                if (!(command == CommandCatalogue.Start && frontEnd == FrontEnds.DiscordSlash))
                    data.Add(command.Name, frontEnd);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsOnFrontEnds))]
    public async Task Command_RepliesWithItsKindOfReply_OnEveryFrontEnd(string name, string frontEnd)
    {
        var command = CommandCatalogue.Find(name)!;
        var argument = command.Id switch
        {
            CommandId.Ask => "who is " + FrontEnds.ActorName(),
            CommandId.Who => FrontEnds.ActorName(),
            CommandId.Subscribe => "08:00 Europe/Berlin",
            _ => "",
        };

        var shown = await FrontEnds.SendAsync(frontEnd, $"/{name} {argument}".Trim());

        switch (command.Id)
        {
            case CommandId.Digest:
                Assert.Contains(shown.DigestTitle, shown.Text, StringComparison.Ordinal);
                Assert.False(shown.AsAnswer, shown.Text);
                break;
            case CommandId.Subscribe:
                Assert.StartsWith("Subscribed: a digest every day at 08:00 (Europe/Berlin)", shown.Text.Trim(), StringComparison.Ordinal);
                break;
            case CommandId.Unsubscribe:
                Assert.StartsWith("This chat has no digest subscription", shown.Text.Trim(), StringComparison.Ordinal);
                break;
            default:
                Assert.True(shown.AsAnswer, shown.Text);
                Assert.False(string.IsNullOrWhiteSpace(shown.Text));
                Assert.All(NotAnAnswer, bad => Assert.DoesNotContain(bad, shown.Text, StringComparison.OrdinalIgnoreCase));
                if (command.Id == CommandId.Help)
                    Assert.Contains("/unsubscribe", shown.Text, StringComparison.Ordinal);
                break;
        }
    }
}
