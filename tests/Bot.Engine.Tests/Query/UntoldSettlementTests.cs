using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What did X and Y agree on in Kessberg?", "what came out of the talks?": what a meeting settled is asked. The article
/// telling only that the meeting was held does not say it; one telling what was agreed, signed or pledged does.
/// </summary>
public sealed class UntoldSettlementTests
{
    private const string Article = "Harbour Talks\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Mayor Tom Reed and Judge Jo Roe met in Kessberg in May, in much-awaited talks on the harbour.\n\n"
        + "In Greenwick, Tom Reed and Admiral Ada Vane agreed to share the harbour fees between the two towns.\n";

    [Theory]
    [InlineData("What did Reed and Roe agree on in Kessberg?", AnswerStatus.Unknown)]
    [InlineData("what came out of the talks in kessberg?", AnswerStatus.Unknown)]
    [InlineData("What did Reed and Vane agree to in Greenwick?", AnswerStatus.Answered)]
    public void Ask_SaysWhatWasAgreed_OnlyWhenTheArticleTellsIt(string question, AnswerStatus status) =>
        Assert.Equal(status, DraftedArticle.Ask("harbour.txt", Article, question).Status);

    [Theory]
    [InlineData("what did greenwick agree on?", true)]
    [InlineData("and wat did they agree to", true)]
    [InlineData("what results did the talks produce?", true)]
    [InlineData("what came out of the harbour talks?", true)]
    [InlineData("did greenwick agree to the toll?", false)]
    [InlineData("who agreed to the toll?", false)]
    [InlineData("what did greenwick say about the toll?", false)]
    public void AsksSettlement_IsWhatWasAgreedOrBroughtAbout(string question, bool asked) =>
        Assert.Equal(asked, AnswerChecks.AsksSettlement(QuestionParser.Parse(Harbour, question)));
}
