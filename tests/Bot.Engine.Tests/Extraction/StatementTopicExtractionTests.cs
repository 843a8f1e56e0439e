namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// What a statement is about: not an amount ("€40m in ..."), not a lone opening word ("Nobody, ...", "In addition, ..."),
/// not the clause naming the speaker (", says Mr X, ...").
/// </summary>
public sealed class StatementTopicExtractionTests
{
    [Theory]
    [InlineData("The Andean Council has promised \u20AC40m in non-lethal military aid for the navy.", "Andean Council", "non-lethal military aid")]
    [InlineData("Chile pledged 38 billion euros in reconstruction loans this year.", "Chile", "reconstruction loans")]
    [InlineData("\u201CNobody, literally nobody, trusts the harbour authority,\u201D said Senator Jon Pike.", "Jon Pike", "trusts the harbour authority")]
    [InlineData("\u201CIn addition, the ferries are late,\u201D said Senator Jon Pike.", "Jon Pike", "ferries")]
    [InlineData("\u201CAs of today, the ferries are late,\u201D said Senator Jon Pike.", "Jon Pike", "ferries")]
    [InlineData("But, says Mr Jon Pike, the fishing quota is not the problem.", "Jon Pike", "fishing quota")]
    [InlineData("The fishing quota, says Senator Jon Pike, is not the problem.", "Jon Pike", "fishing quota")]
    public void Extract_NamesTheTopic_ByWhatIsSpokenOf(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var actor = model.Actor(holder).Id;
        var topics = model.Positions.Where(p => p.Actor == actor).Select(p => model.Topics.Single(t => t.Id == p.Topic).Name).ToList();
        Assert.Contains(topics, t => t.StartsWith(topic, StringComparison.Ordinal));
    }
}
