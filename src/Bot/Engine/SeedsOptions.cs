using System.ComponentModel.DataAnnotations;

namespace Bot.Engine;

/// <summary>Where the articles and their annotations are read from (section "Seeds").</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    /// <summary>Folder of articles; relative paths are tried from the working directory, then beside the program.</summary>
    [Required]
    public string Path { get; set; } = "seeds";

    public string Resolve()
    {
        if (System.IO.Path.IsPathRooted(Path) || Directory.Exists(Path))
            return System.IO.Path.GetFullPath(Path);
        var besideProgram = System.IO.Path.Combine(AppContext.BaseDirectory, Path);
        return Directory.Exists(besideProgram) ? besideProgram : System.IO.Path.GetFullPath(Path);
    }
}

/// <summary>How long and how many conversations the engine remembers (section "Engine").</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Engine:ConversationExpiry must be between 1 second and 7 days.")]
    public TimeSpan ConversationExpiry { get; set; } = TimeSpan.FromMinutes(30);

    [Range(1, 10_000_000, ErrorMessage = "Engine:MaxConversations must be between 1 and 10,000,000.")]
    public int MaxConversations { get; set; } = 10_000;
}
