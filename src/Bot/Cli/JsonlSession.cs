using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Engine.Query;

namespace Bot.Cli;

/// <summary>
/// <c>Bot ask --jsonl</c>: one JSON object per input line (<c>{"chat": "...", "text": "..."}</c>), one JSON
/// answer per line out, in order. A text may also be a chat command that asks (<see cref="AskedText"/>).
/// Lines with the same chat share a conversation. Whatever a line holds,
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

    /// <summary>Lines read ahead of the answers written: bounds memory while questions of different chats are answered in parallel.</summary>
    public const int MaxInFlight = 1024;

    /// <summary>Answers gathered before they are written out (they are always written before waiting for more).</summary>
    private const int OutputBufferBytes = 64 * 1024;

    /// <summary>Past this many chats remembered for ordering, those with nothing in flight are forgotten.</summary>
    private const int MaxChains = 4096;

    /// <summary>
    /// Reads lines, answers those of different chats in parallel (a chat's own lines one after another, in order),
    /// and writes the answers in input order, flushing whenever no answer is waiting, so a client that sends one
    /// line and waits gets its answer at once.
    /// </summary>
    public static async Task RunAsync(QueryEngine engine, Stream input, Stream output, CancellationToken cancellationToken)
    {
        var reader = new BoundedLineReader(input, MaxLineBytes);
        var answers = Channel.CreateBounded<Task<byte[]>>(new BoundedChannelOptions(MaxInFlight) { SingleReader = true, SingleWriter = true });
        // Answers ready together go out in one write rather than one each: standard output is not buffered.
        var writing = WriteInOrderAsync(answers, new BufferedStream(output, OutputBufferBytes), cancellationToken);
        var chains = new Dictionary<string, Task<byte[]>>(StringComparer.Ordinal);
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
                await answers.Writer.WriteAsync(Start(engine, line, chains), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // Only the writer closes the queue early, when the output failed: awaiting it below reports why.
        }
        finally
        {
            answers.Writer.TryComplete();
            await writing;
        }
    }

    private static Task<byte[]> Start(QueryEngine engine, InputLine line, Dictionary<string, Task<byte[]>> chains)
    {
        if (line.IsTooLong)
            return Task.FromResult(Bytes(writer => WriteError(writer, null, $"the line is too long ({line.Length} bytes; at most {MaxLineBytes})")));
        string? chat = null;
        string text;
        try
        {
            text = AskedText.Question(Read(line.Bytes, ref chat));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return Task.FromResult(Bytes(writer => WriteError(writer, chat, ex is JsonException ? "not valid JSON: " + ex.Message : ex.Message)));
        }
        if (chains.Count > MaxChains)
        {
            foreach (var done in chains.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList())
                chains.Remove(done);
        }
        var key = chat ?? "";
        var previous = chains.GetValueOrDefault(key) ?? Task.FromResult(Array.Empty<byte>());
        var answer = previous.ContinueWith(_ => Answer(engine, chat, text), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        chains[key] = answer;
        return answer;
    }

    private static async Task WriteInOrderAsync(Channel<Task<byte[]>> channel, Stream output, CancellationToken cancellationToken)
    {
        var answers = channel.Reader;
        try
        {
            await foreach (var answer in answers.ReadAllAsync(cancellationToken))
            {
                await output.WriteAsync(await answer, cancellationToken);
                if (answers.Count == 0 || !answers.TryPeek(out var next) || !next.IsCompleted)
                    await output.FlushAsync(cancellationToken);
            }
            await output.FlushAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // A full disk or a broken pipe: stop reading too, or the reader would wait for room in the queue forever.
            channel.Writer.TryComplete(ex);
            throw;
        }
    }

    private static byte[] Answer(QueryEngine engine, string? chat, string text)
    {
        try
        {
            var answer = engine.Ask(new Question("jsonl:" + (chat ?? ""), text, "jsonl"));
            return Bytes(writer => WriteAnswer(writer, chat, answer));
        }
        catch (Exception ex)
        {
            // Whatever went wrong stays with this line: a partly written answer is dropped for the error.
            return Bytes(writer => WriteError(writer, chat, "this line could not be answered: " + ex.Message));
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
        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
            throw new FormatException("missing \"text\" (a string)");
        if (textElement.ValueKind != JsonValueKind.String)
            throw new FormatException($"\"text\" must be a string, not {textElement.ValueKind.ToString().ToLowerInvariant()}");
        return ValidString(textElement, "text");
    }

    /// <summary>A string value, refusing bytes that are not UTF-8 and escapes that make no text (a lone UTF-16 surrogate such as \ud800).</summary>
    private static string ValidString(JsonElement element, string name)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"\"{name}\" is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate escape such as \\ud800)");
        }
    }

    /// <summary>
    /// Where a thread writes the line it is answering, kept for its next line rather than made anew for each. An answer
    /// is bounded (<see cref="Engine.Query.Answer.MaxTextLength"/>), so what a thread keeps is too.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _lineBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _lineWriter;

    /// <summary>One output line: the JSON object and its newline.</summary>
    private static byte[] Bytes(Action<Utf8JsonWriter> write)
    {
        var buffer = _lineBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = _lineWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        // A line that failed part-way left the writer inside its object: each line starts from nothing.
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
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
