namespace Bot.Storage;

/// <summary>What an instance offered an update is to do with it.</summary>
public enum UpdateTake
{
    /// <summary>This instance holds the lease now and answers the update.</summary>
    Answer,

    /// <summary>Some instance answered it already: confirm it and move on.</summary>
    Answered,

    /// <summary>Another instance holds a live lease and has not answered yet: keep it unconfirmed and look again later.</summary>
    Held,
}
