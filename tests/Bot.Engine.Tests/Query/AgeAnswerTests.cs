using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"How old is X?" answered by the age the article gives beside a name, and unknown where it gives none.</summary>
public sealed class AgeAnswerTests
{
    private const string Article = "Harbour Elders\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Mayor Ana Ruiz, 64, opened the bridge in May. The 71-year-old harbour master Luis Vela warned that the cranes were unsafe.\n\n"
        + "Mr Brandt is 58. Ivo Brandt runs the ferry company.\n\n"
        + "Kem Sola said 40 ships were stuck. Kem Sola is 30 minutes late to every meeting, his crew jokes.\n\n"
        + "Pol Arden, the port's envoy, was dismissed in July. Arden cited his age (he is 73) as the chief factor rather than ability.\n\n"
        + "Rita Moss praised Dan Hale, who resigned (she is 52).\n";

    private static Answer Ask(string question) => DraftedArticle.Ask("elders.txt", Article, question);

    [Theory]
    [InlineData("how old is ana ruiz?", "64")]
    [InlineData("what age is Luis Vela?", "71-year-old")]
    [InlineData("how old is brandt now", "is 58")]
    [InlineData("how old is Pol Arden?", "he is 73")]
    public void Ask_GivesTheAgeWrittenBesideTheName_WhenAskedHowOldSomeoneIs(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how old is Kem Sola?")]
    [InlineData("how old is Dan Hale?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheOnlyNumberBesideTheNameIsNoAge(string question) =>
        Assert.Equal(AnswerStatus.Unknown, Ask(question).Status);
}
