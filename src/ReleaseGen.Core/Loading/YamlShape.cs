using ReleaseGen.Diagnostics;
using ReleaseGen.Safety;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReleaseGen.Loading;

/// <summary>
/// Checks a YAML text's shape on its event stream, without building a tree: nesting within
/// <see cref="Limits.YamlDepth"/>, values within <see cref="Limits.YamlNodes"/> counted with every alias
/// expanded (an 8 KB "billion laughs" file expands to billions), and keys that are plain text (a list
/// or mapping as a key). The stream is read iteratively, so a 10,000-level file cannot overflow the stack.
/// </summary>
internal static class YamlShape
{
    private sealed class Open(string? anchor, bool isMapping)
    {
        public string? Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public bool ExpectKey { get; set; } = true;

        public long Size { get; set; } = 1;
    }

    /// <summary>
    /// True when the shape is within the limits; otherwise reports the first problem and returns false.
    /// <paramref name="events"/> are the stream's events, for building the tree without scanning the text
    /// again (scanning is most of the cost of loading); null when the stream could not be read to its end.
    /// </summary>
    /// <remarks>A syntax error stops the check and returns true: the parser that follows reports it with its position.</remarks>
    public static bool Check(string yaml, YamlReader reader, Limits limits, out IReadOnlyList<ParsingEvent>? events)
    {
        events = null;
        var read = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<Open>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var collectionAnchors = new HashSet<string>(StringComparer.Ordinal);
        long expanded = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                read.Add(current);
                switch (current)
                {
                    case Scalar scalar:
                        NodeAt();
                        Add(1, scalar.Anchor);
                        break;
                    case AnchorAlias alias:
                        // An alias inside the node it names makes the data a cycle: every walk over it would never end.
                        if (open.Any(o => o.Anchor == alias.Value.Value))
                            return Fail(alias, $"the alias *{alias.Value.Value} is inside the node &{alias.Value.Value} it names: data cannot contain itself", DiagnosticCodes.InvalidValue);
                        if (open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectKey && collectionAnchors.Contains(alias.Value.Value))
                            return Fail(alias, "a key must be plain text, not an alias of a list or mapping", DiagnosticCodes.WrongType);
                        NodeAt();
                        Add(anchorSizes.GetValueOrDefault(alias.Value.Value, 1), AnchorName.Empty);
                        break;
                    case NodeEvent { } node and (MappingStart or SequenceStart):
                        if (open.TryPeek(out var owner) && owner.IsMapping && owner.ExpectKey)
                            return Fail(node, $"a key must be plain text, not a {(node is MappingStart ? "mapping" : "list")}", DiagnosticCodes.WrongType);
                        NodeAt();
                        if (open.Count + 1 > limits.YamlDepth)
                            return Fail(node, $"the data nests deeper than {limits.Describe("yaml-depth")}");
                        open.Push(new Open(node.Anchor.IsEmpty ? null : node.Anchor.Value, node is MappingStart));
                        expanded++;
                        if (!node.Anchor.IsEmpty) collectionAnchors.Add(node.Anchor.Value);
                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        if (closed.Anchor is not null) anchorSizes[closed.Anchor] = closed.Size;
                        if (open.TryPeek(out var into)) into.Size += closed.Size;
                        break;
                }
                if (expanded > limits.YamlNodes)
                    return Fail(current, $"the data holds more values than {limits.Describe("yaml-nodes")}, counting each alias (*name) as a copy of what it names");
            }
            events = read;
            return true;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return true;
        }

        // A node in a mapping is its key and its value in turn.
        void NodeAt()
        {
            if (open.TryPeek(out var parent) && parent.IsMapping) parent.ExpectKey = !parent.ExpectKey;
        }

        void Add(long size, AnchorName anchor)
        {
            if (!anchor.IsEmpty) anchorSizes[anchor.Value] = size;
            expanded += size;
            if (open.TryPeek(out var parent)) parent.Size += size;
        }

        bool Fail(ParsingEvent at, string message, string code = DiagnosticCodes.LimitExceeded)
        {
            reader.Diagnostics.Error(code, reader.At(at.Start), message);
            return false;
        }
    }

    /// <summary>Replays events read before, as a parser, so the tree is built from them.</summary>
    public sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
