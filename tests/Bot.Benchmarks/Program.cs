using Bot.Benchmarks;
using BenchmarkDotNet.Running;

// "--latency" measures updates/s and p99 directly; anything else goes to BenchmarkDotNet.
if (args.Contains("--latency"))
{
    await TelegramBenchmarks.ReportLatencyAsync(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TelegramBenchmarks).Assembly).Run(args);
