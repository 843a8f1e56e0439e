using System.Diagnostics;
using System.Text;
using Bot.Engine.Loading;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Loading;

/// <summary>Hostile seed files are refused with a file:line error, quickly and in bounded memory, never by crashing.</summary>
public sealed class SeedLimitsTests
{
    [Theory]
    [InlineData(" ", "[", "]", 40_000)]
    [InlineData(" ", "{a: ", "}", 40_000)]
    [InlineData("\n  ", "- ", "", 100)]
    public void Load_RefusesTheAnnotation_WhenYamlIsNestedTooDeeply(string prefix, string open, string close, int depth)
    {
        var deep = prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var problem = Assert.Single(LoadWithModel($"article:\n  source: Coastal Herald\nactors:{deep}\n"));

        Assert.Contains("nested more than", problem.Message);
        Assert.InRange(problem.Line, 3, 4);
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesTheAnnotation_WhenAliasesExpandTooMuch()
    {
        var bomb = new StringBuilder("article:\n  source: Coastal Herald\nbomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
            bomb.Append($"  a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        bomb.Append("  ? *a11\n  : boom\n");

        var problems = await Task.Run(() => LoadWithModel(bomb.ToString()));

        Assert.Contains(problems, p => p.Message.Contains("aliases", StringComparison.Ordinal) && p.Line > 0);
    }

    [Theory]
    [InlineData("keywords: *nowhere", "alias *nowhere")]
    [InlineData("keywords: &words [a, *words]", "alias *words")]
    public void Load_ReportsTheLine_WhenAnAliasIsMisused(string yaml, string message)
    {
        var problems = LoadWithModel($"article:\n  source: Coastal Herald\nactors:\n  - {yaml}\n");

        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal) && p.Line >= 4);
    }

    [Fact]
    public void Load_AcceptsAnchorsAndAliases_WithinTheLimits()
    {
        var model = HarbourArticle.Model.ReplaceLineEndings("\n").Replace("aliases: [Alder]", "aliases: &alder [Alder]", StringComparison.Ordinal)
            .Replace("aliases: [Greenwickers]", "aliases: *alder", StringComparison.Ordinal);
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);

        var knowledge = SeedLoader.Load(seeds.Path);

        Assert.Equal(["Alder"], knowledge.Articles.Single().Actors.Single(a => a.Id == "greenwick").Aliases);
    }

    [Theory]
    [InlineData("article", 3)]
    [InlineData("annotation", 3)]
    public void Load_RefusesAFile_WhenItIsTooLarge_WithoutReadingIt(string which, int megabytes)
    {
        using var seeds = HarbourArticle.Folder();
        var file = Path.Combine(seeds.Path, which == "article" ? HarbourArticle.FileName : HarbourArticle.ModelFileName);
        using (var stream = File.OpenWrite(file))
            stream.SetLength(megabytes * 1024L * 1024);

        var problem = Assert.Single(Load(seeds.Path));

        Assert.Equal(file, problem.File);
        Assert.Contains("too large", problem.Message);
    }

    [Fact]
    public void Load_RefusesASymbolicLinkLoop()
    {
        using var seeds = HarbourArticle.Folder();
        var loop = Path.Combine(seeds.Path, "loop.txt");
        File.CreateSymbolicLink(loop, Path.Combine(seeds.Path, "loop-back.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "loop-back.txt"), loop);

        var problems = Load(seeds.Path);

        Assert.Contains(problems, p => p.File == loop && p.Message.Contains("symbolic link", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FollowsASymbolicLinkToARegularFile()
    {
        using var seeds = HarbourArticle.Folder();
        using var elsewhere = new SeedFolder().With("notes.md", "Notes On Tides\n\nThe tide turned at noon on Friday.\n");
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "notes.txt"), Path.Combine(elsewhere.Path, "notes.md"));

        var knowledge = SeedLoader.Load(seeds.Path);

        Assert.Contains(knowledge.Articles, a => a.Article.Id == "notes");
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesDevicesAndPipes_WithoutReadingThem()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var seeds = HarbourArticle.Folder();
        var zero = Path.Combine(seeds.Path, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var pipe = Path.Combine(seeds.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
            await mkfifo.WaitForExitAsync();

        var problems = await Task.Run(() => Load(seeds.Path));

        Assert.Contains(problems, p => p.File == zero && p.Message.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == pipe && p.Message.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact(Timeout = 15_000)]
    public async Task Load_ChecksManyQuotesAgainstALongArticle_Quickly()
    {
        var article = new StringBuilder("Long Title\n\n");
        for (var i = 0; article.Length < 1024 * 1024; i++)
            article.Append($"Paragraph {i} says that the council met again and the harbour stayed as it was.\n\n");
        var model = new StringBuilder("article:\n  source: x\nactors:\n");
        for (var i = 0; i < 4000; i++)
            model.Append($"  - id: a{i}\n    name: A{i}\n    kind: person\n    role: r\n    quote: \"{(i % 2 == 0 ? $"Paragraph {i} says" : $"not in the article {i}")}\"\n");
        using var seeds = new SeedFolder().With("long.txt", article.ToString()).With("long.model.yaml", model.ToString());

        var problems = await Task.Run(() => Load(seeds.Path));

        Assert.Equal(2000, problems.Count(p => p.Message.Contains("quote not found", StringComparison.Ordinal)));
        Assert.Equal(2000, problems.Count);
    }

    private static List<SeedError> LoadWithModel(string model)
    {
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        return Load(seeds.Path);
    }

    private static List<SeedError> Load(string folder)
    {
        var errors = new List<SeedError>();
        SeedLoader.TryLoad(folder, errors);
        return errors;
    }
}
