namespace Bot.Discord.Rest;

/// <summary>
/// One REST call: the route template and its major parameter key the rate-limit bucket; interaction
/// routes (callbacks and their webhooks) are exempt from the global request cap. A call that cannot
/// have happened twice when repeated (any but POST, or a POST whose nonce Discord enforces) may be sent
/// again when its answer never came.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string Major, bool InteractionRoute = false, bool NonceEnforced = false)
{
    public string Key => $"{Method} {Template}";

    public bool SafeToRepeat => Method != HttpMethod.Post || NonceEnforced;
}
