using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "how does X's A compare with Y's B?", "A vs B": each side is the half of the question on its side of the comparing word,
/// found in its own sentence (with a figure when amounts are compared); both found answer together, one alone does not.
/// </summary>
public sealed class ComparedSidesTests
{
    private const string Text = """
        Money For The Coast

        By Ada Quill | Coast Weekly | May 2, 2022

        Mayor Arlo Venn visited the town of Kessberg on Monday and promised €2 million for the repair of its harbour wall.

        The fishing fleet has shrunk for a decade. Younger crews have left for the cities, and the cannery closed in 2019.

        Governor Lise Marrow toured the valley of Dunholm last week, where she put €9 million into a new railway line.

        Kessberg lost 300 fishing jobs in 2021. Its new cannery hires about 450 workers a year, the council says.
        """;

    private static Reply? Answer(string question)
    {
        using var seeds = new SeedFolder().With("coast.txt", Text);
        var index = new KnowledgeIndex(SeedLoader.Load(seeds.Path));
        return ComparedSides.Answer(new Turn(index, ConversationState.Empty, QuestionParser.Parse(index, question)));
    }

    [Theory]
    [InlineData("how much did venn promise kessberg vs how much marrow put into dunholm", "€2 million", "€9 million")]
    public void Answer_GivesEachSide_WhenTheArticleGivesThemInDifferentSentences(string question, string first, string second)
    {
        var reply = Answer(question);

        Assert.NotNull(reply);
        Assert.Equal(AnswerStatus.Answered, reply.Answer.Status);
        Assert.Contains(first, reply.Answer.Text);
        Assert.Contains(second, reply.Answer.Text);
    }

    [Theory]
    [InlineData("How does Venn's pledge to Kessberg compare with Marrow's spending on hospitals?")]
    [InlineData("What did Venn promise Kessberg?")]
    public void Answer_IsNull_WhenOneSideIsMissingOrNothingIsCompared(string question) =>
        Assert.Null(Answer(question));
}
