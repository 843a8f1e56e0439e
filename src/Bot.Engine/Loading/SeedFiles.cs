using System.Globalization;
using System.Text;

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
                else if (ReadAtMost(file, out problem) is { } text)
                    return text;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + ex.Message;
        }
        errors.Add(new SeedError(path, 0, $"the {what} file {problem}"));
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
    private static string? ReadAtMost(FileInfo file, out string problem)
    {
        problem = "";
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
        using var reader = new StreamReader(new MemoryStream(bytes, 0, count), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string TooLarge(long bytes, int maxBytes) => string.Create(CultureInfo.InvariantCulture,
        $"is too large ({bytes / 1024.0 / 1024:0.#} MB; at most {maxBytes / 1024 / 1024} MB)");
}
