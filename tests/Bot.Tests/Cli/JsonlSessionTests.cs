using System.Text;
using System.Text.Json;
using Bot.Cli;
using Bot.Engine.Loading;
using Bot.Engine.Query;

namespace Bot.Tests.Cli;

[Collection(AllocationSuite.Name)]
public sealed class JsonlSessionTests
{
    private static readonly QueryEngine Engine = new(SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")));

    [Theory]
    [InlineData("""{"chat":"a","text":"\ud800"}""", "a")]
    [InlineData("""{"chat":"\udc00","text":"who is putin"}""", null)]
    [InlineData("", null)]
    [InlineData("   \t ", null)]
    [InlineData("\"just a string\"", null)]
    public async Task RunAsync_AnswersWithAnErrorLineAndGoesOn_WhenALineIsBad(string bad, string? chat)
    {
        var lines = await RunAsync(bad + "\n" + """{"chat":"b","text":"who is putin"}""" + "\n");

        Assert.Equal(2, lines.Count);
        Assert.Equal("error", lines[0].GetProperty("status").GetString());
        Assert.Equal(chat, lines[0].GetProperty("chat").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lines[0].GetProperty("error").GetString()));
        Assert.Equal("answered", lines[1].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("\n", 1)]
    [InlineData("\r\n", 1)]
    [InlineData("\r", 1)]
    [InlineData("\n\n", 2)]
    [InlineData("\r\n\r\n\n", 3)]
    public async Task RunAsync_WritesOneLinePerInputLine_SplittingOnlyOnLineFeeds(string newlines, int expectedLines)
    {
        var lines = await RunAsync(newlines);

        Assert.Equal(expectedLines, lines.Count);
    }

    [Fact]
    public async Task RunAsync_KeepsACarriageReturnInsideTheLine_WhenItIsNotBeforeALineFeed()
    {
        var lines = await RunAsync("{\"chat\":\"a\",\r\"text\":\"who is putin\"}\r\n{\"chat\":\"b\",\"text\":\"who is\rputin\"}");

        Assert.Equal(2, lines.Count);
        Assert.Equal("answered", lines[0].GetProperty("status").GetString());
        Assert.Equal("error", lines[1].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"chat":"a","text":"who is putin"}""")]
    [InlineData("\uFEFF{\"chat\":\"a\",\"text\":\"who is putin\"}\n")]
    public async Task RunAsync_AnswersTheLine_WithoutLineFeedOrAfterAByteOrderMark(string input)
    {
        var lines = await RunAsync(input);

        Assert.Equal("answered", Assert.Single(lines).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunAsync_RefusesAChatIdThatIsTooLong()
    {
        var lines = await RunAsync($$"""{"chat":"{{new string('c', JsonlSession.MaxChatLength + 1)}}","text":"who is putin"}""" + "\n");

        Assert.Contains("chat", Assert.Single(lines).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RunAsync_SkipsAHugeLineInBoundedMemory_AndGoesOn()
    {
        const long huge = 100L * 1024 * 1024;
        var input = new HugeLineStream((byte)'{', huge, "\n{\"chat\":\"b\",\"text\":\"who is putin\"}\n"u8.ToArray());
        var output = new MemoryStream();

        // Every thread's allocations count: answers are made on the thread pool.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await JsonlSession.RunAsync(Engine, input, output, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.InRange(allocated, 0, 8 * 1024 * 1024);
        var lines = Parse(output);
        Assert.Equal(2, lines.Count);
        Assert.Contains("too long", lines[0].GetProperty("error").GetString());
        Assert.Equal("answered", lines[1].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task RunAsync_AcceptsLinesUpToTheLimit(int over)
    {
        var text = new string('x', JsonlSession.MaxLineBytes - """{"chat":"a","text":""}""".Length + over);
        var lines = await RunAsync($$"""{"chat":"a","text":"{{text}}"}""" + "\r\n");

        var line = Assert.Single(lines);
        if (over == 0)
            Assert.NotEqual("error", line.GetProperty("status").GetString());
        else
            Assert.Contains("too long", line.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RunAsync_WritesEachAnswerOut_BeforeTheNextLineArrives()
    {
        var output = new AnswerWatcher();
        var input = new LineByLineStream(["{\"chat\":\"a\",\"text\":\"who is putin\"}\n"u8.ToArray(), "{\"chat\":\"a\",\"text\":\"and shamanov?\"}\n"u8.ToArray()], output);

        await JsonlSession.RunAsync(Engine, input, output, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, Parse(output.Written).Count);
    }

    [Theory]
    [InlineData("{\"chat\":\"a\",\"text\":2}", "\"text\" must be a string, not number")]
    [InlineData("{\"chat\":\"a\",\"text\":[\"who\"]}", "\"text\" must be a string, not array")]
    [InlineData("{\"chat\":\"a\",\"text\":\"who is \xff\xfe\"}", "not UTF-8")]
    public async Task RunAsync_SaysWhatIsWrongWithTheText_WhenItIsNotAString(string line, string error)
    {
        var output = new MemoryStream();

        await JsonlSession.RunAsync(Engine, new MemoryStream(Encoding.Latin1.GetBytes(line + "\n")), output, CancellationToken.None);

        Assert.Contains(error, Assert.Single(Parse(output)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RunAsync_StopsReadingAndThrows_WhenTheOutputFails()
    {
        var input = string.Concat(Enumerable.Repeat("{\"chat\":\"a\",\"text\":\"who is putin\"}\n", 3 * JsonlSession.MaxInFlight));

        var run = JsonlSession.RunAsync(Engine, new MemoryStream(Encoding.UTF8.GetBytes(input)), new FullDiskStream(), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("/who putin", "who is putin")]
    [InlineData("/timeline", "timeline")]
    [InlineData("/ask who is putin?", "who is putin?")]
    public async Task RunAsync_AnswersACommandThatAsks_AsTheQuestionItStandsFor(string command, string question)
    {
        var lines = await RunAsync($$"""{"chat":"a","text":"{{command}}"}""" + "\n" + $$"""{"chat":"b","text":"{{question}}"}""" + "\n");

        Assert.Equal("answered", lines[0].GetProperty("status").GetString());
        Assert.Equal(lines[1].GetProperty("text").GetString(), lines[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("/subscribe 08:00 UTC", "works in a chat")]
    [InlineData("/unsubscribe", "works in a chat")]
    [InlineData("/digest", "Bot digest")]
    [InlineData("/frobnicate now", "no command /frobnicate")]
    [InlineData("/who", "/who is missing its actor")]
    public async Task RunAsync_AnswersWithAnErrorSayingWhy_WhenACommandCannotBeRunHere(string command, string why)
    {
        var lines = await RunAsync($$"""{"chat":"a","text":"{{command}}"}""" + "\n" + """{"chat":"a","text":"who is putin"}""" + "\n");

        Assert.Equal("error", lines[0].GetProperty("status").GetString());
        Assert.Equal("a", lines[0].GetProperty("chat").GetString());
        Assert.Contains(why, lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("answered", lines[1].GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> RunAsync(string input)
    {
        var output = new MemoryStream();
        await JsonlSession.RunAsync(Engine, new MemoryStream(Encoding.UTF8.GetBytes(input)), output, CancellationToken.None);
        return Parse(output);
    }

    private static List<JsonElement> Parse(MemoryStream output)
    {
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    /// <summary>Output that tells how many answer lines have reached it, as a client reading them would see.</summary>
    private sealed class AnswerWatcher : OneWayStream
    {
        private readonly Lock _lock = new();
        private readonly List<(int Lines, TaskCompletionSource Seen)> _waiting = [];
        private int _lines;

        public MemoryStream Written { get; } = new();

        /// <summary>Completes once this many answer lines have been written out.</summary>
        public Task Lines(int count)
        {
            lock (_lock)
            {
                if (_lines >= count)
                    return Task.CompletedTask;
                var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((count, seen));
                return seen.Task;
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_lock)
            {
                Written.Write(buffer);
                _lines += buffer.Count((byte)'\n');
                foreach (var (lines, seen) in _waiting.Where(w => w.Lines <= _lines))
                    seen.TrySetResult();
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override bool CanWrite => true;
    }

    /// <summary>A client that sends one line and sends the next only once the answers so far have reached it.</summary>
    private sealed class LineByLineStream(byte[][] lines, AnswerWatcher answers) : OneWayStream
    {
        private int _next;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_next == lines.Length)
                return 0;
            await answers.Lines(_next);
            var line = lines[_next++];
            line.CopyTo(buffer);
            return line.Length;
        }

        public override bool CanRead => true;
    }

    /// <summary>Output on a full disk: every write fails.</summary>
    private sealed class FullDiskStream : OneWayStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new IOException("No space left on device"));

        public override bool CanWrite => true;
    }

    /// <summary>A long run of one byte, then a tail: made up as it is read and answered synchronously.</summary>
    private sealed class HugeLineStream(byte value, long length, byte[] tail) : OneWayStream
    {
        private long _left = length;
        private int _tailRead;

        public override int Read(Span<byte> buffer)
        {
            if (_left == 0)
            {
                var rest = tail.AsSpan(_tailRead);
                var copied = Math.Min(rest.Length, buffer.Length);
                rest[..copied].CopyTo(buffer);
                _tailRead += copied;
                return copied;
            }
            var count = (int)Math.Min(buffer.Length, _left);
            buffer[..count].Fill(value);
            _left -= count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override bool CanRead => true;
    }

    /// <summary>A stream read or written one way only, never sought: what a test stream does not override is unsupported.</summary>
    private abstract class OneWayStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
