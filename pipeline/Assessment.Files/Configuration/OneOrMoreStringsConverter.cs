using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Assessment.Files.Configuration;

/// <summary>Reads <see cref="OneOrMoreStrings"/> from a scalar or a flow/block sequence of scalars.</summary>
internal sealed class OneOrMoreStringsConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(OneOrMoreStrings);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (parser.TryConsume<Scalar>(out var single)) return new OneOrMoreStrings([single.Value]);
        var start = parser.Current;
        if (!parser.TryConsume<SequenceStart>(out _))
            throw new YamlException(start!.Start, start.End, "expected a string or a list of strings");
        var values = new List<string>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var item = parser.Current;
            if (!parser.TryConsume<Scalar>(out var scalar))
                throw new YamlException(item!.Start, item.End, "expected a string in this list");
            values.Add(scalar.Value);
        }
        if (values.Count == 0) throw new YamlException(start!.Start, start.End, "the list is empty; give at least one string");
        return new OneOrMoreStrings(values);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("The configuration is only read.");
}
