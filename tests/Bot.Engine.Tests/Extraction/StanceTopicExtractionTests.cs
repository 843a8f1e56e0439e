namespace Bot.Engine.Tests.Extraction;

/// <summary>What a stance noun ("X's support for ...") is about ends where the sentence's verb begins.</summary>
public sealed class StanceTopicExtractionTests
{
    [Theory]
    [InlineData("Peru's support for a neutral commission can be explained by its history.", "Peru", "neutral commission")]
    [InlineData("Chile's support for a larger quota reveals a rift with Lima.", "Chile", "larger quota")]
    [InlineData("Bolivia's opposition to the river treaty has grown since May.", "Bolivia", "river treaty")]
    public void Extract_EndsTheTopicOfAStanceNoun_BeforeTheSentencesVerb(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var actor = model.Actor(holder).Id;
        var topics = model.Positions.Where(p => p.Actor == actor).Select(p => model.Topics.Single(t => t.Id == p.Topic).Name);
        Assert.Contains(topic, topics);
    }
}
