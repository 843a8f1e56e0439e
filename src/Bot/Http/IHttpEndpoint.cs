using Microsoft.AspNetCore.Routing;

namespace Bot.Http;

/// <summary>An endpoint a chat platform serves on the bot's listener (Telegram's webhook, Discord's interactions), next to the health and metrics ones.</summary>
public interface IHttpEndpoint
{
    void Map(IEndpointRouteBuilder endpoints);
}
