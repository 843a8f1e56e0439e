using Bot.Engine.Extraction;
using Bot.Engine.Loading;

namespace Bot.Cli;

/// <summary>
/// <c>Bot seeds draft</c>: writes a machine-drafted annotation beside an article for a curator to edit;
/// <c>Bot seeds compare</c>: how much of a curated annotation a draft recalls.
/// </summary>
public static class SeedsDraft
{
    public static int Draft(string articleFile, string? outFile, bool force, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(articleFile))
        {
            errors.WriteLine($"{articleFile}: no such article");
            return 1;
        }
        var id = Path.GetFileNameWithoutExtension(articleFile);
        var target = outFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(articleFile))!, id + ".model.yaml");
        if (File.Exists(target) && !force)
        {
            errors.WriteLine($"{target} already exists; use --force to overwrite it or --out to write elsewhere");
            return 1;
        }
        var model = ArticleExtractor.Extract(id, Path.GetFileName(articleFile), File.ReadAllText(articleFile));
        File.WriteAllText(target, DraftWriter.Write(model));
        output.WriteLine($"{target}: actors {model.Actors.Count}, topics {model.Topics.Count}, positions {model.Positions.Count}, events {model.Events.Count}, " +
            $"explanations {model.Explanations.Count}, relations {model.Relations.Count}, statements {model.Statements.Count}, lists {model.Lists.Count}");
        return 0;
    }

    public static int Compare(string draftFile, string curatedFile, TextWriter output, TextWriter errors)
    {
        var problems = new List<SeedError>();
        var recalls = DraftComparison.CompareFiles(draftFile, curatedFile, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                errors.WriteLine(problem);
            return 1;
        }
        output.WriteLine($"Recall of {Path.GetFileName(draftFile)} against {Path.GetFileName(curatedFile)}:");
        foreach (var recall in recalls)
        {
            output.WriteLine("  " + recall);
            if (recall.Missed.Count > 0)
                output.WriteLine("      missed: " + string.Join(", ", recall.Missed));
        }
        return 0;
    }
}
