using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Bot.Engine.Loading;

/// <summary>
/// Reads seed files without trusting them: a symbolic link is followed to its final target (a loop is
/// an error), only a non-empty file of bounded size is opened, and anything else becomes a seed error
/// instead of an exception, a hang on a pipe or an endless read from a device.
/// </summary>
internal static class SeedFiles
{
    public const int MaxArticleBytes = 2 * 1024 * 1024;
    public const int MaxAnnotationBytes = 2 * 1024 * 1024;

    /// <summary>The file's text, or null when it cannot be used (the reason is added to <paramref name="errors"/>).</summary>
    public static string? TryRead(string path, string what, int maxBytes, List<SeedError> errors)
    {
        string problem;
        long line = 0;
        try
        {
            var file = FinalTarget(path, out problem);
            if (file is not null)
            {
                // Pipes, devices and sockets report no size: refusing empty files keeps them unopened.
                if (file.Length == 0)
                    problem = "is empty (or not a regular file, such as a pipe or a device)";
                else if (file.Length > maxBytes)
                    problem = TooLarge(file.Length, maxBytes);
                else if (ReadAtMost(file, out problem, out line) is { } text)
                    return text;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + ex.Message;
        }
        errors.Add(new SeedError(path, line, $"the {what} file {problem}"));
        return null;
    }

    /// <summary>The file itself, or the file a symbolic link finally points to; null with the reason when there is none.</summary>
    private static FileInfo? FinalTarget(string path, out string problem)
    {
        problem = "";
        var file = new FileInfo(path);
        if (file.LinkTarget is null)
            return file;
        FileSystemInfo? target;
        try
        {
            target = file.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            problem = "is a symbolic link that cannot be followed (a loop?): " + ex.Message;
            return null;
        }
        if (target is FileInfo { Exists: true } regular)
            return regular;
        problem = $"is a symbolic link to {target?.FullName}, which is missing or not a file";
        return null;
    }

    /// <summary>Reads no more than the size the file reported, so a file growing meanwhile cannot make the read unbounded.</summary>
    private static string? ReadAtMost(FileInfo file, out string problem, out long line)
    {
        problem = "";
        line = 0;
        var bytes = new byte[file.Length + 1];
        var count = 0;
        using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0))
        {
            int read;
            while (count < bytes.Length && (read = stream.Read(bytes, count, bytes.Length - count)) > 0)
                count += read;
        }
        if (count == bytes.Length)
        {
            problem = "changed while it was read; it is read again on the next change";
            return null;
        }
        return Decode(bytes.AsSpan(0, count), out problem, out line);
    }

    /// <summary>UTF-8 text (a byte order mark is skipped); a binary file or another encoding is refused at its first bad byte, not read as replacement characters.</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes, out string problem, out long line)
    {
        problem = "";
        line = 0;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var valid, out var written, replaceInvalidSequences: false);
        var nul = bytes[..valid].IndexOf((byte)0);
        if (status == OperationStatus.Done && nul < 0)
            return new string(chars, 0, written);
        var bad = nul >= 0 ? nul : valid;
        line = bytes[..bad].Count((byte)'\n') + 1;
        problem = nul >= 0
            ? "holds a NUL byte: it is not a text file"
            : string.Create(CultureInfo.InvariantCulture, $"is not UTF-8 text (byte 0x{bytes[bad]:X2}); save it as UTF-8");
        return null;
    }

    private static string TooLarge(long bytes, int maxBytes) => string.Create(CultureInfo.InvariantCulture,
        $"is too large ({bytes / 1024.0 / 1024:0.#} MB; at most {maxBytes / 1024 / 1024} MB)");
}
