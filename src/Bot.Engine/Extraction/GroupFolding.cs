using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Folds groups named more or less fully into one: "Ruritanian veterans" and "Gulf war veterans" into "Ruritanian Gulf war veterans".</summary>
internal static class GroupFolding
{
    public static void Fold(List<ActorDraft> actors)
    {
        var groups = actors.Where(a => a.Kind == ActorKind.Group && a.Head is not null).OrderByDescending(a => a.Modifiers.Count).ToList();
        foreach (var smaller in groups.OrderBy(g => g.Modifiers.Count))
        {
            var larger = groups.FirstOrDefault(g => g != smaller && actors.Contains(g) && g.Modifiers.Count > smaller.Modifiers.Count
                && g.Head!.Equals(smaller.Head, StringComparison.OrdinalIgnoreCase)
                && smaller.Modifiers.All(m => g.Modifiers.Contains(m, StringComparer.OrdinalIgnoreCase)));
            if (larger is null)
                continue;
            larger.Absorb(smaller);
            actors.Remove(smaller);
        }
    }
}
