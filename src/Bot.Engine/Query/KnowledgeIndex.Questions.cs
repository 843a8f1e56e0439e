using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// How many parsed questions are remembered, and the longest remembered: chats ask the same short questions again
    /// and again. All the distinct questions in circulation fit (a parsed question is a few kilobytes at most).
    /// </summary>
    private const int MaxParsed = TextMemo.WorkingSet;
    private const int MaxParsedLength = 200;

    private readonly TextMemo<ParsedQuestion> _parsed = new(MaxParsed, MaxParsedLength);

    /// <summary>
    /// The text parsed against this index, remembered with it: parsing is pure, so one parse serves the engine and every
    /// answerer that asks a part of the question on its own ("which came first, X or Y?" asks X and Y).
    /// </summary>
    public ParsedQuestion Parse(string text) => _parsed.GetOrAdd(text, static (t, index) => QuestionParser.Parse(index, t), this);
}
