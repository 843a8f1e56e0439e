using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence that only announces what it speaks of ("the valley harbours several feuds") is followed by the things
/// themselves: the answer goes on with them, within its paragraph or into the next one when that points back to it.
/// </summary>
public sealed class ItemsAfterTests
{
    private const string Article = """
        Old Feuds In The Valley

        By Ada Quill | March 4, 2021

        Lorvik won the border war last year, and its leader Ivo Sand basks in the triumph.

        Beyond the capital, the Brenn valley harbours several simmering feuds. Herders in Osk dispute the upper pastures with Tamber. A dam built upstream by Vell angered the millers of Dunmore. Fishing rights on the lake divide two villages.

        Instead, the Lorvik militia held the Harrow pass against the invaders.

        This stand set the tone for the rest of the war. By winter the militia had retaken the salt mines. Later it burned the enemy's grain barges at Pellin.

        The harbour of Lorvik reopened in May after the mayor signed a new lease.
        """;

    [Theory]
    [InlineData("What does the Brenn valley harbour beyond the capital?", "upper pastures")]
    [InlineData("What does the Brenn valley harbour beyond the capital?", "millers of Dunmore")]
    [InlineData("List what the Lorvik militia achieved after the Harrow pass.", "salt mines")]
    [InlineData("List what the Lorvik militia achieved after the Harrow pass.", "grain barges")]
    [InlineData("What did the Lorvik militia do after it held the Harrow pass?", "salt mines")]
    public void Ask_GoesOnWithTheThingsASentenceAnnounces(string question, string expected)
    {
        var answer = DraftedArticle.Ask("valley-feuds.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What happened to the harbour of Lorvik?", "lease")]
    [InlineData("What did the Lorvik militia hold against the invaders?", "Harrow pass")]
    public void Ask_GivesTheSentenceAlone_WhenItAnnouncesNothing(string question, string said)
    {
        var answer = DraftedArticle.Ask("valley-feuds.txt", Article, question);

        Assert.Contains(said, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("salt mines", answer.Text, StringComparison.Ordinal);
    }

    private const string NextParagraph = """
        Laws Of The Lake

        By Ada Quill | March 4, 2021

        The Vell council passed a ferry toll in April. Yet the toll is only one of a set of divisive laws the council has passed or means to pass soon.

        Recently, the council pushed through a fishing ban on the northern shore. The ban angered the boatmen of Osk. In May, a curfew for the harbour district followed.

        The harbour of Lorvik reopened in June after the mayor signed a new lease.
        """;

    [Theory]
    [InlineData("List the other laws the Vell council has passed.", "fishing ban")]
    [InlineData("What laws has the Vell council passed?", "curfew")]
    public void Ask_GoesOnIntoTheNextParagraph_WhenTheAnnouncingSentenceClosesItsOwn(string question, string expected)
    {
        var answer = DraftedArticle.Ask("lake-laws.txt", NextParagraph, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("new lease", answer.Text, StringComparison.Ordinal);
    }

    private const string NamedInIt = """
        Visitors To The Lake

        By Ada Quill | March 4, 2021

        The lake drew many visitors this year. Several heads of state have toured the new harbour of Lorvik, such as Ruritanian President Arlo Venn (May 2024), Bordurian Chancellor Ida Marsh (March 2023) and Syldavian Premier Tom Kell (January 2025).

        The ferry toll was delayed in June after the mayor signed a new lease.
        """;

    [Theory]
    [InlineData("Which heads of state toured the harbour of Lorvik?", "Ida Marsh")]
    public void Ask_StaysInItsParagraph_WhenTheAnnouncingSentenceNamesSomeItself(string question, string expected)
    {
        var answer = DraftedArticle.Ask("lake-visitors.txt", NamedInIt, question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("new lease", answer.Text, StringComparison.Ordinal);
    }

    private const string Bullets = """
        Deals On The Lake

        By Ada Quill | March 4, 2021

        Lorvik and Vell have signed a string of deals on the lake. Their ministers have agreed to the following this spring:

        - Opening two ferry offices in Osk and joint fishing zones;

        - Doubling the boats between Lorvik and Vell;

        - Cutting tolls; and

        - Dredging the harbour of Pellin, which had silted up for years.

        The harbour of Lorvik reopened in May after the mayor signed a new lease.
        """;

    [Theory]
    [InlineData("What did the ministers agree to this spring?", "ferry offices")]
    [InlineData("What did the ministers agree to this spring?", "Cutting tolls")]
    [InlineData("What did the ministers agree to this spring?", "harbour of Pellin")]
    [InlineData("What have Lorvik and Vell agreed to this spring?", "Doubling the boats")]
    public void Ask_GoesOnWithTheParagraphsListed_AfterASentenceEndingOnAColon(string question, string expected)
    {
        var answer = DraftedArticle.Ask("lake-deals.txt", Bullets, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("new lease", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Beyond the capital, the valley harbours several feuds.", true)]
    [InlineData("Two of its three prongs have been blunted.", true)]
    [InlineData("The toll is only one of a set of divisive laws passed this year.", true)]
    [InlineData("A few reasons explain the delay.", true)]
    [InlineData("The council agreed on the following in May.", true)]
    [InlineData("The harbour reopened in May.", false)]
    public void Announces_ReadsANumberOfThingsLeftUnnamed(string sentence, bool expected) =>
        Assert.Equal(expected, Bot.Engine.Query.Answerers.ItemsAfter.Announces(sentence));
}
