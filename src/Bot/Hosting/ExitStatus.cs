namespace Bot.Hosting;

/// <summary>
/// How the bot ends: an adapter that stops the application for good (a rejected token) records a
/// non-zero code, so a service manager sees the failure instead of a clean exit.
/// </summary>
public sealed class ExitStatus
{
    public int Code { get; private set; }

    public void Fail(int code) => Code = code;
}
