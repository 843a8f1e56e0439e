using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>A mention of an actor in a sentence: where it stands and whether it is possessive ("Anna's").</summary>
internal sealed record Mention(string Actor, int Start, int End, bool Possessive);

/// <summary>One sentence as extraction sees it: its words and, once the actors are known, their mentions.</summary>
internal sealed class Line(Sentence sentence, BlockKind kind)
{
    public Sentence Sentence { get; } = sentence;
    public BlockKind Kind { get; } = kind;
    public string Text => Sentence.Text;
    public List<Word> Words { get; } = Extraction.Words.Split(sentence.Text);
    public List<Mention> Mentions { get; set; } = [];

    /// <summary>Body text and captions carry facts; the bio and footer only tell who wrote it.</summary>
    public bool IsReporting => Kind is BlockKind.Body or BlockKind.Caption;

    public IEnumerable<Mention> MentionsIn(int start, int end) => Mentions.Where(m => m.Start >= start && m.End <= end);

    /// <summary>The index of the first word starting at or after a character position.</summary>
    public int WordAt(int position)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i].Start >= position)
                return i;
        }
        return Words.Count;
    }
}
