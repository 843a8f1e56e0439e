using System.Text;
using Bot.Engine.Query;

namespace Bot.ConsoleChat;

/// <summary>Renders an answer as terminal text: the answer, then each quote with its paragraph, then suggestions.</summary>
public static class ConsoleRenderer
{
    public static string Render(Answer answer)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Text);
        foreach (var evidence in answer.Evidence)
            sb.AppendLine($"  ¶{evidence.Paragraph} \"{evidence.Quote}\"");
        if (answer.Suggestions.Count > 0)
            sb.AppendLine("  Try: " + string.Join(" | ", answer.Suggestions));
        return sb.ToString();
    }
}
