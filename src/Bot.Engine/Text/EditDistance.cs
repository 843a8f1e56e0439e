namespace Bot.Engine.Text;

/// <summary>Optimal-string-alignment distance (a swap of neighbours costs one), stopping early past a bound.</summary>
public static class EditDistance
{
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        // Three rows; on the stack for a word, as names are compared with every typed word that is not known.
        var rows = b.Length < MaxStackRow ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var prev2 = rows[..(b.Length + 1)];
        var prev = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
            prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, prev2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            var oldest = prev2;
            prev2 = prev;
            prev = current;
            current = oldest;
        }
        return prev[b.Length];
    }

    private const int MaxStackRow = 256;

    /// <summary>How many typos a name of this length may carry and still be recognised.</summary>
    public static int Allowance(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
