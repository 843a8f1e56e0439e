using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>Drafts a model from a few made-up paragraphs, with a title and byline around them.</summary>
internal static class Drafts
{
    public static ArticleModel Of(params string[] paragraphs) =>
        ArticleExtractor.Extract("sample", "sample.txt", "A Sample Story\n\n  • By Ada Writer\n\n" + string.Join("\n\n", paragraphs) + "\n");

    public static Actor Actor(this ArticleModel model, string name) =>
        model.Actors.Single(a => a.Name == name || a.Aliases.Contains(name));

    public static IEnumerable<string> Names(this Actor actor) => actor.Aliases.Prepend(actor.Name);

    public static string NameOf(this ArticleModel model, string id) => model.Actors.Single(a => a.Id == id).Name;
}
