using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Hosting;

public sealed class ExitStatusTests
{
    [Fact]
    public async Task RunAsync_Is1_WhenABackgroundServiceDiedAndStoppedTheHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHostedService<FailingService>();
        using var host = builder.Build();

        var code = await new ExitStatus().RunAsync(host, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, code);
    }

    [Fact]
    public async Task RunAsync_KeepsTheRecordedCode_WhenAnAdapterStoppedTheBot()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        using var host = builder.Build();
        var exit = new ExitStatus();
        exit.Fail(3);

        using var stopped = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var code = await exit.RunAsync(host, stopped.Token).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, code);
    }

    [Fact]
    public async Task RunAsync_Is0_WhenAStopArrivesWhileTheHostIsStillStarting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHostedService<SlowStartingService>();
        using var host = builder.Build();

        var code = await new ExitStatus().RunAsync(host, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, code);
    }

    /// <summary>SIGTERM during a slow start (a listener binding on a loaded machine): the stop comes before starting ends.</summary>
    private sealed class SlowStartingService(IHostApplicationLifetime lifetime) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.StopApplication();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class FailingService : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the adapter broke");
        }
    }
}
