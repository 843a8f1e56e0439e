using Microsoft.AspNetCore.Routing;

namespace Bot.Http;

/// <summary>Endpoints a feature adds to the listener (e.g. Discord's interactions), beside health and metrics.</summary>
internal interface IHttpRoutes
{
    void Map(IEndpointRouteBuilder routes);
}
