using System.Diagnostics;
using System.Globalization;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Support;

/// <summary>
/// Plays conversations of 2-8 turns against an engine: mutated questions, follow-ups leaning on what came before,
/// chains of pronouns alone, and answers to "which one do you mean?". Every answer must come without an exception, be non-empty and within the
/// length limit, hold no half of a surrogate pair (which cannot be sent to a chat), and cite only quotes found verbatim in
/// the paragraphs they name. Conversation n of a seed is always the same,
/// so a failure names the seed and number that replay it. Given <paramref name="reloaded"/>, the engine swaps between the two
/// knowledge bases in the middle of conversations, as when the seeds folder changes.
/// </summary>
public sealed class ConversationFuzzer(KnowledgeBase knowledge, IReadOnlyList<string> questions, KnowledgeBase? reloaded = null)
{
    /// <summary>What a turn says to reload the engine with the other knowledge base before the question.</summary>
    private const string ReloadMark = "[reload] ";

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "that", "this", "those", "He?", "THEY", "and him", "what about her", "its?"];

    private static readonly string[] FollowUps =
    [
        "why?", "y tho", "why not?", "more", "more more", "tell me more", "go on", "and?", "when?", "when was that?", "date?",
        "who?", "who said it?", "who said that?", "what did he say?", "and her?", "and them?", "and him?", "what about it?",
        "is that true?", "really?", "yes", "no", "ok", "thanks", "huh?", "where?", "how many?", "compare them", "and the other one?",
        "the first one", "the second", "the last one", "the duma one", "1", "2", "3", "0", "-1", "99999999999999999999",
        "and what about Nowhereland?", "what does it mean?", "how long after?", "which one?", "list them", "what else?",
    ];

    /// <summary>Names, aliases and topics of the articles, and each word of them alone ("Vladimir"), which may name several.</summary>
    private readonly string[] _names = [.. Both(knowledge, reloaded).SelectMany(m => m.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Concat(m.Topics.Select(t => t.Name)))
        .SelectMany(n => n.Split(' ').Prepend(n)).Append("Nowhereland").Distinct()];

    /// <summary>The sentences of the articles, whose words the mutator quotes back as claims to check.</summary>
    private readonly string[] _sentences = [.. Both(knowledge, reloaded).SelectMany(m => m.Article.Sentences.Select(s => s.Text)).Distinct()];

    private readonly Dictionary<string, Article> _articles = Both(knowledge, reloaded).Select(m => m.Article).DistinctBy(a => a.Id).ToDictionary(a => a.Id);

    /// <summary>
    /// An answer slower than this is a hang: answers take microseconds, and a test machine busy enough to hold a thread
    /// off the processor for over a second (seen under heavy parallel load) still answers well within three.
    /// </summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(3);

    /// <summary>The first questions are not timed: they pay for compiling the engine's code.</summary>
    private const int WarmUp = 200;

    /// <summary>The slowest questions of a run are asked again this many times alone, so a pause of the machine is not taken for slowness.</summary>
    private const int Retimings = 3;

    private const int SlowestCandidates = 25;
    private const int SlowestShown = 5;

    private readonly List<(TimeSpan Time, string Question)> _slowest = [];

    private bool _swapped;

    /// <summary>
    /// The slowest answers of the last run, slowest first: the time it took in its conversation, the fastest of its answers
    /// when asked again alone, and the question shown as a string literal body.
    /// </summary>
    public IReadOnlyList<(TimeSpan First, TimeSpan Again, string Question)> Slowest { get; private set; } = [];

    /// <summary>A number a developer sets in the environment (BOT_FUZZ_ITERATIONS, BOT_FUZZ_SEED) to run longer or elsewhere.</summary>
    public static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Plays conversations until <paramref name="turns"/> questions are asked; returns every failure seen.</summary>
    public List<string> Run(int seed, int turns)
    {
        var engine = new QueryEngine(knowledge);
        var failures = new List<string>();
        for (var (conversation, asked) = (0, 0); asked < turns; conversation++)
        {
            var script = Script(seed, conversation);
            asked += script.Count;
            var id = $"fuzz-{seed}-{conversation}";
            for (var turn = 0; turn < script.Count; turn++)
            {
                var question = script[turn];
                if (reloaded is not null && question.StartsWith(ReloadMark, StringComparison.Ordinal))
                {
                    _swapped = !_swapped;
                    engine.Reload(_swapped ? reloaded : knowledge);
                    question = question[ReloadMark.Length..];
                }
                if (Check(engine, id, question, timed: asked > WarmUp) is { } failure)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"seed {seed} conversation {conversation} turn {turn}: {failure}\n  {string.Join("\n  ", script.Take(turn + 1).Select(Show))}"));
                    break;
                }
            }
        }
        Slowest = [.. _slowest.Select(s => (s.Time, Again(engine, s.Question), Show(s.Question))).OrderByDescending(s => s.Item2).Take(SlowestShown)];
        return failures;
    }

    private static TimeSpan Again(QueryEngine engine, string question) => Enumerable.Range(0, Retimings).Min(i =>
    {
        var started = Stopwatch.GetTimestamp();
        engine.Ask(new Question($"fuzz-again-{i}", question));
        return Stopwatch.GetElapsedTime(started);
    });

    /// <summary>The questions of conversation <paramref name="conversation"/> of a seed.</summary>
    public List<string> Script(int seed, int conversation)
    {
        var random = new Random(unchecked((seed * 1_000_003) + conversation));
        var mutator = new QuestionMutator(random, _names, _sentences);
        var script = new List<string>();
        var length = random.Next(2, 9);
        var pronounsOnly = random.Next(8) == 0;
        for (var turn = 0; turn < length; turn++)
        {
            var question = questions[random.Next(questions.Count)];
            var text = (turn == 0 ? 0 : pronounsOnly ? 3 : random.Next(4)) switch
            {
                3 => PronounsOnly(random),
                0 => mutator.Mutate(question),
                1 => random.Next(4) == 0 ? mutator.Mutate(FollowUps[random.Next(FollowUps.Length)]) : FollowUps[random.Next(FollowUps.Length)],
                _ => $"{(random.Next(2) == 0 ? "and" : "what about")} {_names[random.Next(_names.Length)]}?",
            };
            script.Add(reloaded is not null && turn > 0 && random.Next(8) == 0 ? ReloadMark + text : text);
        }
        return script;
    }

    /// <summary>A follow-up of pronouns alone ("him?", "and her and them?"), so a conversation may run on them for turns.</summary>
    private static string PronounsOnly(Random random) =>
        string.Join(random.Next(2) == 0 ? " and " : " ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pronouns[random.Next(Pronouns.Length)])) +
        (random.Next(2) == 0 ? "?" : "");

    /// <summary>Why the answer to one question breaks an invariant, or null when it keeps them all.</summary>
    public string? Check(QueryEngine engine, string conversation, string question, bool timed = false)
    {
        Answer answer;
        var started = Stopwatch.GetTimestamp();
        try
        {
            answer = engine.Ask(new Question(conversation, question));
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        var took = Stopwatch.GetElapsedTime(started);
        if (timed)
            Time(took, question);
        if (took > Hang)
            return $"answer took {took.TotalMilliseconds:F0} ms";
        if (string.IsNullOrWhiteSpace(answer.Text))
            return "empty answer";
        if (answer.Text.Length > Answer.MaxTextLength)
            return $"answer of {answer.Text.Length} characters: {answer.Text}";
        if (Unsendable(answer.Text) is { } at)
            return $"answer holds \\u{(int)answer.Text[at]:x4} at {at}, half a surrogate pair: {Show(answer.Text)}";
        foreach (var evidence in answer.Evidence)
        {
            if (!_articles.TryGetValue(evidence.Article, out var article))
                return $"evidence from unknown article {evidence.Article}";
            if (evidence.Quote.Length == 0 || !article.FlatText.Contains(TextNormalizer.CollapseWhitespace(evidence.Quote), StringComparison.Ordinal))
                return $"quote not in {evidence.Article}: \"{evidence.Quote}\"";
            if (article.Blocks.FirstOrDefault(b => b.Number == evidence.Paragraph) is not { } block)
                return $"quote cites paragraph {evidence.Paragraph} of {evidence.Article}, which has no such paragraph";
            if (!TextNormalizer.CollapseWhitespace(block.Text).Contains(TextNormalizer.CollapseWhitespace(evidence.Quote), StringComparison.Ordinal))
                return $"quote cites paragraph {evidence.Paragraph} of {evidence.Article}, which does not hold it: \"{evidence.Quote}\"";
        }
        return null;
    }

    private void Time(TimeSpan took, string question)
    {
        if (_slowest.Count == SlowestCandidates && took <= _slowest[^1].Time)
            return;
        _slowest.Add((took, question));
        _slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
        if (_slowest.Count > SlowestCandidates)
            _slowest.RemoveAt(SlowestCandidates);
    }

    /// <summary>Where a text holds half a surrogate pair, which has no UTF-8 form to send to a chat, or null.</summary>
    private static int? Unsendable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return i;
        }
        return null;
    }

    private static IEnumerable<ArticleModel> Both(KnowledgeBase knowledge, KnowledgeBase? reloaded) =>
        knowledge.Articles.Concat(reloaded?.Articles ?? []);

    /// <summary>A question as a C# string literal body, so invisible characters show.</summary>
    private static string Show(string question) => question.Length > 300
        ? $"({question.Length} chars) " + Show(question[..300])
        : string.Concat(question.Select(c => c is < ' ' or > '~' && !char.IsLetter(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
