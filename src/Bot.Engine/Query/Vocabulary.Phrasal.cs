namespace Bot.Engine.Query;

/// <summary>Verbs whose particle makes them another verb ("cut back" is to reduce, not to sever), and the one word each means.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// A verb's stem and the particle right after it, with the single word the two mean together: a claim saying "cut back
    /// ties" says what a sentence saying "downgrading relations" does, which neither "cut" nor "back" alone would.
    /// </summary>
    public static readonly Dictionary<(string Verb, string Particle), string> PhrasalVerbs = new()
    {
        [("cut", "back")] = "reduce", [("scale", "back")] = "reduce", [("scale", "down")] = "reduce",
        [("start", "again")] = "resume", [("begin", "again")] = "resume", [("began", "again")] = "resume",
        [("run", "again")] = "resume", [("ran", "again")] = "resume",
        [("win", "back")] = "regain", [("won", "back")] = "regain", [("take", "back")] = "regain", [("took", "back")] = "regain",
        [("give", "in")] = "relent", [("gave", "in")] = "relent", [("back", "down")] = "relent",
        [("step", "down")] = "resign",
        [("pull", "out")] = "withdraw", [("pull", "back")] = "withdraw",
        [("call", "off")] = "cancel",
        [("put", "off")] = "postpone",
        [("cut", "off")] = "sever", [("break", "off")] = "sever", [("broke", "off")] = "sever",
        [("speed", "up")] = "accelerate",
        [("step", "up")] = "intensify", [("ramp", "up")] = "intensify",
        [("set", "up")] = "establish",
        [("stay", "away")] = "boycott",
        [("sign", "off")] = "approve", [("signed", "off")] = "approve",
        [("kick", "out")] = "expel", [("throw", "out")] = "expel", [("threw", "out")] = "expel",
        [("lock", "up")] = "jail", [("shut", "down")] = "close",
        [("take", "over")] = "seize", [("took", "over")] = "seize",
        [("turn", "down")] = "reject", [("carry", "out")] = "conduct",
        [("stick", "around")] = "remain", [("wipe", "out")] = "destroy",
        [("go", "after")] = "target", [("went", "after")] = "target",
        [("go", "around")] = "bypass", [("get", "around")] = "bypass", [("got", "around")] = "bypass",
        [("hand", "over")] = "transfer", [("handed", "over")] = "transfer", [("set", "free")] = "release",
        [("look", "into")] = "investigate", [("looked", "into")] = "investigate", [("find", "out")] = "discover", [("found", "out")] = "discover",
        [("bring", "down")] = "topple", [("brought", "down")] = "topple", [("shoot", "down")] = "intercept", [("shot", "down")] = "intercept",
        [("walk", "out")] = "walkout", [("roll", "back")] = "reverse", [("water", "down")] = "weaken", [("watered", "down")] = "weaken",
        [("break", "away")] = "secede", [("broke", "away")] = "secede", [("blow", "up")] = "explode", [("blew", "up")] = "explode",
        [("draw", "down")] = "withdraw", [("drew", "down")] = "withdraw",
        [("keep", "out")] = "exclude", [("kept", "out")] = "exclude", [("shut", "out")] = "exclude", [("leave", "out")] = "exclude", [("left", "out")] = "exclude",
        [("show", "off")] = "parade", [("shown", "off")] = "parade",
        [("go", "public")] = "emerge", [("went", "public")] = "emerge", [(Text.Stemmer.Stem("gone"), "public")] = "emerge",
        [("take", "out")] = "remove", [("took", "out")] = "remove", [("taken", "out")] = "remove",
        [("allow", "back")] = "allow", [("let", "back")] = "allow",
        [("switch", "sides")] = "defect", [("change", "sides")] = "defect", [("swap", "sides")] = "defect",
    };

    /// <summary>
    /// Particles that may stand after the verb's object ("kept the auditors out", "pulled its troops back"): the verb
    /// and such a particle a few words on are still the one verb they mean. "over" and "in" are left out, as they so
    /// often start a place instead ("took troops over the border").
    /// </summary>
    public static readonly HashSet<string> SeparableParticles = new(StringComparer.Ordinal) { "out", "off", "back", "down", "up", "away" };

    /// <summary>
    /// Words that end the object between a verb and a separated particle: a linking word or preposition starts another
    /// part of the sentence, whose "out" or "up" is no particle of the verb ("kept talking to them up to June").
    /// </summary>
    public static readonly HashSet<string> ObjectBreaks = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "that", "which", "who", "to", "of", "in", "on", "at", "for", "with", "from", "by", "into", "than", "as",
        "is", "was", "were", "are", "be", "been", "not",
    };
}
