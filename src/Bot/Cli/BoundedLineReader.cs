namespace Bot.Cli;

/// <summary>
/// Splits a byte stream into lines on LF only (a CR right before the LF is dropped, any other CR stays in
/// the line), holding at most one line of <c>maxBytes</c>: a longer line is skipped as it streams by and
/// reported as too long, so no input can make the reader buffer without bound.
/// </summary>
public sealed class BoundedLineReader(Stream input, int maxBytes)
{
    private const int ChunkBytes = 16 * 1024;

    // Room for the longest accepted line, its CR and LF, and one chunk being read after it.
    private readonly byte[] _buffer = new byte[maxBytes + 2 + ChunkBytes];
    private int _start;
    private int _end;
    private bool _ended;
    private bool _firstLine = true;

    /// <summary>The next line, or null at the end of the input.</summary>
    public async ValueTask<InputLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var lineFeed = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (lineFeed >= 0)
                return Take(lineFeed - _start, lineFeed + 1);
            if (_ended)
                return _start < _end ? Take(_end - _start, _end) : null;
            if (_end - _start > maxBytes + 1)
                return await SkipRestOfLineAsync(cancellationToken);
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            await FillAsync(cancellationToken);
        }
    }

    private InputLine Take(int length, int next)
    {
        var line = _buffer.AsMemory(_start, length);
        _start = next;
        if (line.Span is [.., (byte)'\r'])
            line = line[..^1];
        if (_firstLine && line.Span.StartsWith("\uFEFF"u8))
            line = line[3..];
        _firstLine = false;
        return line.Length > maxBytes ? InputLine.TooLong(line.Length) : new InputLine(line, line.Length);
    }

    /// <summary>Drops the buffered start of an over-long line and everything up to its LF, counting only.</summary>
    private async ValueTask<InputLine> SkipRestOfLineAsync(CancellationToken cancellationToken)
    {
        _firstLine = false;
        long length = _end - _start;
        while (true)
        {
            _start = _end = 0;
            await FillAsync(cancellationToken);
            var lineFeed = Array.IndexOf(_buffer, (byte)'\n', 0, _end);
            if (lineFeed >= 0)
            {
                _start = lineFeed + 1;
                return InputLine.TooLong(length + lineFeed);
            }
            length += _end;
            if (_ended)
                return InputLine.TooLong(length);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var read = await input.ReadAsync(_buffer.AsMemory(_end, Math.Min(ChunkBytes, _buffer.Length - _end)), cancellationToken);
        _end += read;
        _ended = read == 0;
    }
}

/// <summary>One line of input: its bytes (valid until the next read), or only its length when it was too long to keep.</summary>
public readonly record struct InputLine(ReadOnlyMemory<byte> Bytes, long Length)
{
    public bool IsTooLong => Bytes.Length < Length;

    public static InputLine TooLong(long length) => new(ReadOnlyMemory<byte>.Empty, length);
}
