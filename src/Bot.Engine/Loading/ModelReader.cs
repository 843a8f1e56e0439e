using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Engine.Model;
using Bot.Engine.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Engine.Loading;

/// <summary>
/// Reads an article and its annotation file into an <see cref="ArticleModel"/>, collecting every
/// problem (unknown field, duplicate or dangling id, quote not in the article, bad date) with its line.
/// </summary>
internal sealed partial class ModelReader
{
    private static readonly string[] TopLevel = ["article", "actors", "topics", "positions", "events", "explanations", "relations", "statements", "lists", "synonyms"];

    private readonly string _modelFile;
    private readonly List<SeedError> _errors;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<(YamlFields Fields, string Key, string Id, string Expected)> _references = [];
    private Article _article = null!;

    /// <summary>
    /// The article's numbered blocks, cleaned once and joined by newlines (which cleaning turns into spaces, so no
    /// quote spans two blocks), with where each block starts: each quote is one search, however long the article.
    /// </summary>
    private string _cleanBlocks = "";
    private int[] _blockStarts = [];
    private int[] _blockNumbers = [];

    private ModelReader(string modelFile, List<SeedError> errors)
    {
        _modelFile = modelFile;
        _errors = errors;
    }

    /// <summary>Parses an article with no annotation: it is still answerable through its sentences.</summary>
    public static ArticleModel ReadPlain(string id, string articleFile, string articleText) => new()
    {
        Article = ArticleParser.Parse(id, Path.GetFileName(articleFile), articleText, StructureHints.None),
        Info = new ArticleInfo(null, null, null, null),
    };

    public static ArticleModel Read(string id, string articleFile, string articleText, string modelFile, string modelText, List<SeedError> errors)
    {
        var reader = new ModelReader(modelFile, errors);
        return reader.ReadModel(id, articleFile, articleText, modelText);
    }

    private ArticleModel ReadModel(string id, string articleFile, string articleText, string modelText)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedYamlParser(new Parser(new StringReader(modelText))));
        }
        catch (YamlException ex)
        {
            // Where the parser noticed the problem (a tab, a bad indent), which may be lines after where what it was reading began.
            _errors.Add(new SeedError(_modelFile, Math.Max(ex.Start.Line, ex.End.Line), ex is YamlLimitException limit ? limit.Reason : "not valid YAML: " + ex.Message));
            return ReadPlain(id, articleFile, articleText);
        }
        if (stream.Documents.Count == 0)
        {
            _errors.Add(new SeedError(_modelFile, 1, "the annotation file is empty"));
            return ReadPlain(id, articleFile, articleText);
        }
        var root = new YamlFields(stream.Documents[0].RootNode, "the annotation file", TopLevel, _modelFile, _errors);
        var articleNode = root.Find("article");
        if (articleNode is null)
            root.Error("article", "missing required section 'article'");
        var articleFields = new YamlFields(articleNode ?? new YamlMappingNode(), "article",
            ["source", "published", "published_inferred", "summary", "quote", "captions", "bio"], _modelFile, _errors);
        var hints = new StructureHints(articleFields.Strings("captions"), articleFields.OptionalString("bio"));
        _article = ArticleParser.Parse(id, Path.GetFileName(articleFile), articleText, hints);
        IndexBlocks();
        CheckHint(articleFields, "captions", hints.Captions);
        if (hints.Bio is { } bio)
            CheckHint(articleFields, "bio", [bio]);

        var info = ReadInfo(articleFields);
        var model = new ArticleModel
        {
            Article = _article,
            Info = info,
            Actors = ReadSection(root, "actors", ReadActor),
            Topics = ReadSection(root, "topics", ReadTopic),
            Positions = ReadSection(root, "positions", ReadPosition),
            Events = ReadSection(root, "events", ReadEvent),
            Explanations = ReadSection(root, "explanations", ReadExplanation),
            Relations = ReadSection(root, "relations", ReadRelation),
            Statements = ReadSection(root, "statements", ReadStatement),
            Lists = ReadSection(root, "lists", ReadList),
            Synonyms = ReadSynonyms(root),
        };
        CheckReferences();
        return model;
    }

    /// <summary>"synonyms": words readers use for this article's words (word: [article words]), read both ways.</summary>
    private Dictionary<string, IReadOnlyList<string>> ReadSynonyms(YamlFields root)
    {
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Find("synonyms") is not { } node)
            return synonyms;
        if (node is not YamlMappingNode mapping)
        {
            root.Error("synonyms", "'synonyms' must map a word to a list of words");
            return synonyms;
        }
        var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
        var fields = new YamlFields(mapping, "synonyms", keys, _modelFile, _errors);
        foreach (var key in keys)
            synonyms[key.ToLowerInvariant()] = fields.Strings(key);
        return synonyms;
    }

    private ArticleInfo ReadInfo(YamlFields f)
    {
        var summary = f.OptionalString("summary");
        var quote = f.OptionalString("quote");
        var published = f.OptionalString("published") is { } text ? ParseDate(f, "published", text, f.Bool("published_inferred")) : null;
        return new ArticleInfo(f.OptionalString("source"), published, summary, quote is null ? null : Locate(f, quote));
    }

    private List<T> ReadSection<T>(YamlFields root, string section, Func<YamlFields, T> read)
    {
        var list = new List<T>();
        foreach (var node in root.Items(section))
            list.Add(read(new YamlFields(node, $"an item of '{section}'", FieldsOf(section), _modelFile, _errors)));
        return list;
    }

    private static string[] FieldsOf(string section) => section switch
    {
        "actors" => ["id", "name", "kind", "aliases", "role", "affiliation", "gender", "quote"],
        "topics" => ["id", "name", "aliases", "description", "quote"],
        "positions" => ["id", "actor", "topic", "stance", "statement", "keywords", "quote"],
        "events" => ["id", "date", "year_inferred", "participants", "topics", "summary", "keywords", "quote"],
        "explanations" => ["id", "claim", "about", "keywords", "quote", "reasons"],
        "relations" => ["id", "from", "to", "kind", "description", "keywords", "quote"],
        "statements" => ["id", "speaker", "date", "year_inferred", "said", "keywords", "quote"],
        "lists" => ["id", "name", "aliases", "items", "keywords", "quote"],
        _ => [],
    };

    private Actor ReadActor(YamlFields f)
    {
        var id = Id(f, "actor");
        var kind = Enum<ActorKind>(f, "kind", ("person", ActorKind.Person), ("state", ActorKind.State),
            ("organisation", ActorKind.Organisation), ("organization", ActorKind.Organisation), ("group", ActorKind.Group));
        var gender = f.OptionalString("gender");
        if (gender is not null and not "male" and not "female")
            f.Error("gender", $"gender must be male or female, not '{gender}'");
        var affiliation = f.OptionalString("affiliation");
        if (affiliation is not null)
            Reference(f, "affiliation", affiliation, "actor");
        return new Actor(id, f.RequiredString("name"), kind, f.Strings("aliases"), f.RequiredString("role"), affiliation, gender, Quote(f));
    }

    private Topic ReadTopic(YamlFields f) =>
        new(Id(f, "topic"), f.RequiredString("name"), f.Strings("aliases"), f.OptionalString("description"), Quote(f));

    private Position ReadPosition(YamlFields f)
    {
        var id = Id(f, "position");
        var actor = RequiredReference(f, "actor", "actor");
        var topic = RequiredReference(f, "topic", "topic");
        var stance = Enum<Stance>(f, "stance", ("supports", Stance.Supports), ("opposes", Stance.Opposes),
            ("neutral", Stance.Neutral), ("mixed", Stance.Mixed));
        return new Position(id, actor, topic, stance, f.RequiredString("statement"), f.Strings("keywords"), Quote(f));
    }

    private Event ReadEvent(YamlFields f)
    {
        var id = Id(f, "event");
        var date = ParseDate(f, "date", f.RequiredString("date"), f.Bool("year_inferred")) ?? new FactDate(1, null, null, false);
        var participants = References(f, "participants", "actor");
        var topics = References(f, "topics", "topic");
        return new Event(id, date, participants, topics, f.RequiredString("summary"), f.Strings("keywords"), Quote(f));
    }

    private Explanation ReadExplanation(YamlFields f)
    {
        var id = Id(f, "explanation");
        var claim = f.RequiredString("claim");
        var about = References(f, "about", "actor or topic");
        var reasons = new List<Reason>();
        foreach (var node in f.Items("reasons"))
        {
            var r = new YamlFields(node, "a reason", ["text", "quote"], _modelFile, _errors);
            reasons.Add(new Reason(r.RequiredString("text"), Quote(r)));
        }
        if (reasons.Count == 0)
            f.Error("reasons", "an explanation needs at least one reason");
        var quote = f.OptionalString("quote");
        var evidence = quote is null ? reasons.FirstOrDefault()?.Evidence ?? new Evidence(_article.Id, 0, "") : Locate(f, quote);
        return new Explanation(id, claim, about, reasons, f.Strings("keywords"), evidence);
    }

    private Relation ReadRelation(YamlFields f)
    {
        var id = Id(f, "relation");
        var from = RequiredReference(f, "from", "actor");
        var to = RequiredReference(f, "to", "actor");
        return new Relation(id, from, to, f.RequiredString("kind"), f.RequiredString("description"), f.Strings("keywords"), Quote(f));
    }

    private Statement ReadStatement(YamlFields f)
    {
        var id = Id(f, "statement");
        var speaker = RequiredReference(f, "speaker", "actor");
        var date = f.OptionalString("date") is { } text ? ParseDate(f, "date", text, f.Bool("year_inferred")) : null;
        return new Statement(id, speaker, date, f.RequiredString("said"), f.Strings("keywords"), Quote(f));
    }

    private ListFact ReadList(YamlFields f)
    {
        var id = Id(f, "list");
        var items = f.Strings("items");
        if (items.Count == 0)
            f.Error("items", "a list needs at least one item");
        return new ListFact(id, f.RequiredString("name"), f.Strings("aliases"), items, f.Strings("keywords"), Quote(f));
    }

    private string Id(YamlFields f, string kind)
    {
        var id = f.RequiredString("id");
        if (id.Length == 0)
            return id;
        if (!IdPattern().IsMatch(id))
            f.Error("id", $"id '{id}' must be lowercase letters, digits and dashes");
        if (!_ids.TryAdd(id, kind))
            f.Error("id", $"duplicate id '{id}' (already used by a {_ids[id]})");
        else
            _ids[id] = kind;
        return id;
    }

    private string RequiredReference(YamlFields f, string key, string expected)
    {
        var id = f.RequiredString(key);
        if (id.Length > 0)
            Reference(f, key, id, expected);
        return id;
    }

    private IReadOnlyList<string> References(YamlFields f, string key, string expected)
    {
        var ids = f.Strings(key);
        foreach (var id in ids)
            Reference(f, key, id, expected);
        return ids;
    }

    private void Reference(YamlFields f, string key, string id, string expected) => _references.Add((f, key, id, expected));

    private void CheckReferences()
    {
        foreach (var (f, key, id, expected) in _references)
        {
            var found = _ids.TryGetValue(id, out var kind);
            var fits = found && (expected.Contains(kind!, StringComparison.Ordinal));
            if (!found)
                f.Error(key, $"'{key}' refers to '{id}', which is not defined (expected a {expected} id)");
            else if (!fits)
                f.Error(key, $"'{key}' refers to '{id}', which is a {kind}, not a {expected}");
        }
    }

    private static T Enum<T>(YamlFields f, string key, params (string Name, T Value)[] values) where T : struct
    {
        var text = f.RequiredString(key);
        foreach (var (name, value) in values)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        if (text.Length > 0)
            f.Error(key, $"'{key}' must be one of {string.Join(", ", values.Select(v => v.Name).Distinct())}, not '{text}'");
        return values[0].Value;
    }

    private static FactDate? ParseDate(YamlFields f, string key, string text, bool yearInferred)
    {
        var match = DatePattern().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            var valid = month is null or (>= 1 and <= 12) && (day is null || day <= DateTime.DaysInMonth(year, month!.Value) && day >= 1);
            if (valid && year >= 1)
                return new FactDate(year, month, day, yearInferred);
        }
        if (text.Length > 0)
            f.Error(key, $"malformed date '{text}' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return null;
    }

    private Evidence Quote(YamlFields f)
    {
        var quote = f.RequiredString("quote");
        return quote.Length == 0 ? new Evidence(_article.Id, 0, "") : Locate(f, quote);
    }

    private Evidence Locate(YamlFields f, string quote)
    {
        var needle = TextNormalizer.Clean(quote);
        var at = _cleanBlocks.IndexOf(needle, StringComparison.Ordinal);
        if (at >= 0)
        {
            var block = Array.BinarySearch(_blockStarts, at);
            return new Evidence(_article.Id, _blockNumbers[block >= 0 ? block : ~block - 1], quote);
        }
        f.Error("quote", $"quote not found in {_article.FileName}: \"{Shorten(quote)}\"");
        return new Evidence(_article.Id, 0, quote);
    }

    private void IndexBlocks()
    {
        var blocks = _article.Blocks.Where(b => b.Number > 0).ToList();
        var text = new StringBuilder();
        _blockStarts = new int[blocks.Count];
        _blockNumbers = new int[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            _blockStarts[i] = text.Length;
            _blockNumbers[i] = blocks[i].Number;
            text.Append(TextNormalizer.Clean(blocks[i].Text)).Append('\n');
        }
        _cleanBlocks = text.ToString();
    }

    private void CheckHint(YamlFields f, string key, IEnumerable<string> quotes)
    {
        var article = TextNormalizer.Clean(_article.FlatText);
        foreach (var quote in quotes)
        {
            if (!article.Contains(TextNormalizer.Clean(quote), StringComparison.Ordinal))
                f.Error(key, $"'{key}' text not found in {_article.FileName}: \"{Shorten(quote)}\"");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2}))?)?$")]
    private static partial Regex DatePattern();
}
