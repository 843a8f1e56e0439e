namespace Bot.Engine.Tests.Extraction;

/// <summary>A comma between digits groups a number's thousands: it ends no clause, role or quote.</summary>
public sealed class NumberExtractionTests
{
    [Theory]
    [InlineData("For its part, Peru has 1,500 troops (most of them local recruits) stationed in Tacna, a border town that Chile covets.", "Peru", "1,500 troops")]
    [InlineData("Marta Quispe, the owner of 2,400 fishing boats, says the port is dying.", "Marta Quispe", "2,400 fishing boats")]
    [InlineData("Chile, which spent 12,000,000 pesos on the harbour, wants it back.", "Chile", "12,000,000 pesos")]
    public void Extract_KeepsTheWholeNumberInTheRole_WhenItsThousandsAreSetOffByACommaWithoutASpace(string paragraph, string name, string number)
    {
        var model = Drafts.Of(paragraph);

        Assert.Contains(number, model.Actor(name).Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GivesNoRoleStartingInsideANumber_WhenASentenceHoldsOneWithAThousandsComma()
    {
        var model = Drafts.Of("For its part, Peru has 1,500 troops (most of them local recruits) stationed in Tacna, a border town near Chile.");

        Assert.DoesNotContain(model.Actors, a => a.Role.StartsWith("500", StringComparison.Ordinal) || a.Role.EndsWith(" 1", StringComparison.Ordinal));
    }
}
