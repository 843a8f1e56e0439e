using Bot.Engine.Model;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>The shapes of reply every answerer shares: ranked facts, a sentence, "doesn't say", "which one?".</summary>
internal static class Replies
{
    /// <summary>
    /// States the best facts (up to <paramref name="max"/> close to the best), each sentence once, and keeps the rest for
    /// "tell me more"; facts as good as the best that are other actors' are all stated ("A and B were optimistic" holds
    /// A's view and B's), up to <see cref="MaxTiedHolders"/>.
    /// </summary>
    public static Reply Report(Turn t, List<Scored> ranked, int max, bool preferTypes)
    {
        if (preferTypes)
            ranked = [.. ranked.OrderByDescending(s => s.Score + (s.Fact.Fact is Position ? RankingPolicy.PositionPreference : 0))];
        // An explanation is only told whole: its claim with the reasons the article gives.
        if (ranked[0].Fact.Fact is Explanation)
            return WhyAnswerer.Explain(t, ranked[0].Fact, ranked.Skip(1).Select(s => s.Fact));
        var answer = new AnswerBuilder();
        var shown = new List<IndexedFact>();
        foreach (var scored in ranked)
        {
            var anotherHolder = scored.Score >= ranked[0].Score - RankingPolicy.SameScore && shown.Count < MaxTiedHolders
                && scored.Fact.Declared.FirstOrDefault() is { } holder && shown.All(f => !f.Declared.Contains(holder));
            if (!anotherHolder && (shown.Count >= max || (shown.Count > 0 && scored.Score < ranked[0].Score - RankingPolicy.CloseToBest)))
                break;
            if (!anotherHolder && shown.Any(f => f.Fact.Evidence.Quote == scored.Fact.Fact.Evidence.Quote))
                continue;
            if (answer.Add(Shown(t, scored.Fact), scored.Fact.Fact.Evidence))
                shown.Add(scored.Fact);
        }
        Suggestions.About(t, answer, shown[0].Declared.FirstOrDefault() ?? "");
        return Facts(answer, shown[0], ranked.Select(s => s.Fact).Except(shown));
    }

    /// <summary>
    /// What to quote for a fact: a drafted fact is a clause, so the whole sentence it comes from reads better (a
    /// drafted actor's description, gathered from several sentences, stays as it is).
    /// </summary>
    public static string Shown(Turn t, IndexedFact fact) =>
        fact.Article.Drafted && fact.Fact is not Actor && AnswererTable.OwnWords(t.Index, fact) is { } sentence ? sentence.Sentence.Text : fact.Fact.Text;

    /// <summary>How many actors equally said to hold a view one answer names.</summary>
    private const int MaxTiedHolders = 3;

    /// <summary>How many facts an answer keeps for "tell me more": enough to go on, without copying every ranked fact.</summary>
    public const int MaxMore = 8;

    /// <summary>An answered reply resting on <paramref name="fact"/>, with the next few kept for "tell me more".</summary>
    public static Reply Facts(AnswerBuilder answer, IndexedFact fact, IEnumerable<IndexedFact> rest) =>
        new(answer.Build(AnswerStatus.Answered)) { Fact = fact, More = [.. rest.Take(MaxMore)] };

    public static Reply Answered(AnswerBuilder answer) => new(answer.Build(AnswerStatus.Answered));

    public static Reply FromSentence(Turn t, IndexedSentence sentence)
    {
        var answer = new AnswerBuilder();
        var text = sentence.Sentence.Text;
        answer.Add($"The article says: \"{text}\"", Evidence(sentence));
        if (t.Q.Entities.FirstOrDefault() is { } id)
            Suggestions.About(t, answer, id);
        Suggestions.Defaults(answer);
        return Answered(answer);
    }

    public static Evidence Evidence(IndexedSentence sentence) =>
        new(sentence.Article.Article.Id, sentence.Sentence.Paragraph, sentence.Sentence.Text);

    public static Reply NotInArticle(Turn t, IReadOnlyList<string> missing)
    {
        // "ナザルバエフは誰ですか": words of a script no English article is written in ask in another language, not about something missing.
        if (missing.Count > 0 && missing.All(InAnotherScript))
            return Unknown(t, "I can only read questions in English (names may also be typed in Cyrillic). Could you ask in English?");
        var words = string.Join(", ", missing.Take(3).Select(w => $"\"{AnswerBuilder.Shorten(w, 30)}\""));
        return Unknown(t, $"The article doesn't say anything about {words}.");
    }

    /// <summary>Letters, none of them Latin: a word of another writing system.</summary>
    private static bool InAnotherScript(string word) => word.AnyChar(char.IsLetter) && !word.Any(c => c < '\u0250' && char.IsLetter(c));

    public static Reply Unknown(Turn t, string message)
    {
        var answer = new AnswerBuilder();
        answer.Add(message);
        var subject = t.Q.Entities.FirstOrDefault();
        if (subject is not null)
        {
            Suggestions.About(t, answer, subject, Intent.General);
            answer.Add($"I can tell you who {t.Index.NameOf(subject)} is or what the article says about them.");
        }
        else
        {
            answer.Add("I can answer questions about the article's actors, their positions, the events it reports and why.");
        }
        Suggestions.Defaults(answer);
        return new Reply(answer.Build(AnswerStatus.Unknown));
    }

    public static Reply Clarify(Turn t, Mention mention)
    {
        var index = t.Index;
        var candidates = mention.Candidates.Where(t.IsActor).ToList();
        var answer = new AnswerBuilder();
        var word = t.Q.Tokens[mention.Start];
        var options = candidates.Select(id => index.Find(id)!).Select(e => $"{e.Name} ({ShortRole(e)})");
        answer.Add($"Which {Capitalize(word)} do you mean: {string.Join(" or ", options)}?");
        foreach (var id in candidates)
            answer.Suggest(index.NameOf(id));
        return new Reply(answer.Build(AnswerStatus.Clarify)) { Pending = new Clarification(t.Q.Words, candidates) };
    }

    private static string ShortRole(Entity entity)
    {
        var role = entity.Actors.FirstOrDefault()?.Role ?? "";
        var cut = role.IndexOfAny([',', ';', '.']);
        return AnswerBuilder.Shorten(cut > 0 ? role[..cut] : role, 60);
    }

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
