namespace Bot.Discord.Rest;

/// <summary>Too many REST calls were already waiting, so this one was not sent (Discord:RestQueueCapacity).</summary>
public sealed class RestQueueFullException : Exception
{
    public RestQueueFullException(string route) : base($"too many Discord requests are waiting; {route} was not sent") { }

    public RestQueueFullException() { }

    public RestQueueFullException(string message, Exception inner) : base(message, inner) { }
}
