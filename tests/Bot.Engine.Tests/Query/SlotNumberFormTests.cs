using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's number or name against the same one written otherwise: a count right after a year and its comma ("in 2020,
/// 140 fishermen") is that count, a time on the hour ("6:00 p.m.") is the claim's "6 p.m.", and a name's initials ("the
/// BSU") are that name. None of them fills the claim's slot otherwise, so none makes the answer a no.
/// </summary>
public sealed class SlotNumberFormTests
{
    private const string Article = """
        Harbour Petition

        By Ada Quill | March 4, 2021

        In March 2020, 140 fishermen signed a petition calling for a ban on trawling near the reef.

        At 6:00 p.m. on May 3, a fire broke out at the old harbour depot.

        The ferry Gull was sold to a firm registered in the Borduran Shipping Union and sails under a Tongan flag.
        """;

    [Theory]
    [InlineData("Is it true that 140 fishermen signed a petition calling for a ban on trawling?")]
    [InlineData("Did the fire break out at the old harbour depot at 6 p.m.?")]
    [InlineData("Was the ferry Gull sold to a BSU firm and does it sail under a Tongan flag?")]
    public void Ask_DoesNotSayNo_WhenTheSentenceWritesTheClaimsNumberOrNameOtherwise(string question)
    {
        var answer = DraftedArticle.Ask("petition.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Did 150 fishermen sign a petition calling for a ban on trawling?", "140 fishermen")]
    [InlineData("Did the fire break out at the old harbour depot at 7 p.m.?", "6:00 p.m.")]
    public void Ask_StillSaysNo_WhenTheNumberIsAnother(string question, string expected)
    {
        var answer = DraftedArticle.Ask("petition.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("bsu", "borduran shipping union", true)]
    [InlineData("bot", "bank of tonga", true)]
    [InlineData("bt", "bank of tonga", true)]
    [InlineData("bsu", "borduran salt union", true)]
    [InlineData("bsu", "tongan shipping union", false)]
    [InlineData("bx", "borduran", false)]
    public void Same_TakesANamesInitialsForTheName(string initials, string name, bool same)
    {
        var a = new ClaimSlots.Unit(0, 1, ClaimSlots.UnitKind.Name, null, initials);
        var b = new ClaimSlots.Unit(0, 3, ClaimSlots.UnitKind.Name, null, name);

        Assert.Equal(same, ClaimSlots.Same(a, b));
        Assert.Equal(same, ClaimSlots.Same(b, a));
    }
}
