using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many jets?": the number in a model's name ("MiG-31", "F-16") counts nothing, so a sentence naming only the model
/// gives no amount; a count beside it still does.
/// </summary>
public sealed class ModelDesignationTests
{
    [Theory]
    [InlineData("Russian MiG-31 jets violated the airspace of Ruritania.", false)]
    [InlineData("The navy flies F-16s over Lorvik.", false)]
    [InlineData("Three MiG-31 jets violated the airspace of Ruritania.", true)]
    [InlineData("31 jets violated the airspace of Ruritania.", true)]
    public void HoldsAmount_NotForAModelNumber(string text, bool holds) =>
        Assert.Equal(holds, AmountCheck.HoldsAmount(text));
}
