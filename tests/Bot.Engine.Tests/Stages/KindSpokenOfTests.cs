using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "... the Grey Fleet—boats that hide their names. The number of such vessels has soared": a sentence speaking of
/// "such" things is about the kind the sentence before it named last, in the same paragraph only.
/// </summary>
public sealed class KindSpokenOfTests : IDisposable
{
    private const string Article = """
        Lake Patrols

        By Ada Quill | March 4, 2021

        The Lakeside Union is on the front lines of a push to confront the Grey Fleet—boats that hide their names. The number of such vessels has grown from 30 in 2019 to about 300 today.

        The Grey Fleet works mostly at night. The Lakeside Union runs the ferries. Such boats are cheap to run.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("lake-patrols.txt", Article);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("number of such vessels", "Grey Fleet", true)]
    // "such" points at what the sentence just before named, not at what the paragraph named earlier.
    [InlineData("cheap to run", "Grey Fleet", false)]
    public void Sentences_SpeakOfTheKindNamedLastBefore_WhenTheyPointBackBySuch(string words, string thing, bool mentioned)
    {
        var index = new KnowledgeIndex(SeedLoader.Load(_seeds.Path));
        var ids = index.Linker.MentionedIn(thing);
        var sentence = index.Sentences.Single(s => s.Sentence.Text.Contains(words, StringComparison.Ordinal));

        Assert.NotEmpty(ids);
        Assert.Equal(mentioned, ids.Any(sentence.Mentioned.Contains));
    }

    [Fact]
    public void Ask_FindsHowTheKindGrew_InTheSentenceSpeakingOfSuchThings()
    {
        var engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

        var answer = engine.Ask(new Question("kinds", "Grey Fleet size, 2019 to today?"));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("30 in 2019", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
