using System.Text;
using Bot.Commands;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.ConsoleChat;

/// <summary>Renders answers and digests as terminal text: each statement followed by the quote it rests on, with its paragraph.</summary>
public static class ConsoleRenderer
{
    /// <summary>Any reply of the command layer: answers with their quotes, digests, notices, and the command list where it belongs.</summary>
    public static string Render(CommandReply reply) => reply switch
    {
        CommandReply.Answered answered => (answered.Greeting is { } greeting ? greeting + Environment.NewLine : "")
            + Render(answered.Answer) + CommandList(answered.Commands ?? []),
        CommandReply.DigestShown shown => Render(shown.Digest),
        CommandReply.Noticed noticed => noticed.Notice.Text + Environment.NewLine,
        CommandReply.Usage usage => usage.Text + Environment.NewLine + CommandList(usage.Commands),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    private static string CommandList(IReadOnlyList<ChatCommand> commands) =>
        commands.Count == 0 ? "" : "Commands:" + Environment.NewLine + string.Concat(commands.Select(c => "  " + c.Line + Environment.NewLine));

    public static string Render(Answer answer)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Text);
        foreach (var evidence in answer.Evidence)
            AppendQuote(sb, evidence);
        if (answer.Suggestions.Count > 0)
            sb.AppendLine("  Try: " + string.Join(" | ", answer.Suggestions));
        return sb.ToString();
    }

    /// <summary>A digest as it is posted to the terminal: the title, then each item with its label and quote.</summary>
    public static string Render(Digest digest)
    {
        var sb = new StringBuilder();
        sb.AppendLine(digest.Title);
        if (digest.Items.Count == 0)
            sb.AppendLine("  (no articles loaded)");
        foreach (var item in digest.Items)
        {
            sb.AppendLine(item.Label is null ? $"• {item.Text}" : $"• {item.Label}: {item.Text}");
            AppendQuote(sb, item.Evidence);
        }
        return sb.ToString();
    }

    private static void AppendQuote(StringBuilder sb, Evidence evidence) => sb.AppendLine($"  ¶{evidence.Paragraph} \"{evidence.Quote}\"");
}
