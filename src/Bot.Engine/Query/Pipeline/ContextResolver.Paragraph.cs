using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Its commander is Jon Brask." then "and its higher command?": a follow-up the article at large does not answer is
/// most often answered in the paragraph the conversation is reading. Writers give an occasion's details, its source, its
/// sequel and the others caught up in it around the sentence just shown, in words the question need not share.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// Intents that ask of the article or the conversation as a whole, or for a verdict, not for something a paragraph
    /// tells; a reason or a date must be the one of the thing asked about, which a sentence beside it may not be.
    /// </summary>
    private static readonly HashSet<Intent> NotOfParagraph =
        [Intent.YesNo, Intent.Why, Intent.When, Intent.OnDate, Intent.About, Intent.Author, Intent.Sections, Intent.Help, Intent.More, Intent.Captions, Intent.Source];

    /// <summary>Words asking who fills an office or role ("its president", "the leader"): a sentence not saying it names someone else.</summary>
    private static readonly HashSet<string> HolderAskedStems = [.. Vocabulary.Stems([.. Vocabulary.OfficeTitles, .. Vocabulary.Kinds.Keys]), .. Vocabulary.RoleStems];

    /// <summary>
    /// The question asked of the sentence, in the paragraph of the one the last answer showed, that names everyone the
    /// question names and holds most of its own words (a name new to the conversation counting as one of them), the
    /// nearest after the one shown first; null when the question asks a verdict, a reason, a date or of the article at
    /// large, nothing was shown, or no sentence there holds any of it.
    /// </summary>
    public static ParsedQuestion? InParagraphRead(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (NotOfParagraph.Contains(q.Intent) || q.LacksContext || q.Ambiguous is not null || q.Unresolved is not null || q.Quoted is not null
            || q.Date is not null || q.ContextSentence is not null || LastRead(state, index) is not { } shown)
            return null;
        var named = q.Mentions.Where(m => m.Pronoun is null).SelectMany(m => m.Candidates).Where(q.Entities.Contains).Distinct().ToList();
        var words = q.Residual.Where(w => !Vocabulary.AskedForStems.Contains(w)).ToList();
        int Score(IndexedSentence s) =>
            CountCovered(index, s.Stems, words) + named.Count(id => !shown.Mentioned.Contains(id) && !state.LastEntities.Contains(id));
        var held = words.Where(w => HolderAskedStems.Contains(w)).ToList();
        // Every sentence of the article is passed through this test: it captures nothing of the sentence, so makes nothing for it.
        return index.Sentences.Where(s => s.SameParagraphAs(shown) && named.AllIn(s.Mentioned) && CountCovered(index, s.Stems, held) == held.Count)
            .Select(s => (Sentence: s, Score: Score(s), Place: index.PlaceOf(s) - index.PlaceOf(shown)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Place > 0 ? c.Place : RankingPolicy.OccasionSentences - c.Place)
            .Select(c => q with { ContextSentence = c.Sentence })
            .FirstOrDefault();
    }

    /// <summary>How many of the words the stems say.</summary>
    private static int CountCovered(KnowledgeIndex index, string[] stems, List<string> words)
    {
        var covered = 0;
        foreach (var word in words)
        {
            if (index.Covers(stems, word))
                covered++;
        }
        return covered;
    }
}
