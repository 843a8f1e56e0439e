using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// What a stance noun ("X's support for ...") is about ends where the sentence's verb begins; a "pro-"/"anti-" stance is
/// about the name joined to it.
/// </summary>
public sealed class StanceTopicExtractionTests
{
    [Theory]
    [InlineData("Peru's support for a neutral commission can be explained by its history.", "Peru", "neutral commission")]
    [InlineData("Chile's support for a larger quota reveals a rift with Lima.", "Chile", "larger quota")]
    [InlineData("Bolivia's opposition to the river treaty has grown since May.", "Bolivia", "river treaty")]
    public void Extract_EndsTheTopicOfAStanceNoun_BeforeTheSentencesVerb(string sentence, string holder, string topic)
    {
        Assert.Contains(topic, TopicsOf(Drafts.Of(sentence), holder));
    }

    [Theory]
    [InlineData("Peru's support for last month's harbour treaty has grown.", "Peru", "harbour treaty")]
    [InlineData("Chile's opposition to next year's fishing quota is firm.", "Chile", "fishing quota")]
    public void Extract_StartsAStancesTopic_AfterTheWordsSayingWhen(string sentence, string holder, string topic)
    {
        Assert.Contains(topic, TopicsOf(Drafts.Of(sentence), holder));
    }

    [Theory]
    [InlineData("Nazca has deviated from Peru's staunch pro-Valdor approach by stressing its neutrality.", "Peru", "Valdor")]
    [InlineData("Chile's anti-Valdor rhetoric grew louder after the vote in May.", "Chile", "Valdor")]
    [InlineData("Bolivia remained firmly pro-Valdor throughout the talks in Lima.", "Bolivia", "Valdor")]
    public void Extract_TakesTheTopicOfAProOrAntiStance_FromTheActorNamedInIt(string sentence, string holder, string topic)
    {
        var model = Drafts.Of("President Osric Valdor of Kessia visited Lima on Monday.", sentence);

        Assert.Contains(topic, TopicsOf(model, holder));
    }

    private static IEnumerable<string> TopicsOf(ArticleModel model, string holder)
    {
        var actor = model.Actor(holder).Id;
        return model.Positions.Where(p => p.Actor == actor).Select(p => model.Topics.Single(t => t.Id == p.Topic).Name);
    }
}
