using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A drafted article's sentences that speak of a thing by "it" or "this ship" are about the thing named before them, so
/// questions about the thing, by name or by "it" in a follow-up, find what those sentences tell.
/// </summary>
public sealed class ThingSpokenOfTests : IDisposable
{
    private const string Article = """
        Harbour Watch

        By Ada Quill | March 4, 2021

        One old trawler, the Marlin Star, shows how slippery the identities of fishing boats are. In April the Corvale coastguard detained this ship for fishing without a licence. They had to release it a week later.

        It was seized again on June 3rd, this time by the Lakeside Union. Since then it has changed its name to Sea Lark.

        The Lakeside Union says it will build a new pier. This year the Corvale ferry runs twice a day across the lake.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("harbour-watch.txt", Article);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("detained this ship", "Marlin Star", true)]
    [InlineData("had to release it", "Marlin Star", true)]
    [InlineData("seized again on June 3rd", "Marlin Star", true)]
    [InlineData("changed its name", "Marlin Star", true)]
    // "it" after a name speaks of that name; "this year" points at no thing.
    [InlineData("will build a new pier", "Marlin Star", false)]
    [InlineData("runs twice a day", "Lakeside Union", false)]
    public void Sentences_SpeakOfTheThingNamedBefore_WhenTheyPointBackAtIt(string words, string thing, bool mentioned)
    {
        var index = new KnowledgeIndex(SeedLoader.Load(_seeds.Path));
        var ids = index.Linker.MentionedIn(thing);
        var sentence = index.Sentences.Single(s => s.Sentence.Text.Contains(words, StringComparison.Ordinal));

        Assert.Equal(mentioned, ids.Any(sentence.Mentioned.Contains));
    }

    [Theory]
    [InlineData("Who seized the Marlin Star in June?", "Lakeside Union")]
    [InlineData("What did the Marlin Star change its name to?", "Sea Lark")]
    [InlineData("What is the Marlin Star?|Who seized it in June?", "Lakeside Union")]
    public void Ask_FindsWhatTheArticleTellsOfAThing_InSentencesSpeakingOfItAsIt(string conversation, string shown)
    {
        var engine = new QueryEngine(SeedLoader.Load(_seeds.Path));
        Answer? answer = null;
        foreach (var question in conversation.Split('|'))
            answer = engine.Ask(new Question("things", question));

        Assert.True(answer!.Status == AnswerStatus.Answered && answer.Text.Contains(shown, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
