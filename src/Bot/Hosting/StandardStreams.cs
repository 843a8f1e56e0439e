using System.Globalization;

namespace Bot.Hosting;

/// <summary>
/// Standard streams a service manager closed before starting the program (<c>&lt;&amp;-</c>, <c>&gt;&amp;-</c>). The
/// runtime opens its own files and pipes at start-up and gets the lowest free descriptors, so descriptor 0, 1 or 2 may
/// then be one of the runtime's pipes: reading it would block forever, writing it would feed the runtime bytes it does
/// not expect. Such a stream is replaced: stdin by an empty one (end of input at once), stdout by one that fails like a
/// closed stream, stderr by one that discards.
/// </summary>
public static class StandardStreams
{
    // Linux fdinfo "flags" are octal; a descriptor inherited across exec never has O_CLOEXEC, one opened in-process always does.
    private const int CloseOnExec = 0x80000;
    private const string FdInfo = "/proc/self/fdinfo";

    public static void ReplaceClosed()
    {
        if (!Directory.Exists(FdInfo))
            return;
        if (!Inherited(0))
            Console.SetIn(TextReader.Null);
        if (!Inherited(1))
            Console.SetOut(new ClosedWriter());
        if (!Inherited(2))
            Console.SetError(TextWriter.Null);
    }

    private static bool Inherited(int descriptor)
    {
        try
        {
            // Opening the file takes the lowest free descriptor: if this one was closed, the file describes itself, opened close-on-exec.
            var flags = File.ReadLines(Path.Combine(FdInfo, descriptor.ToString(CultureInfo.InvariantCulture)))
                .FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & CloseOnExec) == 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class ClosedWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("standard output is closed");
    }
}
