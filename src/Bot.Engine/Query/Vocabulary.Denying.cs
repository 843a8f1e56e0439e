namespace Bot.Engine.Query;

/// <summary>Negations with a deed of their own ("deny", "reject", "refuse") apart from those that only say "not".</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// The stems of negations that deny without a deed of their own, which every kind of sentence uses; the rest of
    /// <see cref="NegationStems"/> are denials and refusals a fact can share with a claim.
    /// </summary>
    public static readonly HashSet<string> PlainNegationStems = Stems(
        "not", "no", "never", "nor", "without", "none", "nobody", "nothing", "neither", "nowhere", "non", "dont", "doesnt", "didnt",
        "isnt", "wasnt", "arent", "werent", "wont", "cant", "cannot", "hasnt", "havent", "couldnt", "wouldnt", "shouldnt", "hadnt", "mustnt");
}
