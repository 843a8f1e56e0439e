namespace Bot.Engine.Query;

/// <summary>Phrases that say what something is made of, rests on or came from, each with the kind of frame it is.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// A frame phrase and its kind: "made up of" and "composed of" tell what something is made of, "based on" and "drawn
    /// from" what it rests on, "born in" and "originated in" where it came from. Phrases of one kind say the same of
    /// what follows them, so a claim's "built on X" is met by a sentence's "based on Y".
    /// </summary>
    public static readonly Dictionary<string, FrameKind> FramePhrases = new(StringComparer.Ordinal)
    {
        ["made up of"] = FrameKind.Makeup, ["formed by"] = FrameKind.Makeup, ["formed of"] = FrameKind.Makeup, ["composed of"] = FrameKind.Makeup,
        ["consisting of"] = FrameKind.Makeup, ["consists of"] = FrameKind.Makeup, ["consisted of"] = FrameKind.Makeup,
        ["comprised of"] = FrameKind.Makeup, ["staffed by"] = FrameKind.Makeup, ["manned by"] = FrameKind.Makeup,
        ["based on"] = FrameKind.Basis, ["built on"] = FrameKind.Basis, ["drawn from"] = FrameKind.Basis, ["draws on"] = FrameKind.Basis,
        ["drew on"] = FrameKind.Basis, ["relies on"] = FrameKind.Basis, ["relied on"] = FrameKind.Basis, ["rests on"] = FrameKind.Basis,
        ["derived from"] = FrameKind.Basis, ["grounded in"] = FrameKind.Basis,
        ["born in"] = FrameKind.Origin, ["originated in"] = FrameKind.Origin, ["originates in"] = FrameKind.Origin, ["emerged in"] = FrameKind.Origin,
    };
}

/// <summary>What a frame phrase tells of the thing before it: what it is made of, what it rests on, where it came from.</summary>
internal enum FrameKind { Makeup, Basis, Origin }
