namespace Bot.Engine.Model;

/// <summary>What a block of the article text is, as a reader would see it.</summary>
public enum BlockKind { Title, Byline, Caption, Heading, Body, Bio, Footer }

/// <summary>One sentence of the article, addressed by its paragraph number.</summary>
public sealed record Sentence(int Index, int Paragraph, string Text);

/// <summary>
/// A block of the article. Everything after the title and byline is numbered 1..N
/// in reading order, so "paragraph 7" points at the seventh block a reader sees.
/// </summary>
public sealed record Block(int Number, BlockKind Kind, string Text, string? Section, IReadOnlyList<Sentence> Sentences);

/// <summary>An article as parsed from its text file: the source of truth for every quote.</summary>
public sealed class Article
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required string Title { get; init; }
    public string? Author { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    public IEnumerable<Block> Headings => Blocks.Where(b => b.Kind == BlockKind.Heading);

    /// <summary>What the numbered block is: they close the list in order, after the title and any bylines.</summary>
    public BlockKind KindOf(int paragraph) => Blocks[Blocks.Count - Blocks[^1].Number + paragraph - 1].Kind;

    /// <summary>The text with whitespace collapsed, which quotes are matched against.</summary>
    public required string FlatText { get; init; }
}
