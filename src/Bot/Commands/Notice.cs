namespace Bot.Commands;

public enum NoticeKind { Subscribed, Unsubscribed, NotSubscribed, NotAllowed, BadSchedule, StoreFailed }

/// <summary>A plain-text outcome of (un)subscribing; <see cref="IsRefusal"/> ones are best shown only to the sender.</summary>
public sealed record Notice(NoticeKind Kind, string Text)
{
    public bool IsRefusal => Kind is NoticeKind.NotAllowed;
}
