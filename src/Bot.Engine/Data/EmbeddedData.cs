namespace Bot.Engine;

/// <summary>
/// General-knowledge tables shipped inside the engine (Data/*.txt: countries, international bodies, a thesaurus, opposites), kept out
/// of the code so that what the engine knows of the world reads as data. Lines starting with # are comments.
/// </summary>
internal static class EmbeddedData
{
    public static string Read(string file)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Bot.Engine.Data." + file)
            ?? throw new InvalidOperationException($"The engine was built without its data file {file}.");
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').Where(line => !line.TrimStart().StartsWith('#')));
    }
}
