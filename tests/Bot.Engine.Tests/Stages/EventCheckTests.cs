using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "when did X join?", "how many were arrested?": the event a date or a number is asked of, and whether an answer says
/// that event at all rather than one near it.
/// </summary>
public sealed class EventCheckTests
{
    [Theory]
    [InlineData("when did greenwick join the league", "join")]
    [InlineData("in what year did the oyster beds close", "close")]
    [InlineData("how many fishermen were arrested at the harbour", "arrested")]
    [InlineData("how many boats got seized", "seized")]
    [InlineData("how many divers have already been sent to the harbour", "sent")]
    [InlineData("how many divers does greenwick still hire", "hire")]
    [InlineData("when was the mayor born", "born")]
    [InlineData("when did the dredging happen", null)]
    [InlineData("when did greenwick start fishing", null)]
    [InlineData("what date does the article give for the plan", null)]
    [InlineData("what was the turnout in greenwick", null)]
    [InlineData("how many boats are there", null)]
    public void AskedEvent_FindsTheVerbOfTheQuestion_AfterItsSubject(string question, string? verb) =>
        Assert.Equal(verb, EventCheck.AskedEvent(QuestionParser.Parse(Harbour, question)));

    [Theory]
    [InlineData("when did greenwick reject the plan", "Greenwick rejected the plan on March 9.", false)]
    [InlineData("when did greenwick turn down the plan", "Greenwick refused the plan on March 9.", false)]
    [InlineData("when did greenwick join the league", "Greenwick rejected the plan on March 9.", true)]
    [InlineData("how many people were arrested at the harbour", "About 1500 fishermen protested at the harbour.", true)]
    [InlineData("how many people were arrested at the harbour", "Police arrested 40 fishermen at the harbour.", false)]
    [InlineData("how many divers were sent to the harbour", "Port Alder is sending 12 divers to the harbour.", false)]
    [InlineData("how many seats did roe win", "Roe won 12 seats on the council.", false)]
    [InlineData("how many drones did port alder fire", "Port Alder launched 40 drones.", false)]
    [InlineData("how many divers have deserted", "Port Alder is sending 12 divers to the harbour.", true)]
    [InlineData("how many drones have vanished", "Port Alder launched 40 drones.", false)]
    [InlineData("when did roe announce the dredging", "Roe backed the dredging plan on March 3.", false)]
    [InlineData("when did hale announce the dredging", "Roe backed the dredging plan on March 3.", true)]
    [InlineData("how does the dredging compare with 2019", "Roe backed the dredging plan on March 3.", false)]
    [InlineData("when did greenwick adopt its harbour law", "Greenwick lives by a June 2021 harbour law.", false)]
    [InlineData("when was the fishing treaty signed", "Both towns still honour the 1998 fishing treaty.", false)]
    [InlineData("when did greenwick adopt its harbour law", "Greenwick has kept its law since 2021 on the harbour.", true)]
    [InlineData("when did greenwick break its harbour law", "Greenwick lives by a June 2021 harbour law.", true)]
    public void Misses_TheAnswer_WhenItNeverSaysTheAskedEvent_AndLeavesOutANameOrTheVerbIsStrange(string question, string answer, bool misses)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, question));

        Assert.Equal(misses, EventCheck.Misses(turn, answer));
    }
}
