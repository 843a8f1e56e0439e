using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which NATO countries had troops trained by the Portuguese?": a state the answer names in a sentence about
/// something else (land it lost to Spain) is none of them, so the article doesn't name them. A state named in the
/// sentence that says the rest still answers. (Real countries, which a draft knows by name.)
/// </summary>
public sealed class StateOfTheRestTests
{
    private const string Article = """
        Portugal's army comes of age

        By Jo Bloggs

        Portugal's army is now a model for its neighbours. Partner countries are seeking to benefit from Portugal's expertise, with Portuguese soldiers training their NATO counterparts in mine clearing.

        Portugal had retaken around half of the land seized by Spain during the first weeks of the war.

        In March, Chile and Peru signed an accord on training pilots.
        """;

    [Theory]
    [InlineData("Which NATO countries have had their troops trained in mine clearing by the Portuguese?")]
    [InlineData("Which NATO countries are sending soldiers to learn mine clearing from Portugal?")]
    public void Ask_SaysTheArticleDoesNotNameThem_WhenTheOnlyStateNamedDidSomethingElse(string question)
    {
        var answer = DraftedArticle.Ask("army.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name the countries", answer.Text);
    }

    [Fact]
    public void Ask_NamesTheState_WhenItStandsInTheSentenceSayingTheRest()
    {
        var answer = DraftedArticle.Ask("army.txt", Article, "Which countries signed an accord on training pilots?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Peru", answer.Text);
    }
}
