namespace Bot.Discord.Rest;

/// <summary>
/// One REST call: the route template and its major parameter key the rate-limit bucket; interaction
/// routes (callbacks and their webhooks) are exempt from the global request cap.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string Major, bool InteractionRoute = false)
{
    public string Key => $"{Method} {Template}";
}
