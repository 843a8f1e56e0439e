using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "did X resign over the scandal?" where no article uses the verb: what the claim says X did is its point, so a fact
/// naming X and the rest but not the deed leaves the article silent on it.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// Whether the word right after the claim's subject, its verb, is one the articles never use, and the fact does not say
    /// it with its particle or set noun either (<paramref name="phrased"/>: "switch sides" of "defected").
    /// </summary>
    private static bool DeedSetAside(ParsedQuestion q, IReadOnlySet<string> phrased)
    {
        if (q.Mentions.FirstOrDefault(m => m.Pronoun is null) is not { } subject || subject.Start + subject.Length >= q.Tokens.Count)
            return false;
        var verb = Text.Stemmer.Stem(q.Tokens[subject.Start + subject.Length]);
        return !q.Tokens[subject.Start + subject.Length].EndsWith("ly", StringComparison.Ordinal) && q.SetAside.Contains(verb) && !phrased.Contains(verb);
    }

    /// <summary>
    /// How many other words or names (the subject aside) a claim may hold for its strange verb to be its point, when the
    /// claim opens on "did"/"does" and its subject: "did Ruritania kick out Borduvian diplomats?" says whom, but a fact about
    /// Ruritania and Borduvian diplomats need not say they were expelled. Otherwise one.
    /// </summary>
    private const int MaxWordsBesideDeed = 2;

    /// <summary>
    /// "did Ruritania kick ...", "does Ruritania plan ...": an auxiliary of doing, then the subject, so that the word after
    /// the subject is surely its verb, not an adverb ("Ruritania already is ...").
    /// </summary>
    private static bool OpensOnDoneDeed(ParsedQuestion q) =>
        q.Tokens[0] is "did" or "does" or "do" && q.Mentions.FirstOrDefault(m => m.Pronoun is null) is { } subject
        && (subject.Start == 1 || (subject.Start == 2 && q.Tokens[1] == "the"));
}
