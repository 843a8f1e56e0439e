using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "When did he say that?" or "why?" after a question the article left unanswered: "that" is what the last question
/// asked, in its words, since no answer showed anything else for it to point at.
/// </summary>
public sealed class UnansweredPointingTests
{
    private static readonly ConversationState AskedOfHale = ConversationState.Empty.Remember(["hale"]) with
    {
        LastIntent = Intent.SpeakerSaid,
        LastEntities = ["hale"],
        LastResidual = ["levy", "fish"],
    };

    private static ParsedQuestion Asked(string words, Intent intent) => Question(words, intent, new Mention(2, 1, [], "male"));

    [Theory]
    [InlineData("when did he say that", nameof(Intent.When))]
    [InlineData("why did he say that", nameof(Intent.Why))]
    public void Resolve_CarriesTheLastQuestionsWords_WhenItWasLeftUnanswered(string words, string intent)
    {
        var reading = ContextResolver.Resolve(Asked(words, Enum.Parse<Intent>(intent)), AskedOfHale, Harbour)[0];

        Assert.Equal(["hale"], reading.Entities);
        Assert.Equal(["levy", "fish"], reading.Residual);
    }

    [Fact]
    public void Resolve_LeavesTheWordsOut_WhenTheLastAnswerShowedAFact()
    {
        var state = AskedOfHale with { LastFact = Fact("why-greenwick-refused") };

        var reading = ContextResolver.Resolve(Asked("when did he say that", Intent.When), state, Harbour)[0];

        Assert.Empty(reading.Residual);
        Assert.NotNull(reading.ContextFact);
    }

    [Fact]
    public void Resolve_KeepsTheQuestionsOwnWords_WhenItBringsThem()
    {
        var q = Asked("when did he say that about boats", Intent.When) with { Residual = ["boat"] };

        var reading = ContextResolver.Resolve(q, AskedOfHale, Harbour)[0];

        Assert.Equal(["boat"], reading.Residual);
    }

    [Fact]
    public void Resolve_LeavesTheWordsOut_WhenOnlyThePersonIsPointedAt()
    {
        var reading = ContextResolver.Resolve(Asked("why did he go there", Intent.Why), AskedOfHale, Harbour)[0];

        Assert.Empty(reading.Residual);
    }
}
