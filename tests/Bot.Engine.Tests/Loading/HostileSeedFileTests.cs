using System.Text;
using Bot.Engine.Extraction;
using Bot.Engine.Loading;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Loading;

/// <summary>Seed files that are not what they seem: refused with a message naming the file and line, or drafted quickly.</summary>
public sealed class HostileSeedFileTests
{
    private const string FileName = "hostile.txt";

    public static TheoryData<string, byte[], string, int> UnreadableArticles() => new()
    {
        { "UTF-16 with a byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Harbour plan\n\nJane Roe said no.\n")).ToArray(), "not UTF-8", 1 },
        { "UTF-16 big-endian with a byte order mark", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Harbour plan\n")).ToArray(), "not UTF-8", 1 },
        { "NUL bytes on its third line", Encoding.UTF8.GetBytes("Harbour plan\n\nJane Roe\0\0said no.\n"), "NUL byte", 3 },
        { "only NUL bytes", new byte[4_096], "NUL byte", 1 },
    };

    [Theory]
    [MemberData(nameof(UnreadableArticles))]
    public void Load_NamesTheFileAndLine_WhenTheArticleIsNotUtf8Text(string kind, byte[] bytes, string message, int line)
    {
        using var seeds = new SeedFolder();
        var file = Path.Combine(seeds.Path, FileName);
        File.WriteAllBytes(file, bytes);
        var errors = new List<SeedError>();

        SeedLoader.TryLoad(seeds.Path, errors);

        var error = Assert.Single(errors);
        Assert.True(error.File == file && error.Line == line && error.Message.Contains(message, StringComparison.Ordinal), $"{kind}: {error}");
    }

    [Theory]
    [InlineData(HarbourArticle.ModelFileName)]
    [InlineData("other.txt")]
    public void Load_NamesTheFolder_WhenASeedFileNameIsAFolder(string name)
    {
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text);
        var folder = Path.Combine(seeds.Path, name);
        Directory.CreateDirectory(folder);
        var errors = new List<SeedError>();

        SeedLoader.TryLoad(seeds.Path, errors);

        var error = Assert.Single(errors);
        Assert.Equal(folder, error.File);
        Assert.Contains("is a folder where an article", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "a symbolic link to missing, which does not exist")]
    [InlineData("seeds", "a symbolic link that leads back to itself")]
    public void Load_SaysTheSeedsPathIsABrokenLink_RatherThanAFile(string target, string message)
    {
        using var parent = new SeedFolder();
        var link = Path.Combine(parent.Path, "seeds");
        File.CreateSymbolicLink(link, target);
        var errors = new List<SeedError>();

        SeedLoader.TryLoad(link, errors);

        var error = Assert.Single(errors);
        Assert.Equal(link, error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesAnAnnotationNestedToItsSizeLimit_NamingTheLine()
    {
        var depth = (SeedFiles.MaxAnnotationBytes - 100) / 2;
        var model = "article:\n  source: Coastal Herald\nactors: " + new string('[', depth) + new string(']', depth) + "\n";
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        var errors = new List<SeedError>();

        await Task.Run(() => SeedLoader.TryLoad(seeds.Path, errors));

        var error = Assert.Single(errors);
        Assert.EndsWith(HarbourArticle.ModelFileName, error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesA5MegabyteDeeplyNestedAnnotation_WithoutParsingIt()
    {
        var model = "article:\n  source: Coastal Herald\nactors:\n  - " + new string('{', 2_500_000) + new string('}', 2_500_000) + "\n";
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        var errors = new List<SeedError>();

        await Task.Run(() => SeedLoader.TryLoad(seeds.Path, errors));

        var error = Assert.Single(errors);
        Assert.EndsWith(HarbourArticle.ModelFileName, error.File, StringComparison.Ordinal);
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }
}
