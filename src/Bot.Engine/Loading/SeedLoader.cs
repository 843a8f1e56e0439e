using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Loading;

/// <summary>
/// Loads every article in a seeds folder: <c>name.txt</c> is the article, <c>name.model.yaml</c>
/// (or <c>.yml</c>) beside it the optional annotation; without one, the model is drafted from the text by extraction.
/// </summary>
public static class SeedLoader
{
    private static readonly string[] ModelSuffixes = [".model.yaml", ".model.yml"];

    /// <summary>Loads and validates the folder, throwing <see cref="SeedException"/> with every problem found.</summary>
    public static KnowledgeBase Load(string folder)
    {
        var errors = new List<SeedError>();
        var knowledge = TryLoad(folder, errors);
        return errors.Count > 0 ? throw new SeedException(errors) : knowledge;
    }

    public static KnowledgeBase TryLoad(string folder, List<SeedError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new SeedError(folder, 0, WhyNotAFolder(folder)));
            return new KnowledgeBase([]);
        }
        var articles = new List<ArticleModel>();
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var textFile in texts)
        {
            var id = Path.GetFileNameWithoutExtension(textFile);
            var text = SeedFiles.TryRead(textFile, "article", SeedFiles.MaxArticleBytes, errors);
            if (text is null)
                continue;
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new SeedError(textFile, 0, "the article file is empty"));
                continue;
            }
            var modelFile = ModelSuffixes.Select(s => Path.Combine(folder, id + s)).FirstOrDefault(File.Exists);
            var modelText = modelFile is null ? null : SeedFiles.TryRead(modelFile, "annotation", SeedFiles.MaxAnnotationBytes, errors);
            articles.Add(modelFile is null ? ArticleExtractor.Extract(id, Path.GetFileName(textFile), text)
                : modelText is null ? ModelReader.ReadPlain(id, textFile, text)
                : ModelReader.Read(id, textFile, text, modelFile, modelText, errors));
        }
        foreach (var orphan in Directory.GetFiles(folder).Where(f => ModelSuffixes.Any(s => f.EndsWith(s, StringComparison.Ordinal))))
        {
            var name = Path.GetFileName(orphan);
            var article = name[..name.IndexOf(".model.", StringComparison.Ordinal)] + ".txt";
            if (!File.Exists(Path.Combine(folder, article)))
                errors.Add(new SeedError(orphan, 0, $"annotation without its article: expected {article} beside it"));
        }
        // A folder named like a seed file would otherwise be skipped in silence, and the article drafted instead of its annotation read.
        foreach (var folderNamedLikeAFile in Directory.GetDirectories(folder).Where(IsSeedFileName).Order(StringComparer.Ordinal))
            errors.Add(new SeedError(folderNamedLikeAFile, 0, "is a folder where an article (.txt) or annotation (.model.yaml) file is expected"));
        if (texts.Count == 0)
            errors.Add(new SeedError(folder, 0, "no articles (*.txt) in the seeds folder"));
        return new KnowledgeBase(articles);
    }

    /// <summary>Why the seeds path cannot be read as a folder; a broken symbolic link would otherwise pass for a file.</summary>
    private static string WhyNotAFolder(string path)
    {
        var link = new FileInfo(path);
        if (link.LinkTarget is { } target)
        {
            try
            {
                if (link.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                    return $"the seeds path is a symbolic link to {target}, which does not exist (set Seeds:Path or --seeds to the folder of articles)";
            }
            catch (IOException)
            {
                return "the seeds path is a symbolic link that leads back to itself (set Seeds:Path or --seeds to the folder of articles)";
            }
        }
        return File.Exists(path)
            ? "the seeds path is a file, not a folder (set Seeds:Path or --seeds to the folder of articles)"
            : "the seeds folder does not exist (set Seeds:Path or --seeds)";
    }

    private static bool IsSeedFileName(string path) =>
        path.EndsWith(".txt", StringComparison.Ordinal) || ModelSuffixes.Any(s => path.EndsWith(s, StringComparison.Ordinal));
}
