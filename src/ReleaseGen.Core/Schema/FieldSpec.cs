namespace ReleaseGen.Schema;

/// <summary>The kinds of value a field of the data file holds.</summary>
public enum FieldKind
{
    Text,
    Number,
    Integer,
    Boolean,

    /// <summary>A mapping with the named <see cref="FieldSpec.Fields"/> and no others.</summary>
    Object,

    /// <summary>A mapping whose keys the user chooses (metric keys, period keys); each value is <see cref="FieldSpec.Values"/>.</summary>
    Map,

    /// <summary>A list of <see cref="FieldSpec.Items"/>.</summary>
    List,

    /// <summary>Any YAML value (free-form facts).</summary>
    Any,

    /// <summary>One of several shapes (<see cref="FieldSpec.Alternatives"/>): "sum" or { weighted_mean: ... }.</summary>
    OneOf,
}

/// <summary>
/// One field of the release data file: its name, kind, whether it is required, and what it means. The
/// loader takes its allowed keys from these, the JSON Schema is generated from them, and the messages
/// for fields left as TODO quote their descriptions, so the three cannot drift apart.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, string Description)
{
    public bool Required { get; init; }

    /// <summary>The fields of an <see cref="FieldKind.Object"/>, in the order the loader lists them.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    /// <summary>The element of a <see cref="FieldKind.List"/>.</summary>
    public FieldSpec? Items { get; init; }

    /// <summary>The value of a <see cref="FieldKind.Map"/>.</summary>
    public FieldSpec? Values { get; init; }

    /// <summary>A regular expression every key of a <see cref="FieldKind.Map"/> matches.</summary>
    public string? KeyPattern { get; init; }

    /// <summary>The shapes of a <see cref="FieldKind.OneOf"/>.</summary>
    public IReadOnlyList<FieldSpec> Alternatives { get; init; } = [];

    /// <summary>The only values a text field may take.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A regular expression a text field matches.</summary>
    public string? Pattern { get; init; }

    /// <summary>The name of a shared definition this field stands for (a table row inside a group row is a table row again).</summary>
    public string? Ref { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>The allowed keys of an object, in order: what the loader accepts and lists in its messages.</summary>
    public string[] Keys => Fields.Select(f => f.Name).ToArray();

    /// <summary>The field named <paramref name="name"/> of this object.</summary>
    public FieldSpec Field(string name) => Fields.FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"'{Name}' has no field '{name}'", nameof(name));
}
