using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Is the author saying X?" then "what does she say is driving the party's stance?": "she" is whoever wrote the
/// article (the one person it fits, or, with no one spoken of it fits, the one writer), and the question reads as
/// "what does the author say ...": the writer frames it, and what the article says answers.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question parsed again with "the author" for a personal pronoun that can stand only for whoever wrote the article, or
    /// null when there is no such pronoun or the question asks no view or words of theirs: "where does she work?" asks
    /// about the writer themself. With no one else the conversation offers for the pronoun, any question asks it of the
    /// writer ("does he put a date on it?", "how many reasons does she give?"): a reader says "he" of an article's writer unprompted.
    /// </summary>
    private static ParsedQuestion? AsTheAuthor(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Residual.Count == 0 || q.Mentions.FirstOrDefault(m => m.Pronoun is "male" or "female") is not { } mention
            || (q.Intent is not (Intent.SpeakerSaid or Intent.Position) && !NoOneElseMeant(q, mention.Pronoun!, state, index))
            || !StandsForAuthor(q, mention.Pronoun!, state, index))
            return null;
        return index.Parse(WithTheAuthorAt(q, mention.Start));
    }

    /// <summary>The question with "the author" in place of the word at <paramref name="at"/>; apart so that its lambda is made only when asked.</summary>
    private static string WithTheAuthorAt(ParsedQuestion q, int at) =>
        string.Join(' ', q.Tokens.Select((token, i) => i == at ? "the author" : token)) + (q.Text.TrimEnd().EndsWith('?') ? "?" : "");

    /// <summary>
    /// Whether nothing in the conversation offers someone else for the pronoun: no one spoken of fits it, the last answer names
    /// no one, and the last question asked after no one ("who founded it?", "what did its president say?"). With no
    /// answer before it, only words held ("how many reasons does she say there are?") are the writer's: "can he go to jail?"
    /// asks after someone the user has in mind.
    /// </summary>
    private static bool NoOneElseMeant(ParsedQuestion q, string pronoun, ConversationState state, KnowledgeIndex index) =>
        (state.LastAnswerText is not null || q.Tokens.AnyIn(Vocabulary.ClaimHoldingVerbs))
        && Referents(pronoun, state, index).Count == 0 && PeopleNamed(state.LastAnswerText, index).Count == 0
        && state.LastIntent is not (Intent.Who or Intent.WhoSaid) && !state.LastResidual.Any(HolderAskedStems.Contains);

    /// <summary>
    /// Whether the pronoun can stand only for whoever wrote the article: the writer is the one person spoken of it fits, or
    /// no one spoken of fits it and one writer does ("the author's view is X, correct?" then "so what does he claim?"). A
    /// person the question names is whom its pronoun means ("what were X's words in his speech?").
    /// </summary>
    private static bool StandsForAuthor(ParsedQuestion q, string pronoun, ConversationState state, KnowledgeIndex index) => Referents(pronoun, state, index) switch
    {
        [var only] => index.IsAuthor(only),
        [] => !q.Mentions.Any(m => m.Pronoun is null && m.Candidates.Any(id => index.Find(id)?.IsPerson == true))
            && index.Entities.Values.Where(e => index.IsAuthor(e.Id)).ToList() is [var writer] && (writer.Gender is null || writer.FitsPronoun(pronoun)),
        _ => false,
    };
}
