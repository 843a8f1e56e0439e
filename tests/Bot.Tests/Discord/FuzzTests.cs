using System.Text.Json.Nodes;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

/// <summary>Thousands of hostile gateway events through the fake Discord: the bot keeps its footing and its manners.</summary>
[Collection(DiscordSuite.Name)]
public sealed class FuzzTests
{
    private const int Count = 2_400;

    [Fact]
    public async Task HostileEvents_EachQuestionAnsweredOnceAndEachInteractionAcknowledgedOnce_WithoutCrashOrPing()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var actors = bot.Engine.Entities().Where(e => e.IsActor).Select(e => e.Name).ToList();
        var events = new HostileEvents(seed: 20260622, actors).Generate(Count).ToList();

        foreach (var e in events)
            await connection.DispatchRawAsync(e.Type, e.Data);

        var questions = events.Where(e => e.Owed == Owed.Reply).Select(e => e.Id!).ToList();
        var interactions = events.Where(e => e.Owed == Owed.Acknowledgement).Select(e => $"interactions/{e.Id}/{e.Token}/callback").ToList();
        var sent = new SentIndex(bot.Fake);
        try
        {
            await Wait.UntilAsync(() => sent.Update() && questions.All(id => sent.Replies(id) >= 1) && interactions.All(path => sent.Callbacks(path) >= 1),
                TimeSpan.FromSeconds(60), "every question answered and every interaction acknowledged");
        }
        catch (TimeoutException)
        {
            var errors = string.Join("\n", bot.Logs.Entries.Where(e => e.Level >= LogLevel.Error || e.Message.Contains("failed", StringComparison.Ordinal)).Take(10)
                .Select(e => $"{e.Level} {e.Message} {e.Exception}"));
            errors += string.Join("\n", events.Where(e => e.Owed == Owed.Acknowledgement && sent.Callbacks($"interactions/{e.Id}/{e.Token}/callback") == 0)
                .Select(e => e.Data.Length > 400 ? e.Data[..400] : e.Data));
            Assert.Fail($"Unanswered: {questions.Count(id => sent.Replies(id) == 0)} of {questions.Count} questions, "
                + $"{interactions.Count(path => sent.Callbacks(path) == 0)} of {interactions.Count} interactions. Logs:\n{errors}");
        }
        await Task.Delay(500);
        sent.Update();

        Assert.False(bot.Stopping.IsCancellationRequested);
        Assert.Single(bot.Fake.Connections);
        Assert.True(connection.IsOpen);
        Assert.All(questions, id => Assert.Equal(1, sent.Replies(id)));
        Assert.All(interactions, path => Assert.Equal(1, sent.Callbacks(path)));
        Assert.All(events.Where(e => e.Owed == Owed.Nothing && e.Id is not null && e.Token is null), e => Assert.Equal(0, sent.Replies(e.Id!)));
        Assert.All(events.Where(e => e.Owed == Owed.AtMostOneReply), e => Assert.InRange(sent.Replies(e.Id!), 0, 1));
        Assert.All(bot.Fake.Requests.Where(r => r.Method is "POST" or "PATCH" && r.Body.Length > 0), CannotPing);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    /// <summary>Replies per message and callbacks per interaction, reading each recorded request once.</summary>
    private sealed class SentIndex(FakeDiscordServer fake)
    {
        private readonly Dictionary<string, int> _replies = [];
        private readonly Dictionary<string, int> _callbacks = [];
        private int _read;

        public int Replies(string messageId) => _replies.GetValueOrDefault(messageId);

        public int Callbacks(string path) => _callbacks.GetValueOrDefault(path);

        public bool Update()
        {
            foreach (var request in fake.Requests.Skip(_read))
            {
                _read++;
                if (request.Is("POST", "interactions/"))
                    _callbacks[request.Path] = Callbacks(request.Path) + 1;
                else if (request.Is("POST", "channels/") && (string?)request.Json["message_reference"]?["message_id"] is { } id)
                    _replies[id] = Replies(id) + 1;
            }
            return true;
        }
    }

    /// <summary>Every message the bot sends suppresses all mentions; autocomplete results and deferrals carry no message.</summary>
    private static void CannotPing(RecordedRequest request)
    {
        var json = request.Json;
        var message = request.Path.EndsWith("/callback", StringComparison.Ordinal) ? json["data"] : json;
        if (message is null || (int?)json["type"] == 8)
            return;
        var mentions = message["allowed_mentions"]?.AsObject();
        Assert.True(mentions is not null, $"{request.Path} has no allowed_mentions");
        Assert.Empty(mentions["parse"]!.AsArray());
        Assert.Null(mentions["users"]);
        Assert.Null(mentions["roles"]);
        Assert.NotEqual(true, (bool?)mentions["replied_user"]);
    }
}
