namespace Bot.Engine.Query;

/// <summary>How people write in chat: spellings and idioms read as the plain words they stand for.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Chat spellings and abbreviations, read as the words they stand for before anything else ("diff" is "difference",
    /// "y" is "why"). General English chat writing, not any article's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ChatSpellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wud"] = "would", ["shud"] = "should", ["cud"] = "could", ["wat"] = "what", ["whens"] = "when", ["wheres"] = "where", ["whos"] = "who", ["hows"] = "how", ["wut"] = "what", ["wht"] = "what", ["wats"] = "whats", ["whta"] = "what", ["y"] = "why", ["yd"] = "why",
        ["abt"] = "about", ["bout"] = "about", ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["bcz"] = "because",
        ["diff"] = "difference", ["shld"] = "should", ["cld"] = "could", ["wld"] = "would", ["govt"] = "government", ["gov"] = "government",
        ["ppl"] = "people", ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["n"] = "and", ["w"] = "with", ["b4"] = "before",
        ["thx"] = "thanks", ["pls"] = "please", ["plz"] = "please", ["rn"] = "now", ["tho"] = "though", ["thru"] = "through",
        ["intl"] = "international", ["org"] = "organization", ["orgs"] = "organizations", ["dept"] = "department",
        ["sth"] = "something", ["smth"] = "something", ["bcoz"] = "because", ["becuz"] = "because", ["wanna"] = "want", ["gonna"] = "going",
        ["yr"] = "year", ["yrs"] = "years", ["tryna"] = "trying", ["actualy"] = "actually", ["dis"] = "this",
        ["endin"] = "ending", ["dudes"] = "people",
        // "hes", "shes", "theyre": the pronoun, its apostrophe left out, so a follow-up still points at whom it means.
        ["hes"] = "he", ["shes"] = "she", ["theyre"] = "they",
    };

    /// <summary>
    /// Idioms read as the one word they mean ("push back" is opposing, "blow over" is fading), so their parts are not
    /// taken one by one. General English, not any article's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Idioms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["push back on"] = "oppose", ["push back against"] = "oppose", ["pushed back"] = "opposed", ["push back"] = "oppose",
        ["do for work"] = "do", ["do for a living"] = "do", ["at least say"] = "say", ["at least mention"] = "mention", ["wwii"] = "world war ii", ["ww2"] = "world war ii", ["wwi"] = "world war i", ["ww1"] = "world war i", ["pushback"] = "opposition", ["say no"] = "refuse", ["said no"] = "refused", ["says no"] = "refuses", ["turn down"] = "reject",
        ["turned down"] = "rejected", ["no longer"] = "not", ["go away"] = "fade", ["goes away"] = "fades", ["went away"] = "faded", ["blow over"] = "fade", ["blows over"] = "fades", ["die down"] = "fade", ["stay out of"] = "refrain from",
        ["stay out"] = "refrain", ["back out"] = "withdraw", ["backed out"] = "withdrew", ["went along with"] = "accepted",
        ["go along with"] = "accept", ["side with"] = "support", ["sided with"] = "supported", ["fall out"] = "rift", ["falling out"] = "rift",
        ["in charge of"] = "head of", ["speak for"] = "represent", ["speaks for"] = "represents", ["speaking for"] = "representing",
        ["spoke for"] = "represented", ["call on"] = "urge", ["calls on"] = "urges", ["called on"] = "urged", ["calling on"] = "urging", ["step down"] = "resign", ["stepped down"] = "resigned", ["set up"] = "establish",
        ["expand on"] = "describe", ["elaborate on"] = "describe", ["say more about"] = "describe",
        ["short-lived"] = "temporary", ["short lived"] = "temporary", ["long-lived"] = "lasting", ["long lived"] = "lasting",
        ["bail on"] = "cancel", ["bailed on"] = "canceled", ["bail out of"] = "withdraw from", ["pull out of"] = "withdraw from", ["pulled out of"] = "withdrew from",
        ["in front of"] = "outside", ["took part in"] = "participated in", ["take part in"] = "participate in", ["taking part in"] = "participating in",
        ["war games"] = "military exercises", ["quid pro quo"] = "exchange", ["in return for"] = "in exchange for", ["in return"] = "in exchange",
        ["attributed to"] = "by", ["credited to"] = "by", ["say back"] = "say in response", ["said back"] = "said in response", ["hit back"] = "responded",
        ["twitter handle"] = "twitter username", ["social media handle"] = "social media username",
        // "what set off the riots in the first place?": what sparked them; "in the first place" only stresses the asking.
        ["in the first place"] = "", ["to begin with"] = "", ["what set off"] = "what sparked", ["what sets off"] = "what sparks",
        // "did the minister step in?", "was the strike called off?": the deed in its plain word, which an article's "declined to
        // intervene" or "cancelled" answers, and whose opposite ("would continue") a yes/no check can see.
        // Stepping in between two sides is mediating between them.
        ["step in"] = "intervene", ["stepped in"] = "intervened", ["stepping in"] = "intervening", ["step in between"] = "mediate between",
        ["stepped in between"] = "mediated between", ["stepping in between"] = "mediating between",
        ["call off"] = "cancel", ["called off"] = "cancelled", ["calls off"] = "cancels", ["calling off"] = "cancelling",
        ["write for"] = "contribute to", ["writes for"] = "contributes to", ["wrote for"] = "contributed to", ["writing for"] = "contributing to",
    };
}
