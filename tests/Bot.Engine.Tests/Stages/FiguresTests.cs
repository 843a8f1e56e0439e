using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>A claim's figure held against an article's figure of the same thing: "yes", "no", or nothing to tell.</summary>
public sealed class FiguresTests
{
    [Theory]
    [InlineData("Brenmark has 65,000 professional soldiers", "Barely half of its 6,500 soldiers are professionals.", "no")]
    [InlineData("the budget is above 2% of GDP", "The sum is still tiny, or 0.55% of GDP, says the minister.", "no")]
    [InlineData("the fleet counts under 400 tankers", "The fleet is estimated at between 400 and 1,000 oil tankers.", "no")]
    [InlineData("there are two bridges linking the towns", "There is only one bridge linking the towns.", "no")]
    [InlineData("Brenmark gave up a quarter of its territory in 1944", "Brenmark handed over 10% of its territory, including the lake.", "no")]
    [InlineData("nearly nine in ten citizens favour the union", "Over 89% of citizens favour the union.", "yes")]
    [InlineData("a town of fewer than 6m people", "Brenmark, a town of fewer than 6m people, held out.", "yes")]
    [InlineData("they sent 500 engineers", "They sent 500 engineers in May.", "yes")]
    [InlineData("they sent about 500 engineers", "They sent 480 engineers in May.", "yes")]
    [InlineData("farm groups receiving more than half of their funds", "Groups receiving more than 20% of their funds must register.", "none")]
    [InlineData("they sent 500 engineers", "They sent 500 doctors in May.", "none")]
    [InlineData("they sent over 500 engineers", "They handed over 300 engineers in May.", "no")]
    [InlineData("two engineers were hired", "Two years later, in 2021, the engineers left.", "none")]
    [InlineData("they executed over a thousand prisoners", "The state executed more than 1,000 prisoners last year.", "yes")]
    [InlineData("a thousand engineers were sent", "They sent 800 engineers in May.", "no")]
    [InlineData("income fell by nearly 20% between 2018 and 2022", "Between 2018 and 2022 income shrank by almost a fifth.", "yes")]
    [InlineData("turnout was above 20% since the vote", "Turnout in the capital was just 11%.", "no")]
    [InlineData("turnout was above 20% since the vote", "Turnout was 11% of registered voters.", "none")]
    [InlineData("a town of fewer than a million people", "It was a town of 800,000 people.", "yes")]
    [InlineData("they arrested over 200 strikers", "Police arrested 150 strikers.", "no")]
    [InlineData("the share rose to 20% of funds", "Funds rose by 20 million in 2020.", "none")]
    [InlineData("the dam was built in 1990 by 40 workers", "The dam opened on May 9 in 1990.", "none")]
    [InlineData("an invasion force of about 500,000 soldiers", "An invasion force of approximately two hundred thousand soldiers would do.", "no")]
    [InlineData("an invasion force of about 200,000 soldiers", "An invasion force of two hundred thousand soldiers would do.", "yes")]
    [InlineData("they sent half a million soldiers", "They sent 500,000 soldiers in May.", "yes")]
    [InlineData("they sent 200,000 soldiers", "They sent half a million soldiers in May.", "no")]
    [InlineData("spending came to less than one percent of GDP", "Spending came to a total of 0.53% of GDP.", "yes")]
    [InlineData("recruits get about a month of training", "Recruits will undergo only 30 days of training.", "yes")]
    [InlineData("annual exercises last two months", "Annual exercises last 20-30 days.", "no")]
    [InlineData("the mission lasted 12 months", "The mission lasted a year.", "yes")]
    [InlineData("the mission lasted two years", "The mission lasted two years.", "yes")]
    [InlineData("the mission lasted two years", "The mission lasted three years.", "no")]
    [InlineData("the mission lasted a month", "The mission sent 30 soldiers.", "none")]
    [InlineData("offenders go to jail for one year", "Offenders face up to 14 days in jail, repeat offenders up to a year in jail.", "none")]
    [InlineData("offenders go to jail for one year", "Offenders face up to 14 days in jail.", "no")]
    [InlineData("interest rates are more than 16 percent", "Interest rates top 16%.", "yes")]
    [InlineData("more than 40 ships were checked", "Checks exceeded 40 ships a month.", "yes")]
    [InlineData("there are more than 10 ship sellers", "It is one of the top 10 ship sellers.", "no")]
    public void Bear_HoldsTheClaimsFigureAgainstTheTextsFigureOfTheSameThing(string claim, string text, string expected)
    {
        var claimed = Assert.Single(Figures.In(claim));

        var verdict = Figures.Bear(claimed, Figures.In(text));

        Assert.Equal(expected, verdict switch { true => "yes", false => "no", null => "none" });
    }

    [Theory]
    [InlineData("they sent 500 troops at the start of the war", "troop", true)]
    [InlineData("they sent 500 troops at the start of the war", "start", false)]
    [InlineData("40 ships in the Baltic were checked", "baltic", false)]
    [InlineData("seven Hong Kong and China-based traders shipped chips", "traders", true)]
    public void In_CountsTheWordsAfterTheFigureUpToAPhraseOfPlaceOrTime(string text, string word, bool counted)
    {
        var figure = Assert.Single(Figures.In(text));

        Assert.Equal(counted, figure.Counted.Contains(Bot.Engine.Text.Stemmer.Stem(word)));
    }

    [Theory]
    [InlineData("an invasion force of about 500,000 troops", "An invasion force of approximately 200,000 soldiers would do.", "no")]
    [InlineData("a quarter of its land", "It handed over 10% of its territory.", "no")]
    [InlineData("19 tanks", "It is supplying 19 armoured personnel-carriers.", "none")]
    public void Bear_CountsTheSameThingInOtherWords(string claim, string text, string expected)
    {
        var index = new Bot.Engine.Query.KnowledgeIndex(new([]));
        var claimed = Assert.Single(Figures.In(claim));

        var verdict = Figures.Bear(claimed, Figures.In(text), counts: Figures.InOtherWords(index));

        Assert.Equal(expected, verdict switch { true => "yes", false => "no", null => "none" });
    }

    [Theory]
    [InlineData("On May 9 in 1990 the dam opened.", 0)]
    [InlineData("One of the towns refused; no one came.", 0)]
    [InlineData("A 1,300km border and 2bn euros.", 1)]
    [InlineData("Nine in ten voters and one out of five towns.", 2)]
    [InlineData("Spending came to less than one percent of GDP.", 1)]
    [InlineData("At 5:00 p.m. on Monday the dam opened.", 0)]
    [InlineData("The dam opened at 9pm, or 9.30 p.m. by some accounts.", 0)]
    public void In_ReadsOnlyFiguresThatCountSomething(string text, int count) =>
        Assert.Equal(count, Figures.In(text).Count);

    [Theory]
    [InlineData("is the stake really more than two thirds", "stake", "They sold their 68 percent stake in the carmaker.", "yes")]
    [InlineData("is the stake really more than two thirds", "stake", "They sold their 60 percent stake in the carmaker.", "no")]
    [InlineData("is the stake really more than two thirds", "stake", "They sold 68 percent of their exports.", "none")]
    public void Bear_ReadsAShareCountingNothingAsOfTheClaimsOtherWords(string claim, string of, string text, string expected)
    {
        var claimed = Assert.Single(Figures.In(claim)) with { Of = new HashSet<string> { Bot.Engine.Text.Stemmer.Stem(of) } };

        var verdict = Figures.Bear(claimed, Figures.In(text));

        Assert.Equal(expected, verdict switch { true => "yes", false => "no", null => "none" });
    }
}
