namespace Bot.Engine.Extraction;

/// <summary>How telling a phrase is as an actor's role or a topic's description; a higher rank replaces a lower one.</summary>
internal static class RoleRank
{
    /// <summary>The clause of the first sentence that mentions it.</summary>
    public const int Mention = 1;

    /// <summary>The first clause in which it is the subject ("Lima has long resisted the plan").</summary>
    public const int Subject = 2;

    /// <summary>A defining clause: "X, which ...", "X is a ...".</summary>
    public const int Defining = 3;

    /// <summary>An office the person holds or held ("X ... to become a presidential aide").</summary>
    public const int Office = 4;

    /// <summary>A role noun before a name ("journalist X").</summary>
    public const int RoleNoun = 5;

    /// <summary>A title before a name ("French President X").</summary>
    public const int Title = 6;

    /// <summary>An appositive ("X, the head of Y,").</summary>
    public const int Appositive = 7;

    /// <summary>The author's own bio.</summary>
    public const int Bio = 8;
}
