using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Loading;

/// <summary>Hints from the annotation that plain text cannot carry: which blocks are captions or the author's bio.</summary>
public sealed record StructureHints(IReadOnlyList<string> Captions, string? Bio)
{
    public static readonly StructureHints None = new([], null);
}

/// <summary>
/// Reads an article text file: blank lines separate blocks; the first block is the title, a
/// "By ..." block the byline; short unpunctuated lines are section headings; the block that
/// opens with an author's name is the bio (one block per author) and whatever follows the bios the footer.
/// </summary>
public static class ArticleParser
{
    private const int MaxHeadingWords = 8;

    public static Article Parse(string id, string fileName, string text, StructureHints hints)
    {
        var rawBlocks = SplitHeader(SplitBlocks(text));
        var blocks = new List<Block>();
        var sentences = new List<Sentence>();
        string title = rawBlocks.Count > 0 ? rawBlocks[0].Text : id;
        string? author = null;
        string? section = null;
        var number = 0;
        var afterBio = false;
        for (var i = 1; i < rawBlocks.Count; i++)
        {
            var (blockText, lineCount) = rawBlocks[i];
            var byline = number == 0 ? Bylines.Author(blockText) : null;
            if (byline is not null || (number == 0 && Bylines.IsUnsigned(blockText)))
            {
                author ??= byline;
                blocks.Add(new Block(0, BlockKind.Byline, blockText.TrimStart('•', '*', '-', ' '), null, []));
                continue;
            }
            number++;
            var kind = Classify(blockText, lineCount, author, hints, afterBio, isLast: i == rawBlocks.Count - 1);
            afterBio |= kind == BlockKind.Bio;
            if (kind == BlockKind.Heading)
                section = blockText;
            var blockSentences = new List<Sentence>();
            if (kind != BlockKind.Heading)
            {
                foreach (var sentence in SentenceSplitter.Split(blockText))
                    blockSentences.Add(new Sentence(sentences.Count + blockSentences.Count, number, sentence));
                sentences.AddRange(blockSentences);
            }
            blocks.Add(new Block(number, kind, blockText, kind is BlockKind.Body or BlockKind.Caption or BlockKind.Heading ? section : null, blockSentences));
        }
        blocks.Insert(0, new Block(0, BlockKind.Title, title, null, []));
        return new Article
        {
            Id = id,
            FileName = fileName,
            Title = title,
            Author = author,
            Blocks = blocks,
            Sentences = sentences,
            FlatText = TextNormalizer.CollapseWhitespace(text),
        };
    }

    private static BlockKind Classify(string text, int lineCount, string? author, StructureHints hints, bool afterBio, bool isLast)
    {
        var clean = TextNormalizer.Clean(text);
        var opensWithAuthor = author is not null && Bylines.Names(author).Any(name => clean.StartsWith(name + " ", StringComparison.Ordinal));
        if (opensWithAuthor || (!afterBio && hints.Bio is { } bio && clean.Contains(TextNormalizer.Clean(bio), StringComparison.Ordinal)))
            return BlockKind.Bio;
        // A photo's caption may be set under the bio, at the very end of the text.
        if (hints.Captions.Any(c => clean.Contains(TextNormalizer.Clean(c), StringComparison.Ordinal)))
            return BlockKind.Caption;
        if (afterBio)
            return BlockKind.Footer;
        if (!isLast && lineCount == 1 && IsHeadingLike(text))
            return BlockKind.Heading;
        return BlockKind.Body;
    }

    private static bool IsHeadingLike(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
        && !text.EndsWith('.') && !text.EndsWith('?') && !text.EndsWith('!') && !text.EndsWith('"') && !text.EndsWith(':');

    /// <summary>How many blocks at the top may hold a byline set without blank lines between its lines.</summary>
    private const int MaxHeaderBlocks = 3;

    /// <summary>
    /// The title, byline and date are often set on lines of their own with no blank line between them ("By Jo Roe" then
    /// "May 2, 2025"): a block at the top with a byline line among its lines is split into one block per line from the
    /// byline on, so the date reads as the article's date instead of as part of the author's name.
    /// </summary>
    private static List<(string Text, int Lines)> SplitHeader(List<(string Text, int Lines, List<string> Raw)> blocks)
    {
        var result = new List<(string, int)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (text, count, raw) = blocks[i];
            var by = i < MaxHeaderBlocks && count > 1 ? raw.FindIndex(i == 0 ? 1 : 0, line => Bylines.Author(line) is not null) : -1;
            if (by < 0)
            {
                result.Add((text, count));
                continue;
            }
            if (by > 0)
                result.Add((TextNormalizer.CollapseWhitespace(string.Join(' ', raw[..by])), by));
            result.AddRange(raw[by..].Select(line => (TextNormalizer.CollapseWhitespace(line), 1)));
        }
        return result;
    }

    private static List<(string Text, int Lines, List<string> Raw)> SplitBlocks(string text)
    {
        var blocks = new List<(string, int, List<string>)>();
        var lines = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            lines.Add(line.Trim());
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (lines.Count == 0)
                return;
            blocks.Add((TextNormalizer.CollapseWhitespace(string.Join(' ', lines)), lines.Count, [.. lines]));
            lines.Clear();
        }
    }
}
