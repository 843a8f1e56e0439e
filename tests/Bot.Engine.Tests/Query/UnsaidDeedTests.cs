using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who led the team?" where the article never says "led": only a sentence saying it in a synonym ("headed") tells who
/// did it; one about another deed on the same occasion names no one for it, even a person it names. A deed only a person does, in a verb the
/// article uses, needs a person named: its "commanders" or "chairs" in general are no one. On an article drafted at load.
/// </summary>
public sealed class UnsaidDeedTests
{
    private const string Text =
        "Talks in Lorvik\nBy Ada Quill\n\n"
        + "Delegations from Ruritania and Borduria met in Lorvik on Monday for talks on the harbour. "
        + "Borduria shelled the port of Tarn on the day of the Lorvik talks, its second strike in six days.\n\n"
        + "The harbour council will head the inquiry into the strike.\n";

    [Fact]
    public void Ask_DoesNotSayWhoLed_WhenNoSentenceSaysTheDeed()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, "Who led the team at the Lorvik talks?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_DoesNotSayWhoLed_WhenAPersonAtTheTalksOnlyDidSomethingElse()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text + "\nAt the Lorvik talks, the envoy Tom Vale told reporters the harbour must stay open.\n",
            "Who led the team at the Lorvik talks?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_NamesWhoLed_WhenASentenceSaysItInASynonym()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text + "\nThe Ruritanian delegation at the Lorvik talks was headed by Jo Marsh, the foreign minister.\n",
            "Who led the Ruritanian delegation at the Lorvik talks?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Jo Marsh", answer.Text);
    }

    private const string Commanders =
        "War on the Plain\nBy Ada Quill\n\n"
        + "Bordurian commanders have sought cheap drones to counter Ruritania's heavier guns. "
        + "Ruritania's assault on Tarn stalled within a week.\n\n"
        + "General Jo Marsh commanded the defence of Lorvik.\n";

    [Theory]
    [InlineData("Who commanded the Ruritanian assault on Tarn?", null)]
    [InlineData("Who commanded the defence of Lorvik?", "Jo Marsh")]
    public void Ask_NamesACommander_OnlyWhenASentenceNamesOne(string question, string? expected)
    {
        var answer = DraftedArticle.Ask("plain.txt", Commanders, question);

        Assert.Equal(expected is null ? AnswerStatus.Unknown : AnswerStatus.Answered, answer.Status);
        if (expected is not null)
            Assert.Contains(expected, answer.Text);
    }
}
