using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>Which sentences hold a series of items: the article's own list where no list fact was drafted.</summary>
public sealed class EnumerationsTests
{
    [Theory]
    [InlineData("Marchers obey traffic signals, remove their shoes, pick up rubbish and go home.", true)]
    [InlineData("Dissidents are blackmailed, arrested and tortured.", true)]
    [InlineData("It includes disinformation, false news, cyber-attacks and everything else.", true)]
    [InlineData("Robots strike targets on land, in the air, and at sea.", true)]
    [InlineData("Funds may come from Lorvik, Brenmark, or the valley council.", true)]
    [InlineData("Lorvik gave up a tenth of its land, including the meadows and half of the lake.", true)]
    [InlineData("The towns share several mills, such as the old mill or the new one.", true)]
    [InlineData("Twelve towns, including Lorvik, signed.", false)]
    [InlineData("In 2022, Lorvik and Brenmark signed the deal.", false)]
    [InlineData("The council paid 1,000 and 2,000 crowns.", false)]
    [InlineData("Mayor Ivo Sand, who leads Brenmark, said the dam was safe and would hold for a century.", false)]
    [InlineData("The dam is old.", false)]
    public void Enumerates_FindsASeriesOfThreeOrMoreItems_WhenCommasAndAClosingAndOrOrJoinThemOrIncludingNamesThem(string sentence, bool expected) =>
        Assert.Equal(expected, Enumerations.Enumerates(sentence));

    [Theory]
    [InlineData("Holm, Vik and Dahl deny any part.", true)]
    [InlineData("Herders came from Osk, Tamber and Dunmore.", true)]
    [InlineData("Lorvik gave up a tenth of its land, including Karelwood and half of the lake.", true)]
    [InlineData("The press is muzzled, with state control of the media, harassment of reporters and a licence law.", false)]
    [InlineData("Dissidents are blackmailed, arrested and tortured.", false)]
    [InlineData("The towns share several mills, such as the old mill or the new one.", false)]
    public void NamesSeries_TellsASeriesOfNamesFromOneOfThings(string sentence, bool expected) =>
        Assert.Equal(expected, Enumerations.NamesSeries(sentence));
}
