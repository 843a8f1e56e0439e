using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's verb with its particle ("cut back", "started again", "running again", "kept the monitors out") or its set noun ("switch sides") is
/// one verb, said by a sentence saying the word the two mean.
/// </summary>
public sealed class PhrasalVerbClaimTests
{
    private const string Article = """
        Trouble On The Border

        By Ada Quill | March 4, 2021

        In response to the media law, the Union is considering downgrading diplomatic relations with Ruritania and freezing aid to its government.

        After long lockdowns, Ruritania and Borduria resumed rail passenger traffic in June 2021.

        All opposition parties have since boycotted parliament, leaving it entirely in government hands.

        The regime has barred foreign monitors from visiting the flooded mines near Dravo.

        The mayor kept his promise to pump the water out by June.

        In May three senior generals defected to the rebels with their units.
        """;

    [Theory]
    [InlineData("so the union might actually cut back diplomatic ties with ruritania?")]
    [InlineData("Ruritania and Borduria started again the passenger trains in June 2021, correct?")]
    [InlineData("After the long lockdowns, did passenger trains between Ruritania and Borduria start running again?")]
    [InlineData("Have all opposition parties been staying away from parliament?")]
    [InlineData("Has the regime kept foreign monitors out of the flooded mines near Dravo?")]
    [InlineData("Did three senior generals switch sides in May?")]
    [InlineData("Passenger trains between Ruritania and Borduria, they are running again?")]
    public void Ask_ConfirmsTheClaim_WhenTheSentenceSaysWhatTheVerbAndParticleMean(string question)
    {
        var answer = DraftedArticle.Ask("border.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("so the union might actually cut diplomatic ties with ruritania?")]
    [InlineData("so the union might actually cut off diplomatic ties with ruritania?")]
    public void Ask_DoesNotConfirm_WhenTheVerbAloneOrWithAnotherParticleMeansSomethingElse(string question)
    {
        var answer = DraftedArticle.Ask("border.txt", Article, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
