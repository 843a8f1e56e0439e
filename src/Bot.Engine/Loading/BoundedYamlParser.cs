using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bot.Engine.Loading;

/// <summary>
/// Passes YAML parsing events through while refusing what would make loading blow up: nesting deeper
/// than <see cref="MaxDepth"/> (building the node tree recurses once per level) and aliases that expand
/// to more than <see cref="MaxAliasedNodes"/> nodes in all (an "alias bomb" is small on disk but huge
/// once every alias is followed, e.g. when a key is hashed). Depth counts what aliases expand to as well.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    /// <summary>Annotations nest four or five levels; this leaves ample room.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reusing a list with an alias is fine; expanding one into a whole file's worth of nodes is not.</summary>
    public const int MaxAliasedNodes = 100_000;

    /// <summary>What a finished anchored node expands to: its node count and its depth in collections.</summary>
    private readonly record struct Extent(long Nodes, int Depth);

    /// <summary>An open collection: its anchor (if any), and the extent of what it holds so far.</summary>
    private sealed class Open(string? anchor)
    {
        public string? Anchor { get; } = anchor;
        public long Nodes { get; set; } = 1;
        public int ChildDepth { get; set; }
    }

    private readonly List<Open> _open = [];
    private readonly Dictionary<string, Extent> _anchors = new(StringComparer.Ordinal);
    private long _aliasedNodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!InnerMoveNext())
            return false;
        switch (inner.Current)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case NodeEvent { Anchor.IsEmpty: false } node:
                // An anchor being (re)defined cannot be aliased from inside itself.
                _anchors.Remove(node.Anchor.Value);
                break;
        }
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= MaxDepth)
                    throw Refuse($"the YAML is nested more than {MaxDepth} levels deep");
                _open.Add(new Open(((NodeEvent)inner.Current).Anchor is { IsEmpty: false } anchor ? anchor.Value : null));
                break;
            case MappingEnd or SequenceEnd:
                var closed = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                Finish(closed.Anchor, new Extent(closed.Nodes, closed.ChildDepth + 1));
                break;
            case Scalar scalar:
                Finish(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, new Extent(1, 0));
                break;
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var extent))
                    throw Refuse($"alias *{alias.Value.Value} refers to no anchor defined before it (an alias cannot point into the node that holds it)");
                _aliasedNodes += extent.Nodes;
                if (_aliasedNodes > MaxAliasedNodes)
                    throw Refuse($"aliases expand to more than {MaxAliasedNodes} nodes; write the values out or use fewer aliases");
                if (_open.Count + extent.Depth > MaxDepth)
                    throw Refuse($"the YAML is nested more than {MaxDepth} levels deep once alias *{alias.Value.Value} is expanded");
                Finish(null, extent);
                break;
        }
        return true;
    }

    /// <summary>
    /// YamlDotNet's scanner throws InvalidOperationException rather than a YamlException on some malformed
    /// flow collections (a key holding "[a" with the bracket never closed, then another key); that is a
    /// syntax error like any other, reported at the last place the parser read well.
    /// </summary>
    private bool InnerMoveNext()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            var at = inner.Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, "the parser cannot read on after this point (is a [ or { left unclosed?)");
        }
    }

    /// <summary>Adds a finished node to the collection holding it, and remembers its extent under its anchor.</summary>
    private void Finish(string? anchor, Extent extent)
    {
        if (anchor is not null)
            _anchors[anchor] = extent;
        if (_open.Count == 0)
            return;
        var parent = _open[^1];
        parent.Nodes += extent.Nodes;
        parent.ChildDepth = Math.Max(parent.ChildDepth, extent.Depth);
    }

    private YamlLimitException Refuse(string message) => new(inner.Current!.Start, inner.Current.End, message);
}

/// <summary>YAML that is well formed but past the limits the loader accepts.</summary>
internal sealed class YamlLimitException(Mark start, Mark end, string reason) : YamlException(start, end, reason)
{
    /// <summary>The message without the position, which the seed error already gives as its line.</summary>
    public string Reason { get; } = reason;
}
