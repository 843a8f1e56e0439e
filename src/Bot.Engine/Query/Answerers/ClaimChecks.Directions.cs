using System.Runtime.CompilerServices;
using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim that puts a place after "from", "to", "in" or "at" against a text putting it elsewhere.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "moved from A to B?" when the text moves it from B to A, or to C, "taken in A?" when it was taken in B: a
    /// place the claim puts after "from", "to", "in" or "at" that the text puts after another of these words, or
    /// another of its kind after the same word. A text naming the claim's place with the other ("in B and A") puts it
    /// there too.
    /// </summary>
    public static bool WrongDirection(Turn t, string text)
    {
        var (claim, elsewhere) = ClaimedDirections(t);
        if (claim.Count == 0 && !elsewhere)
            return false;
        var (words, mentions, said) = DirectionsSaid.GetValue(t.Index, static _ => new(MaxTextsRemembered, MaxTextLengthRemembered))
            .GetOrAdd(text, static (text, index) => DirectionsIn(index, text), t.Index);
        if (elsewhere && said.Any(s => s.Word is "in" or "at" && t.Index.Find(s.Id)?.Kind == ActorKind.State))
            return true;
        // "to X" against "from X" turns the movement round; "in X" against "from X" need not ("the villages in X's
        // province" of "villages handed over from X's province").
        return claim.Any(c => said.Any(s => ((s.Id == c.Id && s.Word != c.Word && IsMovement(s.Word) && IsMovement(c.Word))
                || (s.Word == c.Word && s.Id != c.Id && YesNoAnswerer.SameKind(t.Index, s.Id, c.Id)))
                && !ListedWith(text, words, mentions, s.At, c.Id))
            && !said.Any(s => s.Word == c.Word && s.Id == c.Id));
    }

    /// <summary>What a claim puts after "from", "to", "in" or "at", and whether it names a place of the world the articles never name there.</summary>
    private sealed record ClaimOfDirections(List<(string Word, string Id, int At)> Directions, bool Elsewhere);

    /// <summary>What a text puts after those words, with its words and mentions for telling a list ("in B and A") apart.</summary>
    private sealed record TextDirections(List<string> Words, List<Mention> Mentions, List<(string Word, string Id, int At)> Said);

    /// <summary>By question: a yes/no question is held against text after text.</summary>
    private static readonly QuestionMemo<ClaimOfDirections> ClaimsOfDirections = new();

    /// <summary>By index: the same sentences are held against question after question.</summary>
    private static readonly ConditionalWeakTable<KnowledgeIndex, TextMemo<TextDirections>> DirectionsSaid = [];

    private static ClaimOfDirections ClaimedDirections(Turn t) => ClaimsOfDirections.Get(t, static t =>
    {
        var q = t.Q;
        // "taken in Paris?" of a photo taken in Port Alder: a place of the world the articles never name, where the text names one.
        var elsewhere = Enumerable.Range(1, q.Tokens.Count - 1).Any(i => q.Tokens[i - 1] is "in" or "at" && q.Foreign.Contains(q.Tokens[i]) && Vocabulary.WorldNames.Contains(q.Tokens[i]));
        return new(Directions(q.Text, q.Tokens, q.Mentions), elsewhere);
    });

    private static TextDirections DirectionsIn(KnowledgeIndex index, string text)
    {
        var words = Text.Tokenizer.Tokenize(text, lowercase: false);
        var mentions = WithActorsInsideTopics(index, index.Linker.LinkText(text), words);
        return new(words, mentions, Directions(text, words.ConvertAll(w => w.ToLowerInvariant()), mentions));
    }
}
