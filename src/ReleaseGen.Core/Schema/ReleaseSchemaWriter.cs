using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReleaseGen.Schema;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of <c>release.yaml</c> from <see cref="DataFile"/>, for
/// editors (VS Code's YAML extension completes and validates as the user types) and CI. Deterministic:
/// fields in catalogue order, LF line endings, one final newline.
/// </summary>
public static class ReleaseSchemaWriter
{
    public static string Write() => Write(DataFile.Root, "ReleaseGen release data (release.yaml)", id: null, tableRows: true);

    /// <summary>The schema of a series folder's <c>series.yaml</c>.</summary>
    public static string WriteSeries() => Write(DataFile.SeriesRoot, "ReleaseGen series data (series.yaml)", "urn:releasegen:schema:series", tableRows: true);

    /// <summary>The schema of a series folder's <c>ledger.yaml</c>.</summary>
    public static string WriteLedger() => Write(DataFile.LedgerRoot, "ReleaseGen ledger of published figures (ledger.yaml)", "urn:releasegen:schema:ledger", tableRows: false);

    /// <summary>Every schema by the name it is written under in <c>schemas/</c>.</summary>
    public static IReadOnlyList<(string FileName, Func<string> Write)> All { get; } =
    [
        (DataFile.SchemaFileName, Write),
        (DataFile.SeriesSchemaFileName, WriteSeries),
        (DataFile.LedgerSchemaFileName, WriteLedger),
    ];

    private static string Write(FieldSpec root, string title, string? id, bool tableRows)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        };
        // An id keeps schemas apart where a validator registers them by it (the release schema predates ids).
        if (id is not null) schema["$id"] = id;
        schema["title"] = title;
        foreach (var (key, value) in Node(root)) schema[key] = value?.DeepClone();
        if (tableRows) schema["$defs"] = new JsonObject { [DataFile.TableRowRef] = Node(DataFile.TableRow) };
        var json = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return json.Replace("\r\n", "\n") + "\n";
    }

    private static JsonObject Node(FieldSpec spec)
    {
        if (spec.Ref is { } reference) return new JsonObject { ["$ref"] = $"#/$defs/{reference}", ["description"] = spec.Description };
        var node = new JsonObject();
        if (spec.Description.Length > 0) node["description"] = spec.Description;
        switch (spec.Kind)
        {
            case FieldKind.Text:
                node["type"] = "string";
                if (spec.Choices.Count > 0) node["enum"] = new JsonArray(spec.Choices.Select(c => (JsonNode)c).ToArray());
                if (spec.Pattern is { } pattern) node["pattern"] = pattern;
                break;
            case FieldKind.Number:
                node["type"] = "number";
                break;
            case FieldKind.Integer:
                node["type"] = "integer";
                if (spec.Minimum is { } min) node["minimum"] = min;
                if (spec.Maximum is { } max) node["maximum"] = max;
                break;
            case FieldKind.Boolean:
                node["type"] = "boolean";
                break;
            case FieldKind.Object:
                node["type"] = "object";
                var properties = new JsonObject();
                foreach (var field in spec.Fields) properties[field.Name] = Node(field);
                node["properties"] = properties;
                var required = spec.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray();
                if (required.Length > 0) node["required"] = new JsonArray(required);
                node["additionalProperties"] = false;
                break;
            case FieldKind.Map:
                node["type"] = "object";
                if (spec.KeyPattern is { } keyPattern) node["propertyNames"] = new JsonObject { ["pattern"] = keyPattern };
                node["additionalProperties"] = Node(spec.Values!);
                break;
            case FieldKind.List:
                node["type"] = "array";
                node["items"] = Node(spec.Items!);
                break;
            case FieldKind.OneOf:
                node["anyOf"] = new JsonArray(spec.Alternatives.Select(a => (JsonNode)Node(a)).ToArray());
                break;
            case FieldKind.Any:
                break;
        }
        return node;
    }
}
