using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims with an absolute word ("all of"): the annotated fact says only part of it, while another sentence may
/// say the whole, absolute word and all.
/// </summary>
public sealed class AbsoluteClaimTests : IDisposable
{
    private const string Article = """
        Valley War

        By Ada Quill | March 4, 2021

        Corvale has fought since 2014 to seize the two upper valleys, Oster and Vell, where it claimed farmers were being mistreated.

        Late last year, Corvale managed to seize all of Oster, though Vell held out.

        Brenmark says the valleys are its own.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "A war over two valleys."
          quote: "Corvale has fought since 2014"
        actors:
          - id: corvale
            name: Corvale
            kind: state
            role: "A river state."
            quote: "Corvale has fought since 2014"
        topics:
          - id: oster
            name: Oster
            quote: "Oster and Vell"
        events:
          - id: valley-war
            date: 2014
            participants: [corvale]
            summary: "Corvale has fought since 2014 to seize the two upper valleys, Oster and Vell."
            quote: "Corvale has fought since 2014 to seize the two upper valleys, Oster and Vell, where it claimed farmers were being mistreated."
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("valley-war.txt", Article).With("valley-war.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("did Corvale take all of Oster?", "Yes. The article says: \"Late last year")]
    [InlineData("has Corvale taken all of the upper valleys?", "No. The article doesn't go as far as \"all\".")]
    public void YesNo_ChecksTheClaimAgainstTheSentenceSayingTheAbsoluteWord_WhenTheFactSaysOnlyPartOfIt(string question, string start)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("absolute", question));

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }
}
