using Bot.Engine.Model;

namespace Bot.Engine.Digests;

/// <summary>One cited item of a digest.</summary>
public sealed record DigestItem(string Text, Evidence Evidence);

/// <summary>A digest for one date: a title naming its focus and cited items, the same every time it is composed for that date.</summary>
public sealed record Digest(DateOnly Date, string Title, IReadOnlyList<DigestItem> Items);
