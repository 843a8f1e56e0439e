using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Engine.Query;

namespace Bot.Cli;

/// <summary>
/// <c>Bot ask --jsonl</c>: one JSON object per input line (<c>{"chat": "...", "text": "..."}</c>), one JSON
/// answer per line out, in order. Lines with the same chat share a conversation; a bad line gets an
/// error object and the rest go on.
/// </summary>
public static class JsonlSession
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task RunAsync(QueryEngine engine, TextReader input, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
                Answer(engine, line, writer);
            buffer.WriteByte((byte)'\n');
            buffer.Position = 0;
            await buffer.CopyToAsync(output, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
    }

    private static void Answer(QueryEngine engine, string line, Utf8JsonWriter writer)
    {
        string? chat = null;
        string text;
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new FormatException("each line must be a JSON object like {\"chat\": \"c1\", \"text\": \"who is ...\"}");
            if (document.RootElement.TryGetProperty("chat", out var chatElement) && chatElement.ValueKind != JsonValueKind.Null)
                chat = chatElement.ValueKind is JsonValueKind.String or JsonValueKind.Number ? chatElement.ToString() : throw new FormatException("\"chat\" must be a string");
            if (!document.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                throw new FormatException("missing \"text\" (a string)");
            text = textElement.GetString()!;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            WriteError(writer, chat, ex is JsonException ? "not valid JSON: " + ex.Message : ex.Message);
            return;
        }

        var answer = engine.Ask(new Question("jsonl:" + (chat ?? ""), text, "jsonl"));
        writer.WriteStartObject();
        writer.WriteString("chat", chat);
        writer.WriteString("status", Engine.Query.Answer.StatusName(answer.Status));
        writer.WriteString("text", answer.Text);
        writer.WriteStartArray("evidence");
        foreach (var evidence in answer.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("article", evidence.Article);
            writer.WriteNumber("paragraph", evidence.Paragraph);
            writer.WriteString("quote", evidence.Quote);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("suggestions");
        foreach (var suggestion in answer.Suggestions)
            writer.WriteStringValue(suggestion);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, string? chat, string error)
    {
        writer.WriteStartObject();
        writer.WriteString("chat", chat);
        writer.WriteString("status", "error");
        writer.WriteString("error", error);
        writer.WriteEndObject();
    }
}
