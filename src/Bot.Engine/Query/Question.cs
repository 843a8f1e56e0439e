namespace Bot.Engine.Query;

/// <summary>A question from any chat: the conversation it belongs to carries the context for follow-ups.</summary>
public sealed record Question(string ConversationId, string Text, string Platform = "console");
