using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Assessment.Files.Configuration;

/// <summary>
/// Refuses a YAML document in which a mapping repeats a key, at any depth. YAML readers keep only the last of the
/// two silently, so a second <c>classification:</c> further down a file would quietly replace the first.
/// </summary>
internal static class YamlDuplicateKeys
{
    /// <summary>Walks the document's parse events and throws at the first repeated key.</summary>
    /// <param name="yaml">The document's text.</param>
    /// <param name="source">The file's path, for the message.</param>
    /// <exception cref="ConfigurationException">A key appears twice in one mapping; the message names the file, the key, where it sits and both lines (1-based).</exception>
    /// <exception cref="YamlException">The text is not valid YAML (the caller reports it with line and column).</exception>
    public static void Check(string yaml, string source)
    {
        var parser = new Parser(new StringReader(yaml));
        var frames = new Stack<Frame>();
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart start:
                    frames.Push(new Frame(IsMapping: true, Path: Enter(frames, start, null, source)));
                    break;
                case SequenceStart start:
                    frames.Push(new Frame(IsMapping: false, Path: Enter(frames, start, null, source)));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
                case Scalar scalar:
                    Enter(frames, scalar, scalar.Value, source);
                    break;
                case AnchorAlias alias:
                    Enter(frames, alias, null, source);
                    break;
            }
        }
    }

    /// <summary>Records a node in its parent mapping (as a key or as the value after one); returns the node's path for nested keys.</summary>
    private static string Enter(Stack<Frame> frames, ParsingEvent node, string? keyText, string source)
    {
        if (!frames.TryPeek(out var parent)) return "";
        if (!parent.IsMapping) return parent.Path + "[]";
        if (!parent.ExpectingKey)
        {
            parent.ExpectingKey = true;
            return parent.Path.Length == 0 ? parent.LastKey : $"{parent.Path}.{parent.LastKey}";
        }
        parent.ExpectingKey = false;
        parent.LastKey = keyText ?? "";
        if (keyText is null) return parent.Path;
        var line = node.Start.Line;
        if (parent.Keys.TryGetValue(keyText, out var firstLine))
        {
            var where = parent.Path.Length == 0 ? "at the top level" : $"under {parent.Path}";
            throw new ConfigurationException(
                $"{source}, lines {firstLine} and {line}: the key \"{keyText}\" is given twice {where}. " +
                "YAML would silently keep only the second; remove the one you don't mean.");
        }
        parent.Keys.Add(keyText, line);
        return parent.Path;
    }

    private sealed record Frame(bool IsMapping, string Path)
    {
        public Dictionary<string, long> Keys { get; } = new(StringComparer.Ordinal);

        public bool ExpectingKey { get; set; } = true;

        public string LastKey { get; set; } = "";
    }
}
