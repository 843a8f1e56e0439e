using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "who set up the Harbour Fund?", "who owns Blue Line Shipping?", "who funds the institute?", "who runs it?": the one
/// behind a thing, by founding, owning, paying for or running it. A sentence naming the thing seldom says who is behind
/// it ("activists spread the word through a channel called Beacon"), so an answer must say the tie itself, in any word of
/// its kind ("the founder of", "state-owned", "financed by", "its director"); else the article doesn't say who.
/// </summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// A reply to a question asking who is behind a thing that never says the tie: the best sentence that says it of the
    /// thing (or of "it", in a paragraph that named the thing) and names someone, or "the article doesn't say".
    /// </summary>
    private static Reply? UntoldBacker(Turn t, Reply reply)
    {
        // A person the question does not name, told about, is who the answer offers ("who runs the country?" of its
        // president); a group or body told about may be no more than those who used the thing.
        if (t.Q.Intent is Intent.YesNo || (reply.Fact?.Fact is Model.Actor { Kind: Model.ActorKind.Person } actor && !t.Q.Entities.Contains(actor.Id))
            || AskedTie(t.Q.Tokens) is not { } tie || SaysTie(tie, reply.Answer.Text + " " + string.Join(" ", reply.Answer.Evidence.Select(e => e.Quote))))
            return null;
        return BackerTold(t, reply, tie);
    }

    /// <summary>The rest of <see cref="UntoldBacker"/>, apart so that its lambda is made only for questions asking a tie.</summary>
    private static Reply BackerTold(Turn t, Reply reply, Tie tie)
    {
        var bare = t.With(t.Q with { Residual = [] });
        return Ranker.BestSentence(bare, RankingPolicy.EnoughWords, s => SaysTie(tie, s.Sentence.Text)
                && t.Index.Linker.MentionedIn(s.Sentence.Text, actorsOnly: true).Except(t.Q.Entities).Any(), namedEarlier: true) is { } told
            ? Replies.FromSentence(t, told)
            : Replies.Unknown(t, $"The article doesn't say who. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>
    /// The kind of tie asked after "who": a verb ("who set up", "who actually runs") or "is the" and a noun, perhaps
    /// described ("who is the current owner of"). Null when the question asks no such tie.
    /// </summary>
    internal static Tie? AskedTie(IReadOnlyList<string> tokens)
    {
        // "Blue Line, who owns it?" asks; "what did the man who runs it say?" asks something else of him.
        var at = IndexOfWho(tokens);
        if (at < 0 || (at > 0 && tokens[at - 1] != "and" && tokens.Take(at).Any(QuestionOpeners.Contains)))
            return null;
        var next = at + 1;
        while (next < tokens.Count && tokens[next].EndsWith("ly", StringComparison.Ordinal))
            next++;
        if (next >= tokens.Count)
            return null;
        if (tokens[next] == "set")
            return next + 1 < tokens.Count && tokens[next + 1] == "up" ? Tie.Founding : null;
        if (TieVerbs.TryGetValue(tokens[next], out var tie))
            return tie;
        if (tokens[at] == "who" && !(tokens[next] is "is" or "was" or "s"))
            return null;
        var noun = tokens.Skip(tokens[at] == "who" ? next + 1 : next).SkipWhile(w => w is "the" or "its" or "their").Take(NounReach)
            .FirstOrDefault(TieNouns.ContainsKey);
        return noun is null ? null : TieNouns[noun];
    }

    /// <summary>Where "who" first stands, or -1: a plain loop, as this runs for every answer checked.</summary>
    private static int IndexOfWho(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "who" or "whos")
                return i;
        }
        return -1;
    }

    /// <summary>Whether a text says a tie of the kind, in any of its words ("founded", "co-founder", "set up").</summary>
    internal static bool SaysTie(Tie tie, string text) =>
        Words.Stems(text).Any(TieWords[tie].Contains) || (tie == Tie.Founding && SetUp().IsMatch(text));

    /// <summary>The ways of being behind a thing.</summary>
    internal enum Tie
    {
        Founding,
        Owning,
        Funding,
        Running,
    }

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "what", "which", "how", "why", "when", "where", "whose", "did", "does", "do", "is", "was", "are", "were", "can", "could", "has", "have",
    };

    /// <summary>How many words may describe the noun of a tie: "the current registered owner".</summary>
    private const int NounReach = 3;

    [System.Text.RegularExpressions.GeneratedRegex(@"\bset(ting)?[ -]up\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SetUp();

    private static readonly Dictionary<string, Tie> TieVerbs = new(StringComparer.Ordinal)
    {
        ["founded"] = Tie.Founding, ["cofounded"] = Tie.Founding, ["established"] = Tie.Founding, ["created"] = Tie.Founding,
        ["owns"] = Tie.Owning, ["owned"] = Tie.Owning,
        ["funds"] = Tie.Funding, ["funded"] = Tie.Funding, ["finances"] = Tie.Funding, ["financed"] = Tie.Funding, ["bankrolls"] = Tie.Funding,
        ["bankrolled"] = Tie.Funding, ["sponsors"] = Tie.Funding, ["sponsored"] = Tie.Funding,
        ["runs"] = Tie.Running, ["ran"] = Tie.Running, ["manages"] = Tie.Running, ["managed"] = Tie.Running,
    };

    private static readonly Dictionary<string, Tie> TieNouns = new(StringComparer.Ordinal)
    {
        ["founder"] = Tie.Founding, ["founders"] = Tie.Founding, ["cofounder"] = Tie.Founding, ["creator"] = Tie.Founding,
        ["owner"] = Tie.Owning, ["owners"] = Tie.Owning, ["proprietor"] = Tie.Owning,
        ["funder"] = Tie.Funding, ["funders"] = Tie.Funding, ["financier"] = Tie.Funding, ["sponsor"] = Tie.Funding, ["sponsors"] = Tie.Funding,
    };

    /// <summary>The words saying a tie of each kind. Whoever runs a thing may also be named by the office of it ("its director").</summary>
    private static readonly Dictionary<Tie, HashSet<string>> TieWords = new()
    {
        [Tie.Founding] = Vocabulary.Stems("founded", "founder", "founding", "cofounded", "cofounder", "established", "establishing", "created",
            "creator", "launched", "formed", "brainchild", "father", "started", "built"),
        [Tie.Owning] = Vocabulary.Stems("own", "owns", "owned", "owner", "ownership", "proprietor", "belongs", "bought", "acquired", "controlled"),
        [Tie.Funding] = Vocabulary.Stems("funded", "funds", "funding", "funder", "financed", "finances", "financing", "financier", "sponsored",
            "sponsor", "bankrolled", "donor", "donations", "paid", "pays", "grants", "money", "backed", "backer", "subsidised", "subsidized"),
        [Tie.Running] = Vocabulary.Stems("run", "runs", "ran", "running", "managed", "manager", "operated", "operator", "head", "headed", "chief",
            "director", "led", "leader", "chair", "chairman", "boss", "president", "editor", "owner", "founder", "controlled", "governed", "ruled"),
    };
}
