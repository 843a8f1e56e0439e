using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims about who someone is or who did something: checked against roles and doers, not facts' words.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "Was it X who told Reuters ...?": whoever the article says did it, checked against X. The part after "who"
    /// is asked as its own question.
    /// </summary>
    private static Reply? Cleft(Turn t)
    {
        var match = CleftPattern().Match(t.Q.Text);
        if (!match.Success)
            return null;
        var singledOut = match.Groups["named"].Value;
        var named = t.Index.Linker.MentionedIn(singledOut, actorsOnly: true);
        // "is it accurate that ...?" names no one: no cleft. One the articles never mention is checked against whoever did it.
        if (named.Count == 0 && !t.Q.Details.Any(d => singledOut.Contains(d, StringComparison.OrdinalIgnoreCase)))
            return null;
        var asked = t.Index.Parse("who " + match.Groups["rest"].Value);
        var reply = AnswererTable.Answer(t.With(asked));
        if (reply.Answer.Status != AnswerStatus.Answered)
            return null;
        // "It was stopped again, this time by Y, after Z began ...": the one named after "by" did it, whoever else the sentence names.
        if (PassiveAgent(t, reply, asked) is { } agent)
            return NoPersonNamed(t, named, singledOut, agent, reply.Answer.Evidence[0].Quote) ?? CleftVerdict(t, named, agent, reply);
        if (reply.Fact is not { } fact)
            return null;
        var doer = fact.Fact switch
        {
            Statement s => s.Speaker,
            Position p => p.Actor,
            Relation r => r.From,
            _ => fact.Declared.FirstOrDefault(t.IsActor),
        };
        if (doer is null)
            return null;
        if (NoPersonNamed(t, named, singledOut, doer, Replies.Shown(t, fact)) is { } unnamed)
            return unnamed;
        // "Ruritania's defense minister": the doer must be of that body and have that role.
        var role = Words.ContentStems(singledOut).Except(named.SelectMany(id => EntityStems(t.Index, id))).ToList();
        var described = t.Index.ActorFact(doer) is { } self && role.All(w => t.Index.Covers(self.Stems, w));
        // "was it Ruritania's president who signed it?" of the speaker of Ruritania's parliament: the body is right, the role is not.
        var right = (named.Contains(doer) && (t.IsPerson(doer) || role.All(w => t.Index.Covers(fact.Stems, w))))
            || (described && role.Count > 0 && t.Index.Find(doer)?.Affiliation is { } body && named.Contains(body) && named.Count == 1);
        return Reply(t, fact, right ? $"Yes. {Replies.Shown(t, fact)}" : $"No, it was {t.Index.NameOf(doer)}. {Replies.Shown(t, fact)}");
    }

    /// <summary>
    /// A sentence answering "who did it?" without a fact of its own ("It was intercepted again, this time by X"): the
    /// one named after "by" did it, unless the question names them already (what was done).
    /// </summary>
    private static string? PassiveAgent(Turn t, Reply reply, ParsedQuestion asked) =>
        reply.Answer.Evidence.FirstOrDefault() is { } evidence
            ? PassiveBy().Matches(evidence.Quote).Select(m => t.Index.Linker.MentionedIn(m.Groups["agent"].Value, actorsOnly: true))
                .Select(ids => ids.FirstOrDefault(id => !asked.Entities.Contains(id))).FirstOrDefault(id => id is not null)
            : null;

    /// <summary>
    /// "was it Jo Roe who hosted the summit?" of "the summit was hosted by Ruritania": a person the articles never mention,
    /// where a state or body did it, is someone the article may not name: which of its people did it, it does not say.
    /// </summary>
    private static Reply? NoPersonNamed(Turn t, IReadOnlySet<string> named, string singledOut, string doer, string shown) =>
        named.Count == 0 && !t.IsPerson(doer) && singledOut.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) >= PersonNameWords
            ? Replies.Unknown(t, $"The article doesn't mention {singledOut}, nor which person did it. It says: {shown}")
            : null;

    /// <summary>How many capitalised words make a name the articles never mention a person's ("Jo Roe").</summary>
    private const int PersonNameWords = 2;

    /// <summary>Whether the one named is who did it: "Yes", else "No, it was" whoever did, with the sentence saying so.</summary>
    private static Reply CleftVerdict(Turn t, IReadOnlySet<string> named, string doer, Reply reply) =>
        reply with
        {
            Answer = reply.Answer with
            {
                Text = (named.Contains(doer) ? "Yes. " : $"No, it was {t.Index.NameOf(doer)}. ") + reply.Answer.Evidence[0].Quote,
            },
        };

    /// <summary>"by" and the few words after it, within the clause: a passive sentence's agent.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bby (?<agent>(?:[\w'’.-]+ ?){1,5})")]
    private static partial System.Text.RegularExpressions.Regex PassiveBy();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(was|is|were|wasn't|isn't) it (?<named>.+?) (who|that) (?<rest>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CleftPattern();

    /// <summary>
    /// Whether the claim's subject is one a claim can say what it is of: a person, or a named body or thing the article
    /// describes, when the claim gives it a description ("is the Osprey a Danish ship?"); "is Ruritania stepping up?"
    /// tells what one did, and a state's own description is too thin to gainsay it.
    /// </summary>
    private static bool Describable(Turn t) =>
        t.IsPerson(t.Q.Entities[0])
        || (t.Index.Find(t.Q.Entities[0]) is { IsActor: true, Kind: not ActorKind.State } entity && !string.IsNullOrWhiteSpace(entity.Actors[0].Role)
            && t.Q.Mentions.FirstOrDefault(m => m.Pronoun is null) is { } first && RefusalPolicy.StatesIdentity(t.Q, first));

    /// <summary>Whether the name after "is"/"was" is possessive ("was the mayor's reason ..."), read off the words as typed.</summary>
    private static bool PossessiveSubject(ParsedQuestion q)
    {
        if (q.Mentions.Count == 0)
            return false;
        var typed = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = q.Mentions[0].Start + q.Mentions[0].Length - 1;
        return last < typed.Length && typed[last].TrimEnd(',', '?').EndsWith('s')
            && (typed[last].Contains('\'') || typed[last].Contains('’'));
    }

    /// <summary>Participles that say how someone stands to another ("tied to", "allied with"): who they are, not what befell them.</summary>
    private static readonly HashSet<string> TieVerbs = new(StringComparer.Ordinal)
    {
        "tied", "linked", "connected", "related", "allied", "married", "aligned", "associated",
    };

    private static readonly HashSet<string> TieStems = [.. TieVerbs.Select(Text.Stemmer.Stem)];

    [System.Text.RegularExpressions.GeneratedRegex(@", (who|which|whose|where|when) ")]
    private static partial System.Text.RegularExpressions.Regex RoleProper();

    /// <summary>
    /// "Is the mayor French?", "is she a government official?": answered from who the person is,
    /// by their affiliation and the words of their role.
    /// </summary>
    private static Reply? Identity(Turn t, List<string> content)
    {
        var (index, q) = (t.Index, t.Q);
        // "was the mayor's stated reason ...?" is about the reason, not about who the mayor is.
        // The person must be what the question opens on ("is X ...", "was the minister ..."), not named later ("was the photo of X ...").
        // "was it X who did Y?" asks who did Y, not who X is.
        if (!(Vocabulary.Copulas.Contains(q.Tokens[0]) || RefusalPolicy.IsStatedIdentity(q)) || q.Entities.Count == 0 || CleftPattern().IsMatch(q.Text) || !Describable(t)
            || PossessiveSubject(q) || q.Mentions.FirstOrDefault(m => m.Pronoun is null) is not { Start: <= 2 })
            return null;
        var subject = index.Find(q.Entities[0])!.Actors[0];
        var self = index.ActorFact(subject.Id)!;
        var others = q.Entities.Skip(1).ToList();
        // The role proper, before any clause about what the person did ("Head of the committee, who announced talks with ...").
        var inRole = index.Linker.MentionedIn(RoleProper().Split(subject.Role)[0]);
        var belongs = others.All(o => subject.Affiliation == o || self.Declared.Contains(o) || inRole.Contains(o) || index.Find(subject.Affiliation ?? "")?.Affiliation == o);
        // A place or body the articles never name ("a professor at Northfield?") is part of what the claim says they are.
        // "is she based at X?": the verb only says the claim is about where she works.
        var claimed = content.Concat(q.SetAside).Where(w => !Vocabulary.AffiliationVerbs.Contains(w) && !TieStems.Contains(w)).Concat(q.ForeignNames.Select(n => Text.Stemmer.Stem(n.ToLowerInvariant()))).Distinct().ToList();
        var described = claimed.All(w => index.CoversLoosely(self.Stems, w)) && !ClaimChecks.OppositeSides(t, subject.Role);
        // "was he ever arrested?", "was X jailed for ...?" ask whether something happened, not who he is; "is X described
        // as ...", "is X based at ..." still ask who X is.
        // "was he previously thought to ...": the word after any adverb.
        var after = q.Mentions[0].Start + q.Mentions[0].Length;
        while (after + 1 < q.Tokens.Count && q.Tokens[after].EndsWith("ly", StringComparison.Ordinal))
            after++;
        var next = after < q.Tokens.Count ? q.Tokens[after] : "";
        var happened = !Pipeline.RefusalPolicy.StatesIdentity(q, q.Mentions[0]) && (next.EndsWith("ed", StringComparison.Ordinal) || Pipeline.IntentRecognizer.IrregularPast.Contains(next))
            && !Vocabulary.Phrasing.Contains(next) && !Vocabulary.AffiliationVerbs.Contains(next) && !TieVerbs.Contains(next);
        if ((claimed.Count == 0 && others.Count == 0) || q.Tokens.Contains("ever") || happened)
            return null;
        // With no affiliation to check a name against, only a role naming another country ("a Latvian ship" for "an
        // Estonian ship?") gainsays it: one may work for several bodies, but comes from one place.
        if (others.Count > 0 && subject.Affiliation is null
            && !others.All(o => inRole.Contains(o) || (index.Find(o) is { Kind: ActorKind.State } && inRole.Any(r => SameKind(index, r, o)))))
            return null;
        var answer = new AnswerBuilder();
        var verdict = !(belongs && described) ? "No. " : ClaimChecks.Ended(t, self.PlainStems, content) ? "No, no longer. " : "Yes. ";
        answer.Add(WithSourceOfCard(index, subject.Evidence, verdict + $"{subject.Name}: {subject.Role}"), subject.Evidence);
        Suggestions.About(t, answer, subject.Id);
        return Replies.Answered(answer);
    }
}
