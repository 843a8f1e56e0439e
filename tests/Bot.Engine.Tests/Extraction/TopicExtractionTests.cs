namespace Bot.Engine.Tests.Extraction;

public sealed class TopicExtractionTests
{
    [Theory]
    [InlineData("The council passed the so-called \u201Charbour law\u201D last week.", "harbour law")]
    [InlineData("Protests over the \u201Copen skies\u201D bill grew in the capital.", "open skies bill")]
    [InlineData("The mayor signed a decree better known as \u201Cthe quiet streets plan\u201D.", "quiet streets plan")]
    public void Extract_DraftsALawNamedInQuotationMarks_AsATopic(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        var topic = Assert.Single(model.Topics, t => t.Name == name);
        Assert.Contains(topic.Evidence.Quote, sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On Monday the papers reported a secret 12-point harbour proposal drafted by the two mayors.", "12-point harbour proposal", "drafted by the two mayors")]
    [InlineData("To outsiders, what became known as \u201CHarbourism\u201D was a meek form of surrender.", "Harbourism", "meek form of surrender")]
    [InlineData("The council published a report titled \u201CNets Without Fish\u201D on the collapse of the catch.", "Nets Without Fish", "collapse of the catch")]
    public void Extract_DraftsADocumentTheArticleNames_AsATopicWithItsSentence(string sentence, string name, string described)
    {
        var model = Drafts.Of(sentence);

        var topic = Assert.Single(model.Topics, t => t.Name == name);
        Assert.Contains(described, topic.Description, StringComparison.Ordinal);
        Assert.Contains(topic.Evidence.Quote, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DraftsNoTopic_FromAPersonsSurnameWithItsCourtesyTitle()
    {
        var model = Drafts.Of("Ana Ruiz, the governor, opened the port.", "Mrs Ruiz and the mayor toured the docks.", "The tolls will stay, said Mrs Ruiz.");

        Assert.DoesNotContain(model.Topics, t => t.Name == "Mrs Ruiz");
    }

    [Fact]
    public void Extract_DraftsNoLawTopic_FromAQuotationThatNamesNoLaw()
    {
        var model = Drafts.Of("The mayor called the plan \u201Ca waste of money\u201D on Monday.");

        Assert.DoesNotContain(model.Topics, t => t.Name.Contains("waste of money", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("recent years", "Trade with Peru has grown in recent years.", "Fishing fleets have shrunk in recent years.")]
    [InlineData("last decade", "The port has doubled over the last decade.", "Tolls have fallen over the last decade.")]
    [InlineData("year ago", "The strike began a year ago.", "The mayor was elected a year ago.")]
    [InlineData("Mayor Ruiz said", "The tolls will stay, Mayor Ruiz said on Monday.", "The port will reopen, Mayor Ruiz said later.")]
    [InlineData("told reporters", "The harbour is safe, Ana Ruiz told reporters.", "The fleet is ready, Luis Vela told reporters.")]
    public void Extract_DraftsNoTopic_FromARecurringPhraseThatOnlySaysWhenOrWhoSpoke(string phrase, params string[] paragraphs)
    {
        var model = Drafts.Of(paragraphs);

        Assert.DoesNotContain(model.Topics, t => t.Name.Equals(phrase, StringComparison.OrdinalIgnoreCase));
    }
}
