using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Http;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class InteractionsEndpointTests
{
    private const string Path = "/discord/interactions";

    [Fact]
    public async Task Ping_AnsweredWithPong_WhenSignedByTheApplicationKey()
    {
        await using var endpoint = await Endpoint.StartAsync();

        using var response = await endpoint.PostAsync("""{"type":1,"id":"1","application_id":"800","token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (int?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("timestamp")]
    [InlineData("other key")]
    [InlineData("missing signature")]
    [InlineData("missing timestamp")]
    [InlineData("not hex")]
    [InlineData("too short")]
    [InlineData("too long")]
    public async Task Post_Is401_WhenSignatureDoesNotMatch(string tampered)
    {
        await using var endpoint = await Endpoint.StartAsync();
        const string Body = """{"type":1,"id":"1","application_id":"800","token":"t","version":1}""";
        const string Timestamp = "1700000000";
        var signature = endpoint.Sign(Timestamp, Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(tampered == "body" ? Body.Replace("1,", "2,", StringComparison.Ordinal) : Body) };
        if (tampered != "missing timestamp")
            request.Headers.Add("X-Signature-Timestamp", tampered == "timestamp" ? "1700000001" : Timestamp);
        var header = tampered switch
        {
            "other key" => Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(Key.Create(SignatureAlgorithm.Ed25519), Encoding.UTF8.GetBytes(Timestamp + Body))),
            "not hex" => new string('x', 128),
            "too short" => signature[..126],
            "too long" => signature + "00",
            _ => signature,
        };
        if (tampered != "missing signature")
            request.Headers.Add("X-Signature-Ed25519", header);

        using var response = await endpoint.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Is401_WhenBodyIsNotJsonAndUnsigned()
    {
        await using var endpoint = await Endpoint.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent("{{{ not json") };
        request.Headers.Add("X-Signature-Ed25519", "%%");
        request.Headers.Add("X-Signature-Timestamp", "");

        using var response = await endpoint.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SlashCommand_AnsweredInTheHttpReplyThroughTheSharedHandler_WhenNoGatewayRuns()
    {
        await using var endpoint = await Endpoint.StartAsync();

        using var response = await endpoint.PostAsync(Events.Command("actors").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int?)reply["type"]);
        Assert.Contains(endpoint.Bot.ActorName(), reply["data"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(endpoint.Bot.Fake.Matching("POST", "interactions"));
        Assert.Empty(endpoint.Bot.Fake.Connections);
        Assert.Empty(endpoint.Bot.Fake.Matching("GET", "gateway"));
    }

    [Fact]
    public async Task SlashCommand_DeferredThenEditedOverRest_WhenTheAnswerIsNotReadyAtOnce()
    {
        await using var endpoint = await Endpoint.StartAsync(new() { ["Discord:DeferAfter"] = "00:00:00" });
        var command = Events.Command("timeline");

        using var response = await endpoint.PostAsync(command.ToJsonString());

        // With no time allowed, the deferral and the answer race: either is a correct first response.
        var type = (int?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"];
        if (type == 5)
        {
            var edit = await endpoint.Bot.Fake.WaitForRequestAsync("PATCH", $"webhooks/{FakeDiscordServer.ApplicationId}/{(string?)command["token"]}/messages/@original");
            Assert.Empty(edit.Json["allowed_mentions"]!["parse"]!.AsArray());
        }
        else
        {
            Assert.Equal(4, type);
        }
        Assert.Empty(endpoint.Bot.Fake.Matching("POST", "interactions"));
    }

    [Fact]
    public async Task Start_RegistersSlashCommandsOverRest_WhenNoGatewayRuns()
    {
        await using var endpoint = await Endpoint.StartAsync();

        await endpoint.Bot.Fake.WaitForRequestAsync("PUT", $"applications/{FakeDiscordServer.ApplicationId}/commands");

        Assert.Single(endpoint.Bot.Fake.Matching("GET", "applications/@me"));
    }

    [Fact]
    public async Task Start_Fails_WhenPublicKeyIsNotHex()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Endpoint.StartAsync(new() { ["Discord:PublicKey"] = "not-a-key" }));

        Assert.Contains("Discord:PublicKey", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The bot with the HTTP listener and a fresh application key, and no gateway.</summary>
    private sealed class Endpoint : IAsyncDisposable
    {
        private readonly Key _key;

        private Endpoint(BotUnderTest bot, Key key, HttpClient client)
        {
            Bot = bot;
            _key = key;
            Client = client;
        }

        public BotUnderTest Bot { get; }
        public HttpClient Client { get; }

        public static async Task<Endpoint> StartAsync(Dictionary<string, string?>? extra = null)
        {
            var key = Key.Create(SignatureAlgorithm.Ed25519);
            var settings = new Dictionary<string, string?>
            {
                ["Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
                ["Discord:Gateway"] = "false",
                ["Http:Urls"] = "http://127.0.0.1:0",
            };
            foreach (var (name, value) in extra ?? [])
                settings[name] = value;
            var bot = await BotUnderTest.StartAsync(settings: settings, configure: builder => builder.AddHttp());
            var address = bot.Host.Services.GetRequiredService<HttpListenerService>().Addresses.Single();
            return new Endpoint(bot, key, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) });
        }

        public string Sign(string timestamp, string body) =>
            Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

        public Task<HttpResponseMessage> PostAsync(string body)
        {
            const string Timestamp = "1700000000";
            var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Signature-Ed25519", Sign(Timestamp, body));
            request.Headers.Add("X-Signature-Timestamp", Timestamp);
            return Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            _key.Dispose();
            await Bot.DisposeAsync();
        }
    }
}
