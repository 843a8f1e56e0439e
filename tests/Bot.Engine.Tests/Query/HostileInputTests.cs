using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Whatever arrives from a chat gets a polite answer within the length limit, never an exception.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> HostileQuestions() =>
    [
        "",
        "   \t\n  ",
        "???",
        "\u200b\u200b\u200b",
        "who is \u200bsha\u200bmanov\u200f",
        "\u202ewho is shamanov\u202c",
        "<b>who</b> is <i>shamanov</i>?</blockquote>",
        "who is shamanov & putin; DROP TABLE answers;--",
        "@everyone who is shamanov",
        "кто такой Шаманов",
        "沙马诺夫是谁",
        "🤔🤔🤔",
        "who is 🇷🇺 shamanov 🔥",
        "\u0000\u0001\u0002 binary \u0007 junk \uFFFD\uFFFD",
        new string('a', 100_000),
        string.Concat(Enumerable.Repeat("who is shamanov ", 8_000)),
        "\ud800 broken surrogate",
        "who is shamanov \ud83d",
        "\udc00who is \udc00putin",
    ];

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void Ask_AnswersPolitely_ForHostileInput(string question)
    {
        var answer = SeededEngine.Ask(question);

        Assert.NotEmpty(answer.Text);
        Assert.InRange(answer.Text.Length, 1, Answer.MaxTextLength + 1);
        Assert.DoesNotContain('\0', answer.Text);
    }

    [Theory]
    [InlineData("who is \u200bsha\u200bmanov\u200f")]
    [InlineData("<b>who</b> is <i>shamanov</i>?")]
    [InlineData("who is 🇷🇺 shamanov 🔥")]
    [InlineData("WHO IS SHAMANOV")]
    [InlineData("кто такой Шаманов")]
    [InlineData("who is Шаманов?")]
    [InlineData("ｗｈｏ ｉｓ ｓｈａｍａｎｏｖ")]
    [InlineData("who is 𝐒𝐡𝐚𝐦𝐚𝐧𝐨𝐯?")]
    public void Ask_SeesThroughMarkupAndInvisibleCharactersAndScript(string question)
    {
        var answer = SeededEngine.Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Duma", answer.Text);
    }

    [Theory]
    [InlineData("did russia 💥 kazakhstan?", "I'm not sure what you'd like me to check about")]
    [InlineData("is russia kazakhstan?", "I'm not sure what you'd like me to check about")]
    [InlineData("did nazarbaev 🙄?", "I'm not sure what you'd like me to check about")]
    [InlineData("", "")]
    [InlineData("🤔🤔🤔", "")]
    [InlineData("沙马诺夫是谁", "I can only read questions in English")]
    [InlineData("シャマノフは誰ですか", "I can only read questions in English")]
    [InlineData("مَن هو شامانوف", "I can only read questions in English")]
    [InlineData("who is Σαμάνοφ", "I can only read questions in English")]
    [InlineData("who is Jo Bloggs", "The article doesn't say anything about")]
    public void Ask_OffersSuggestionsAndNoVerdict_WhenItCannotAnswer(string question, string start)
    {
        var answer = SeededEngine.Ask(question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Suggestions);
    }

    /// <summary>Follow-ups that lean on whatever came before, some naming nothing any article knows.</summary>
    private static readonly string[] LeaningFollowUps = ["why?", "y tho", "and what about Nowhereland?", "and what about the mission?", "and what about Nagorno?", "when was that?", "who said it?", "and him?", "more", "is that true?"];

    [Fact]
    public void Ask_NeverFails_WhenEveryEvaluationQuestionIsFollowedByLeaningFollowUps()
    {
        var engine = new QueryEngine(SeededEngine.Knowledge);
        var failures = new List<string>();
        var chat = 0;
        foreach (var step in QuestionCase.LoadScripts("tuning.yaml").Values.SelectMany(steps => steps))
        {
            var id = $"c{chat++}";
            foreach (var question in LeaningFollowUps.Select(f => $"{step.Q} {f}").Prepend(step.Q).Concat(LeaningFollowUps))
            {
                try
                {
                    engine.Ask(new Question(id, question));
                }
                catch (Exception e)
                {
                    failures.Add($"{question}: {e.GetType().Name}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
