using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Bot.Telegram.Polling;

/// <summary>One element of a getUpdates response: the update, or its id (null when even that is unreadable) and why it cannot be read.</summary>
internal sealed record ReceivedUpdate(Update? Update, int? UnreadableId = null, string? Problem = null);

/// <summary>
/// One getUpdates response, read element by element and kept in order: the client reads a whole batch or
/// nothing, so a single update it cannot read would stop the offset for good. Here only that update is set aside.
/// </summary>
internal static class UpdateBatch
{
    public static async Task<IReadOnlyList<ReceivedUpdate>> GetAsync(ITelegramBotClient bot, int? offset, int limit, int timeoutSeconds,
        IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken)
    {
        var elements = await bot.SendRequest(new RawGetUpdatesRequest
        {
            Offset = offset,
            Limit = limit,
            Timeout = timeoutSeconds,
            AllowedUpdates = allowedUpdates,
        }, cancellationToken);
        return Read(elements);
    }

    public static IReadOnlyList<ReceivedUpdate> Read(IEnumerable<JsonElement> elements) => [.. elements.Select(Read)];

    private static ReceivedUpdate Read(JsonElement element)
    {
        try
        {
            var update = element.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("The update is null.");
            return MissingPart(update) is { } missing ? new ReceivedUpdate(null, update.Id, missing) : new ReceivedUpdate(update);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return new ReceivedUpdate(null, IdOf(element), ex.Message);
        }
    }

    /// <summary>
    /// A part the per-chat ordering and the handler take for granted that the JSON left out: the client does not
    /// check required fields, and an update that failed while being queued would stay in flight and hold the offset.
    /// </summary>
    private static string? MissingPart(Update update) => update switch
    {
        { Message.Chat: null } => "the message has no chat",
        { CallbackQuery.Id: null } => "the callback query has no id",
        { CallbackQuery.From: null } => "the callback query has no sender",
        { CallbackQuery.Message.Chat: null } => "the callback query's message has no chat",
        { InlineQuery.Id: null } => "the inline query has no id",
        { InlineQuery.From: null } => "the inline query has no sender",
        { InlineQuery.Query: null } => "the inline query has no text",
        { MyChatMember.Chat: null } => "the membership change has no chat",
        { MyChatMember.NewChatMember: null } => "the membership change has no new status",
        _ => null,
    };

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("update_id", out var id)
            && id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var value) ? value : null;

    /// <summary>getUpdates with the result left as raw JSON elements.</summary>
    private sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
    {
        [JsonPropertyName("offset")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Offset { get; init; }

        [JsonPropertyName("limit")]
        public int Limit { get; init; }

        [JsonPropertyName("timeout")]
        public int Timeout { get; init; }

        [JsonPropertyName("allowed_updates")]
        public IReadOnlyList<string> AllowedUpdates { get; init; } = [];
    }
}
