using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "What reason did X give for Y?", "X's official reason": the account X gave, in a sentence where X explains, claims
/// or cites something ("X explained his absence on health grounds", "where it claimed ..."), not the author's own
/// explanation of Y, which a question asking the article's or author's reason still gets.
/// </summary>
internal static partial class WhyAnswerer
{
    /// <summary>The sentence giving the reason an actor the question names gave, when the question asks for one.</summary>
    private static Reply? GivenReason(Turn t)
    {
        var q = t.Q;
        if (q.FollowUp || !q.Entities.Any(id => t.Index.Find(id) is { IsActor: true }) || q.Tokens.AnyIn(Vocabulary.OwnWordsOfTheArticle)
            || !AsksReason().IsMatch(q.Words) || !AsksGiven().IsMatch(q.Words))
            return null;
        var actors = q.Entities.Select(t.Index.Find).OfType<Entity>().Where(e => e.IsActor).ToList();
        var sentence = Ranker.BestSentence(t, minimumCover: RankingPolicy.ReasonSentenceCover,
            accept: s => s.InBody && actors.Any(a => s.Mentioned.Contains(a.Id) && AccountsFor(a, s.Sentence.Text)), namedEarlier: true);
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>How many words before a word of account the one giving it may stand ("Venn quickly explained").</summary>
    private const int AccountReach = 3;

    /// <summary>
    /// Whether the text has the actor give an account: a word of account just after its name or a pronoun that may
    /// stand for it ("X explained", "where it claimed"); "the rift could explain X's decision" is the author's account.
    /// </summary>
    private static bool AccountsFor(Entity actor, string text)
    {
        foreach (Match account in Accounts().Matches(text))
        {
            var before = Tokenizer.Tokenize(text[..account.Index]);
            if (before.Skip(Math.Max(0, before.Count - AccountReach)).Any(w => Stemmer.Stem(w) is var stem && (actor.NameStems.Contains(stem)
                || actor.Actors.Any(a => a.Aliases.Any(alias => Words.ContentStems(alias).Contains(stem))))
                || (Vocabulary.Pronouns.TryGetValue(w, out var kind) && actor.FitsPronoun(kind))))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:reasons?|justifications?|grounds|excuse|explanation|rationale|pretext|motive)\b")]
    private static partial Regex AsksReason();

    /// <summary>A reason someone gave, offered or cited, or their official one.</summary>
    [GeneratedRegex(@"\b(?:give|gave|given|giving|offer|offered|cite|cited|provide|provided|stated|official|officially|publicly)\b")]
    private static partial Regex AsksGiven();

    /// <summary>Words telling an account someone gives of what they did.</summary>
    [GeneratedRegex(@"\b(?:explain(?:s|ed|ing)?|claim(?:s|ed|ing)?|cit(?:es|ed|ing)|justif(?:y|ies|ied|ying)|blam(?:es|ed|ing)|insist(?:s|ed|ing)?|on (?:\w+ ){0,2}grounds|pretext)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Accounts();
}
