using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>An answer to "how many" must hold an amount: a number or a number word, but not a year or a day of a month.</summary>
public sealed class AmountCheckTests
{
    [Theory]
    [InlineData("Greenwick has 300 oyster beds.")]
    [InlineData("The harbour holds 2500 boats.")]
    [InlineData("About 1500 fishermen work there.")]
    [InlineData("It would cost 12,000 pounds.")]
    [InlineData("Three towns share the harbour.")]
    [InlineData("Dredging would cost millions.")]
    [InlineData("Greenwick rejected the plan on March 9 and 40 boats protested.")]
    [InlineData("Port Alder owns half the harbour.")]
    [InlineData("The price of oysters has doubled in a year.")]
    [InlineData("Catches have halved since the dredging.")]
    public void HoldsAmount_ReturnsTrue_WhenTheTextHoldsANumber(string text) =>
        Assert.True(AmountCheck.HoldsAmount(text));

    [Theory]
    [InlineData("Greenwick rejected the plan on March 9.")]
    [InlineData("On 9 March, Greenwick rejected the plan.")]
    [InlineData("Mayor Roe was photographed at the harbour in 2019.")]
    [InlineData("The plan was announced on March 3, 2021.")]
    [InlineData("The plan was announced on the 3rd of March.")]
    [InlineData("Greenwick rejected the plan.")]
    [InlineData("New harbours are planned in several towns.")]
    [InlineData("")]
    public void HoldsAmount_ReturnsFalse_WhenTheOnlyNumbersAreDatesOrVague(string text) =>
        Assert.False(AmountCheck.HoldsAmount(text));

    [Theory]
    [InlineData("The council pledged £50 million to the port.", "50")]
    [InlineData("More than 20% of the funding comes from abroad.", "20")]
    [InlineData("There is only one bridge, and two more are planned.", "1 2")]
    [InlineData("One of the towns refused on March 9, 2021.", "")]
    [InlineData("Is Greenwick the one hosting the talks?", "")]
    [InlineData("The flood zone reaches fifty kilometers inland.", "50")]
    [InlineData("Some twenty five boats and two hundred thousand fish were lost.", "25 200")]
    [InlineData("Two thousand five hundred people fled; hundreds of others stayed.", "2500")]
    [InlineData("More than half of the boats stayed.", "50")]
    [InlineData("Has the bridge 20\u06630 boats?", "")]
    [InlineData("A reserve of almost 1m citizens guards a 1,300km border 30km away.", "1 1300 30")]
    [InlineData("The bonus is $40,000-50,000, or 100k for 1,950 recruits.", "40 50 100 1950")]
    [InlineData("It cost $100,000; a hundred thousand, or 100000 more.", "100 100")]
    [InlineData("At 5:00 p.m. and again at 9am, 12 boats left.", "12")]
    [InlineData("The port earned $2bn in the 1990s, on the 9th.", "2")]
    public void Numbers_ListsTheAmounts_WrittenInDigitsOrWords(string text, string numbers) =>
        Assert.Equal(numbers, string.Join(' ', AmountCheck.Numbers(text)));

    [Theory]
    [InlineData("how many engineers did port alder hire", "Port Alder hired 40 divers and two engineers.", true)]
    [InlineData("how many engineers did port alder hire", "Port Alder sent more than 5,000 troops, then hired engineers from abroad.", false)]
    [InlineData("how many delegates attended the meeting", "Several boats left before the meeting.", false)]
    [InlineData("how many main reasons of refusal are there", "Greenwick refused for three reasons.", true)]
    [InlineData("how much money did port alder spend", "Port Alder spent £2 million.", true)]
    [InlineData("how much of the budget goes to the navy", "Port Alder spends 17% of its budget on the navy.", true)]
    [InlineData("how much of the budget goes to the navy", "Port Alder has had a navy for three decades.", false)]
    [InlineData("what share of the vote did roe win", "Roe won 62% of the vote in May.", true)]
    [InlineData("what share of the vote did roe win", "Roe won the vote after 12 debates.", false)]
    [InlineData("how many bed greenwick lose", "Greenwick lost 12 beds.", true)]
    [InlineData("how many bed greenwick lose", "Greenwick lost 12 boats and its beds.", false)]
    [InlineData("how much money did port alder give greenwick", "Port Alder gave Greenwick half of the harbour.", false)]
    [InlineData("how much money did port alder give greenwick", "Port Alder gave Greenwick €40m for the beds.", true)]
    [InlineData("what is the salary of a greenwick fisherman", "About 1500 fishermen work in Greenwick.", false)]
    [InlineData("what is the salary of a greenwick fisherman", "A Greenwick fisherman earns $900 a month.", true)]
    [InlineData("what is the dollar value of the oyster trade", "Greenwick sells 300 tonnes of oysters.", false)]
    [InlineData("how much boats did greenwick lose", "Greenwick lost 12 boats.", true)]
    [InlineData("how much boats did greenwick lose", "Greenwick lost 12 beds and its boats.", false)]
    [InlineData("how much principal sources does greenwick have", "Greenwick has three principal sources of income.", true)]
    [InlineData("how much principal sources does greenwick have", "Greenwick has 3 boats and many other sources of income.", false)]
    [InlineData("how much is port alder spending on the navy", "Port Alder's navy budget will rise by 68%.", false)]
    [InlineData("how much is port alder spending on the navy", "Port Alder spends €75m on the navy.", true)]
    [InlineData("how many money the greenwick council moved", "The Greenwick council moved $28 million.", true)]
    [InlineData("how many money the greenwick council moved", "The Greenwick council moved 28 boats.", false)]
    [InlineData("how many divers will greenwick hire", "Greenwick resumed ferries in June 2025. Greenwick divers will come later.", false)]
    [InlineData("how many divers will greenwick hire", "Greenwick hired divers in the 1990s and more in May.", false)]
    [InlineData("how many divers will greenwick hire", "On June 3 divers came to Greenwick.", false)]
    [InlineData("how many divers will greenwick hire", "In 2025 Greenwick will hire 2,000 divers.", true)]
    [InlineData("how many divers will greenwick hire", "Greenwick will hire 40 more divers.", true)]
    [InlineData("number of engineers port alder hired", "Port Alder hired 40 divers and two engineers.", true)]
    [InlineData("number of engineers port alder hired", "Port Alder sent more than 5,000 troops, then hired engineers from abroad.", false)]
    [InlineData("how many divers will greenwick hire", "Greenwick will spend €40m on divers.", false)]
    [InlineData("how many divers will greenwick hire", "Greenwick will spend 38 billion euros ($44.7bn) on divers.", false)]
    [InlineData("how many divers will greenwick hire", "For $2m, Greenwick will hire 40 divers.", true)]
    [InlineData("number of senior port alder engineers hired", "Port Alder hired three top engineers.", true)]
    [InlineData("number of senior port alder engineers hired", "Port Alder hired three top divers.", false)]
    [InlineData("how many times did greenwick close the harbour", "Greenwick closed the harbour twice.", true)]
    [InlineData("how many times did greenwick close the harbour", "Greenwick closed the harbour as 40 boats left.", false)]
    public void CountsWhatIsAsked_NeedsANumberBeforeTheCountedWord_WhenTheQuestionNamesIt(string question, string evidence, bool counts) =>
        Assert.Equal(counts, AmountCheck.CountsWhatIsAsked(StageIndex.Harbour, QuestionParser.Parse(StageIndex.Harbour, question), evidence));

    [Theory]
    [InlineData("how much are the harbour fines", "Blocking the quay brings up to 14 days in jail.", true)]
    [InlineData("how many fishermen died in the storm", "Storms cause 60 percent of all deaths at sea.", true)]
    [InlineData("how big is the harbour budget", "The harbour budget will rise by 68% this year.", false)]
    [InlineData("how many fishermen died in the storm", "The storm took 60 percent of all fishermen on the quay.", false)]
    [InlineData("how many fishermen died in the storm", "Storms killed 12 fishermen, 60 percent of all deaths at sea.", false)]
    [InlineData("how many fishermen died in the storm", "Twelve fishermen died in the storm.", false)]
    [InlineData("how long was the harbour closed", "The harbour was closed for 14 days.", false)]
    [InlineData("how many years did roe serve as mayor", "Roe served as mayor for 12 years.", false)]
    [InlineData("how long is the harbour wall in kilometres", "The wall was built under a 30-year lease.", true)]
    [InlineData("how long is the harbour wall in kilometres", "The harbour wall runs for 3 kilometres.", false)]
    [InlineData("what share of the catch is exported", "About 40% of the catch goes abroad.", false)]
    [InlineData("what was the turnout in greenwick", "Turnout in Greenwick was 31 per cent.", false)]
    [InlineData("how cold was it in greenwick", "The storm left 300 homes in Greenwick without heat.", true)]
    [InlineData("how cold was it in greenwick", "It was minus 12 degrees in Greenwick.", false)]
    [InlineData("how much did the council spend", "The council was silent on the plan.", false)]
    public void GivesOtherMeasure_TellsALengthOfTimeOrShare_FromTheAmountAsked(string question, string evidence, bool other) =>
        Assert.Equal(other, AmountCheck.GivesOtherMeasure(Text.Tokenizer.Tokenize(question), evidence));
}
