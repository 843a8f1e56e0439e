using Bot.Engine.Loading;

namespace Bot.Cli;

/// <summary><c>Bot seeds check</c>: validates the seeds and prints what they hold, or every error with its file and line.</summary>
public static class SeedsReport
{
    public static int Check(string folder, TextWriter output, TextWriter errors)
    {
        var problems = new List<SeedError>();
        var knowledge = SeedLoader.TryLoad(folder, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                errors.WriteLine(problem);
            errors.WriteLine($"{problems.Count} error(s) in {folder}");
            return 1;
        }
        foreach (var model in knowledge.Articles)
        {
            var a = model.Article;
            output.WriteLine($"{a.FileName}: \"{a.Title}\" by {a.Author ?? "(no byline)"}");
            output.WriteLine($"  paragraphs {a.Blocks.Count(b => b.Number > 0)}, sentences {a.Sentences.Count}, sections {a.Headings.Count()}");
            output.WriteLine($"  actors {model.Actors.Count}, topics {model.Topics.Count}, positions {model.Positions.Count}, events {model.Events.Count}, " +
                $"explanations {model.Explanations.Count}, relations {model.Relations.Count}, statements {model.Statements.Count}, lists {model.Lists.Count}");
        }
        output.WriteLine($"{knowledge.Articles.Count} article(s) OK");
        return 0;
    }
}
