using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Telegram;

/// <summary>The fake's answers to the Bot API methods that carry state: messages, chat members and long polls.</summary>
public sealed partial class FakeBotApi
{
    private async Task SendMessageAsync(HttpContext context, JsonObject body, DateTimeOffset at)
    {
        var text = body["text"]?.GetValue<string>() ?? "";
        var html = string.Equals(body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase);
        var (plain, error) = html ? HtmlChecker.Parse(text) : (text, null);
        if (error is not null)
        {
            await ReplyAsync(context, new ApiCall("sendMessage", body, at, 400, null), Error(400, $"Bad Request: can't parse entities: {error}"));
            return;
        }
        if (plain.Trim().Length == 0 || plain.Length > 4096)
        {
            await ReplyAsync(context, new ApiCall("sendMessage", body, at, 400, plain), Error(400, plain.Length > 4096 ? "Bad Request: message is too long" : "Bad Request: message text is empty"));
            return;
        }
        var chatId = body["chat_id"]!.GetValue<long>();
        var message = new JsonObject
        {
            ["message_id"] = NextMessageId(),
            ["date"] = at.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Article Bot", ["username"] = BotUsername },
            ["text"] = plain,
        };
        await ReplyAsync(context, new ApiCall("sendMessage", body, at, 200, plain), Ok(message));
    }

    private JsonObject ChatMember(JsonObject body)
    {
        var userId = body["user_id"]!.GetValue<long>();
        var status = MemberStatuses.GetValueOrDefault((body["chat_id"]!.GetValue<long>(), userId), "member");
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}" },
        };
        // Telegram sends every administrator right; the client needs them present to read the member.
        if (status == "administrator")
        {
            foreach (var right in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
                member[right] = false;
        }
        if (status == "creator")
            member["is_anonymous"] = false;
        return member;
    }

    /// <summary>The updates for a poll, or null when a newer poll (another instance on the same token) cut this one short.</summary>
    private async Task<IReadOnlyList<string>?> GetUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var wait = TimeSpan.FromSeconds(Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 2));
        var deadline = DateTime.UtcNow + wait;
        var cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _pendingPoll?.TrySetResult();
            _pendingPoll = cut;
        }
        try
        {
            while (true)
            {
                Task arrived;
                lock (_lock)
                {
                    ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
                    _pending.RemoveAll(u => u.Id < offset);
                    if (cut.Task.IsCompleted)
                        return null;
                    if (_pending.Count > 0)
                        return [.. _pending.Take(limit).Select(u => u.Json)];
                    arrived = _arrived.Task;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    return [];
                try
                {
                    await Task.WhenAny(arrived, cut.Task).WaitAsync(left, cancellationToken);
                }
                catch (TimeoutException)
                {
                    return [];
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                if (_pendingPoll == cut)
                    _pendingPoll = null;
            }
        }
    }
}
