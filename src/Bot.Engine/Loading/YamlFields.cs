using YamlDotNet.RepresentationModel;

namespace Bot.Engine.Loading;

/// <summary>
/// Typed access to one YAML mapping that reports, with file and line, unknown keys,
/// missing required values and values of the wrong shape.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly List<SeedError> _errors;
    private readonly string _file;

    public YamlFields(YamlNode node, string what, IReadOnlyCollection<string> allowed, string file, List<SeedError> errors)
    {
        _file = file;
        _errors = errors;
        if (node is YamlMappingNode mapping)
        {
            _node = mapping;
            foreach (var key in mapping.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name))
                    Error(key, $"unknown field '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
            }
        }
        else
        {
            _node = new YamlMappingNode();
            Error(node, $"{what} must be a mapping of fields");
        }
        Line = node.Start.Line;
    }

    public long Line { get; }

    public void Error(YamlNode node, string message) => _errors.Add(new SeedError(_file, node.Start.Line, message));

    public void Error(string key, string message) => _errors.Add(new SeedError(_file, LineOf(key), message));

    public long LineOf(string key) => Find(key)?.Start.Line ?? Line;

    public YamlNode? Find(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? OptionalString(string key)
    {
        var value = Find(key);
        if (value is null)
            return null;
        if (value is YamlScalarNode scalar)
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        Error(value, $"'{key}' must be a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && Find(key) is not YamlSequenceNode and not YamlMappingNode)
            Error(key, $"missing required field '{key}'");
        return value ?? "";
    }

    public bool Bool(string key)
    {
        var value = OptionalString(key);
        if (value is null)
            return false;
        if (bool.TryParse(value, out var result))
            return result;
        Error(key, $"'{key}' must be true or false, not '{value}'");
        return false;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode scalar when string.IsNullOrWhiteSpace(scalar.Value):
                return [];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                        list.Add(text.Trim());
                    else
                        Error(item, $"every item of '{key}' must be a non-empty single value");
                }
                return list;
            default:
                Error(value, $"'{key}' must be a list, e.g. [a, b]");
                return [];
        }
    }

    public IEnumerable<YamlNode> Items(string key)
    {
        var value = Find(key);
        if (value is null)
            return [];
        if (value is YamlSequenceNode sequence)
            return sequence.Children;
        Error(value, $"'{key}' must be a list");
        return [];
    }
}
