using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims whose name or number the article gives otherwise ("opened in Ruritania?" of "opened in Borduria", "three
/// times?" of "twice"): the sentence saying the rest of the claim, with another name or number beside the same words,
/// answers no. A claim that adds to what is so ("ever", "also"), names the one who acted, or says what someone is
/// ("an exile in") is not gainsaid by it; one that says what was done ("was it led by X?") is. A sentence that goes on
/// about what the one before it in its paragraph named ("The bill would target buyers of ...") says the rest of the
/// claim with that sentence's words; one in another paragraph does not. A name whose last word says its kind ("the
/// Golden Wave Prize") is held in place by that word.
/// </summary>
public sealed class ClaimSlotTests
{
    private const string Article = """
        Harbour Deals

        By Ada Quill | March 4, 2021

        The first joint shipyard abroad opened in Borduria last spring, officials said.

        Jo Marsh, who leads the Harbour Council, was forced into exile in Peru after the vote.

        There is only one bridge linking the two islands, and a second is planned.

        In May alone the envoy visited Chile twice.

        On the night of June 9, the navy fired 396 attack drones and 29 missiles at the old port.

        The inquiry into the yard's accounts was led by the Tide newspaper.

        The Senate has delayed voting on the bill for months because of opposition from the president. The bill would target buyers of Borduran timber, notably Zembla and Transmontia.

        Ivo Sand, who will be awarded the Harbour Guild's Anchor Prize for Seamanship next month, says he will keep sailing.

        The Assembly delayed the levy for months.

        The levy would tax sellers of Borduran salt, notably Tonga.
        """;

    [Theory]
    [InlineData("The first joint shipyard abroad opened in Ruritania, correct?", "opened in Borduria")]
    [InlineData("Jo Marsh was forced into exile in Bolivia, right?", "exile in Peru")]
    [InlineData("The Harbour Council's Jo Marsh was forced into exile in Ruritania, right?", "exile in Peru")]
    [InlineData("Was the inquiry into the yard's accounts led by the Evening Star?", "led by the Tide")]
    [InlineData("The Senate bill delayed for months targets buyers like Fiji and Samoa, right?", "notably Zembla")]
    [InlineData("Does the Senate bill delayed for months target buyers like Fiji?", "notably Zembla")]
    [InlineData("Did the navy fire 29 drones at the old port?", "396 attack drones")]
    [InlineData("Did the navy fire 29 drones and 396 missiles at the old port?", "396 attack drones")]
    [InlineData("Ivo Sand will get the Golden Wave Prize, is it true?", "Anchor Prize")]
    public void Ask_SaysNoWithTheSentence_WhenItPutsAnotherNameOrNumberInTheClaimsSlot(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("The first joint shipyard abroad opened in Borduria, correct?")]
    [InlineData("Is there one bridge linking the two islands?")]
    [InlineData("Did the envoy visit Chile twice in May?")]
    [InlineData("Was Jo Marsh also forced into exile in Ruritania?")]
    [InlineData("Did Ruritania open the first joint shipyard abroad?")]
    [InlineData("Is Jo Marsh an exile in Ruritania?")]
    [InlineData("The Senate bill delayed for months targets buyers like Zembla, right?")]
    [InlineData("The Assembly levy delayed for months taxes sellers like Fiji, right?")]
    [InlineData("Did the navy fire 396 drones at the old port?")]
    [InlineData("Ivo Sand will get the Anchor Prize, is it true?")]
    public void Ask_DoesNotSayNo_WhenTheSlotHoldsTheClaimsOwnValueOrTheClaimOnlyAdds(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
