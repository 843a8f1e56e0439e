using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Engine.Query;

namespace Bot.Cli;

/// <summary>
/// <c>Bot ask --jsonl</c>: one JSON object per input line (<c>{"chat": "...", "text": "..."}</c>), one JSON
/// answer per line out, in order. Lines with the same chat share a conversation. Whatever a line holds,
/// it gets exactly one output line: a line that cannot be answered gets an error object and the rest go on.
/// </summary>
public static class JsonlSession
{
    /// <summary>Longest input line read (bytes of UTF-8); a longer one is skipped unread and answered with an error.</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>Longest chat id kept: one conversation is remembered per chat id.</summary>
    public const int MaxChatLength = 256;

    private const string Example = "{\"chat\": \"c1\", \"text\": \"who is ...\"}";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task RunAsync(QueryEngine engine, Stream input, Stream output, CancellationToken cancellationToken)
    {
        var reader = new BoundedLineReader(input, MaxLineBytes);
        var buffer = new MemoryStream();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            buffer.SetLength(0);
            if (line.IsTooLong)
                Write(buffer, writer => WriteError(writer, null, $"the line is too long ({line.Length} bytes; at most {MaxLineBytes})"));
            else
                Answer(engine, line.Bytes, buffer);
            buffer.WriteByte((byte)'\n');
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
    }

    private static void Answer(QueryEngine engine, ReadOnlyMemory<byte> line, MemoryStream buffer)
    {
        string? chat = null;
        try
        {
            var text = Read(line, ref chat);
            var answer = engine.Ask(new Question("jsonl:" + (chat ?? ""), text, "jsonl"));
            Write(buffer, writer => WriteAnswer(writer, chat, answer));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever went wrong stays with this line: a partly written answer is dropped for the error.
            buffer.SetLength(0);
            Write(buffer, writer => WriteError(writer, chat, ex switch
            {
                JsonException => "not valid JSON: " + ex.Message,
                FormatException => ex.Message,
                _ => "this line could not be answered: " + ex.Message,
            }));
        }
    }

    /// <summary>The question's text; <paramref name="chat"/> is set as soon as it is known, so an error can name it.</summary>
    private static string Read(ReadOnlyMemory<byte> line, ref string? chat)
    {
        if (line.Span.Trim(" \t\r"u8).IsEmpty)
            throw new FormatException("empty line: each line must be a JSON object like " + Example);
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException("each line must be a JSON object like " + Example);
        if (root.TryGetProperty("chat", out var chatElement) && chatElement.ValueKind != JsonValueKind.Null)
            chat = chatElement.ValueKind switch
            {
                JsonValueKind.String => ValidString(chatElement, "chat"),
                JsonValueKind.Number => chatElement.GetRawText(),
                _ => throw new FormatException("\"chat\" must be a string"),
            };
        if (chat?.Length > MaxChatLength)
        {
            var length = chat.Length;
            chat = null;
            throw new FormatException($"\"chat\" is too long ({length} characters; at most {MaxChatLength})");
        }
        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            throw new FormatException("missing \"text\" (a string)");
        return ValidString(textElement, "text");
    }

    /// <summary>A string value, refusing escapes that make no text (a lone UTF-16 surrogate such as \ud800).</summary>
    private static string ValidString(JsonElement element, string name)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"\"{name}\" is not valid Unicode text (a lone surrogate escape?)");
        }
    }

    private static void Write(MemoryStream buffer, Action<Utf8JsonWriter> write)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        write(writer);
    }

    private static void WriteAnswer(Utf8JsonWriter writer, string? chat, Answer answer)
    {
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
