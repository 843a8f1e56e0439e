using Bot.Engine.Model;

namespace Bot.Engine.Digests;

/// <summary>One cited item of a digest; <paramref name="Label"/> marks a lead item ("On this day", "New article").</summary>
public sealed record DigestItem(string Text, Evidence Evidence, string? Label = null)
{
    /// <summary>What the item costs in a posted message: its text, label and quote plus room for markup.</summary>
    public int Length => Text.Length + (Label?.Length ?? 0) + Evidence.Quote.Length + DigestLimits.ItemOverhead;
}

/// <summary>A digest for one date: a title naming its focus and cited items, the same every time it is composed for that date.</summary>
public sealed record Digest(DateOnly Date, string Title, IReadOnlyList<DigestItem> Items)
{
    /// <summary>What every platform shows in place of items when there are none (no articles loaded).</summary>
    public const string NothingToday = "There is nothing to digest today: no articles are loaded yet.";

    /// <summary>The size of the posted text, which <see cref="DigestLimits.MaxTextLength"/> bounds.</summary>
    public int Length => Title.Length + DigestLimits.ItemOverhead + Items.Sum(i => i.Length);
}

/// <summary>The message size every platform can take.</summary>
public static class DigestLimits
{
    /// <summary>Under Discord's 2,000 characters and Telegram's 4,096, with room for each platform's markup.</summary>
    public const int MaxTextLength = 1800;

    /// <summary>Allowance per item for a bullet, the paragraph mark, quotation marks and line breaks.</summary>
    public const int ItemOverhead = 16;
}
