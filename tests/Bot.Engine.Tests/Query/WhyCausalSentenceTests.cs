using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why has X become less important to Y militarily?": an explanation about both whose claim says none of the rest
/// ("Y's caution this time") tells of something else; a sentence giving a reason of its own that says more of what is
/// asked answers instead. An explanation whose claim says what is asked still answers.
/// </summary>
public sealed class WhyCausalSentenceTests : IDisposable
{
    private const string Article = """
        Orsk and Vell drift apart

        By Ada Quill | March 4, 2021

        Orsk has said little about the crisis in Vell, which has become a civil war. Its leaders talk less of their old friend.

        But the military importance of Vell to Orsk has faded, because Orsk now builds its own drones.

        Orsk's caution this time likely stemmed from the possibility of regime change in Vell. As ever, the first instinct of Orsk is to wait.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Orsk and Vell drift apart."
          quote: "Orsk has said little"
        actors:
          - id: orsk
            name: Orsk
            kind: state
            role: "A state."
            quote: "Orsk has said little"
          - id: vell
            name: Vell
            kind: state
            role: "A state."
            quote: "the crisis in Vell"
        explanations:
          - id: why-caution
            claim: "Orsk's caution this time"
            about: [orsk, vell]
            quote: "Orsk's caution this time likely stemmed from the possibility of regime change in Vell."
            reasons:
              - text: "The possibility of regime change in Vell."
                quote: "the possibility of regime change in Vell"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("drift.txt", Article).With("drift.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Why has Vell become less important to Orsk militarily?", "builds its own drones")]
    [InlineData("why has vell become less important to orsk militarily", "builds its own drones")]
    [InlineData("Why is Orsk showing caution toward Vell this time?", "regime change")]
    public void Why_AnswersWithTheSentenceGivingAReason_WhenTheExplanationsClaimSaysLittleOfTheQuestion(string question, string expected)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("c", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Text);
    }
}
