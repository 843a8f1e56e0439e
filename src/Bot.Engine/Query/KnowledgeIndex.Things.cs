using Bot.Engine.Text;
namespace Bot.Engine.Query;

/// <summary>
/// "One ferry, the Gull, ... In April the navy detained this ship ... It was seized again in May, by Ruritania.": a
/// sentence speaking of a thing by "it" or "this ship" is about the thing its paragraph last named first, so a question
/// about the Gull finds where it was seized, and so does "who seized it?" after "what is the Gull?".
/// </summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// Adds to <paramref name="mentioned"/> the thing <paramref name="spokenOf"/> when the sentence points back at a thing,
    /// and returns the thing the next sentence's "it" stands for: the one pointed at still, else the first thing (not a
    /// person) the sentence names, else the one before. A paragraph starts afresh unless its first words point back.
    /// "such vessels" instead speaks of the kind the sentence before named last (<paramref name="namedLast"/>, "... the
    /// grey fleet—boats that hide"), which that sentence sets <paramref name="namedLast"/> to for the next one.
    /// </summary>
    private string? SpeakOfThing(string text, List<string> tokens, HashSet<string> mentioned, bool opensParagraph, string? spokenOf, ref string? namedLast)
    {
        var named = Linker.LinkText(text).Where(m => m.Pronoun is null && m.Candidates is [var id] && Find(id) is { IsPerson: false } thing && MayBeIt(thing))
            .OrderBy(m => m.Start).ToList();
        var firstNamed = named.Count > 0 ? named[0].Start : int.MaxValue;
        var pointing = PointsBackAt(tokens, firstNamed);
        var kindBefore = opensParagraph ? null : namedLast;
        namedLast = named.Count > 0 ? named[^1].Candidates[0] : null;
        if (opensParagraph && pointing != 0)
            spokenOf = null;
        if (pointing >= 0 && tokens[pointing] == SuchWord && kindBefore is not null)
        {
            mentioned.Add(kindBefore);
            return spokenOf;
        }
        if (pointing >= 0 && spokenOf is not null)
        {
            mentioned.Add(spokenOf);
            return spokenOf;
        }
        return named.Count > 0 ? named[0].Candidates[0] : spokenOf;
    }

    /// <summary>The word that points back at a kind of thing rather than at one thing.</summary>
    private const string SuchWord = "such";

    /// <summary>
    /// Whether "it" may stand for the thing: an actor, or a topic named as a thing is ("the shadow fleet"), not a date a
    /// draft took for one ("September 19th") or a clause ("release it a week later").
    /// </summary>
    private static bool MayBeIt(Entity thing)
    {
        if (thing.IsActor)
            return true;
        var words = Text.Tokenizer.Tokens(thing.Name);
        return !words.AnyIn(Vocabulary.Stopwords) && DateText.Find(words) is null;
    }

    /// <summary>
    /// Where the sentence first points back at a thing, or -1: "it" before any thing it names ("Ruritania says it" speaks of
    /// Ruritania), or "this", "these" or "such" before a noun that is not a time ("this time", "this year").
    /// </summary>
    private static int PointsBackAt(List<string> tokens, int firstNamed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Vocabulary.ThingPronouns.Contains(tokens[i]) && i < firstNamed)
                return i;
            if (Vocabulary.PointingDeterminers.Contains(tokens[i]) && i + 1 < tokens.Count && char.IsLetter(tokens[i + 1][0])
                && !Vocabulary.Stopwords.Contains(tokens[i + 1]) && !Vocabulary.IsPointedTime(tokens[i + 1]))
                return i;
        }
        return -1;
    }
}
