using System.Text.Json.Nodes;

namespace Bot.Tests.Discord.Fakes;

/// <summary>One REST call the bot made to the fake, with the path below the API base.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? UserAgent, string? Authorization, DateTimeOffset At)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty body.");

    public bool Is(string method, string pathPrefix) => Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}

/// <summary>A scripted REST answer, overriding the fake's default.</summary>
public sealed record FakeResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null);
