using System.Reflection;
using Bot.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Hosting;

/// <summary>Log event ids are for filtering and alerting, so each is explicit, unique, and inside its area's range.</summary>
public sealed class LogEventIdTests
{
    private static readonly (string Namespace, int First)[] Areas =
    [
        ("Bot.Telegram", 1000), ("Bot.Discord", 2000), ("Bot.Digests", 3000), ("Bot.Storage", 4000), ("Bot.Http", 6000), ("Bot", 5000),
    ];

    private static IEnumerable<(MethodInfo Method, LoggerMessageAttribute Attribute)> LogMethods() =>
        typeof(BotHost).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (m, m.GetCustomAttribute<LoggerMessageAttribute>()!))
            .Where(x => x.Item2 is not null);

    [Fact]
    public void LoggerMessages_HaveExplicitIdsInTheirAreaRange_InEveryArea()
    {
        var wrong = LogMethods()
            .Where(x => Area(x.Method) is var first && (x.Attribute.EventId < first || x.Attribute.EventId >= first + 1000))
            .Select(x => $"{x.Method.DeclaringType!.FullName}.{x.Method.Name} = {x.Attribute.EventId}")
            .ToList();

        Assert.True(wrong.Count == 0, "Event ids missing or outside their area's range: " + string.Join(", ", wrong));
    }

    [Fact]
    public void LoggerMessages_HaveUniqueIds_AcrossTheProgram()
    {
        var shared = LogMethods().Where(x => x.Attribute.EventId >= 0).GroupBy(x => x.Attribute.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" and ", g.Select(x => $"{x.Method.DeclaringType!.FullName}.{x.Method.Name}"))}")
            .ToList();

        Assert.True(shared.Count == 0, "Event ids used twice: " + string.Join("; ", shared));
    }

    private static int Area(MethodInfo method)
    {
        var ns = method.DeclaringType!.Namespace ?? "";
        return Areas.First(a => ns == a.Namespace || ns.StartsWith(a.Namespace + ".", StringComparison.Ordinal)).First;
    }
}
