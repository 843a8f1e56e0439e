namespace Bot.Engine.Tests.Extraction;

/// <summary>A recurring pair that is a subject with its verb ("Marsh wants", "wars end") is no topic.</summary>
public sealed class SubjectVerbTopicTests
{
    [Theory]
    [InlineData("This is what Marsh wants from the harbour talks.", "Later we learnt what Marsh wants from the mayor.", "He wants a quick deal.", "Marsh wants")]
    [InlineData("It is often said that all strikes end in a deal.", "Yet not all strikes end in a deal.", "This one will not end soon.", "strikes end")]
    public void Extract_DraftsNoTopic_FromASubjectAndItsVerb(string first, string second, string third, string notATopic)
    {
        var model = Drafts.Of(first, second, third);

        Assert.DoesNotContain(model.Topics, t => t.Name.Equals(notATopic, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_StillDraftsARecurringNounPhrase_AsATopic()
    {
        var model = Drafts.Of("The harbour tolls rose in May.", "Traders said the harbour tolls hurt them.", "They will not pay.");

        Assert.Contains(model.Topics, t => t.Name.Equals("harbour tolls", StringComparison.OrdinalIgnoreCase));
    }
}
