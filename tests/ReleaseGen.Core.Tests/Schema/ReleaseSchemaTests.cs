using System.Reflection;
using System.Text.Json;
using Json.Schema;
using ReleaseGen.Loading;
using ReleaseGen.Model;
using ReleaseGen.Periods;
using ReleaseGen.Schema;
using ReleaseGen.Scaffolding;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Schema;

public class ReleaseSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(TestData.RepositoryRoot, "schemas", DataFile.SchemaFileName);

    // Built once: JsonSchema.Net registers every schema it builds, by its base URI, for the whole process.
    private static readonly Lazy<JsonSchema> Built = new(() => JsonSchema.FromText(ReleaseSchemaWriter.Write()));

    private static JsonSchema Schema() => Built.Value;

    private static EvaluationResults Validate(string yaml)
    {
        using var document = JsonDocument.Parse(YamlToJson.Convert(yaml)!.ToJsonString());
        return Schema().Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) => string.Join("\n",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_committed_schema_is_the_one_the_field_catalogue_generates()
    {
        var generated = ReleaseSchemaWriter.Write();
        var committed = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath) : "";
        if (committed != generated && Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(SchemaPath, generated);
            return;
        }
        Assert.True(committed == generated,
            $"schemas/{DataFile.SchemaFileName} is out of date with the loader's field catalogue (Schema/DataFile.cs): regenerate it with 'releasegen schema --out schemas/{DataFile.SchemaFileName}' or {Snapshot.AcceptVariable}=1.");
    }

    [Fact]
    public void Generation_is_deterministic_and_a_valid_draft_2020_12_schema()
    {
        Assert.Equal(ReleaseSchemaWriter.Write(), ReleaseSchemaWriter.Write());
        var schema = Schema();
        Assert.NotNull(schema);
        Assert.DoesNotContain("\r", ReleaseSchemaWriter.Write());
    }

    [Fact]
    public void The_reference_example_is_valid()
    {
        var results = Validate(File.ReadAllText(Path.Combine(TestData.Example("alexco-2012-q2"), "release.yaml")));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_example_points_at_the_schema()
    {
        var firstLine = File.ReadLines(Path.Combine(TestData.Example("alexco-2012-q2"), "release.yaml")).First();
        Assert.Equal("# yaml-language-server: $schema=../../schemas/release.schema.json", firstLine);
        Assert.True(File.Exists(Path.Combine(TestData.Example("alexco-2012-q2"), "../../schemas/release.schema.json")));
    }

    [Theory]
    [InlineData("short_name: Alexco", "shortname: Alexco", "RG103")]
    [InlineData("date: 2012-07-16", "date: July 16", "RG106")]
    [InlineData("{ label: Ore tonnes mined, unit: t, aggregate: sum,", "{ label: Ore tonnes mined, unit: t, aggregate: total,", "RG106")]
    [InlineData("ore_mined: 21273,", "ore_mined: lots,", "RG101")]
    [InlineData("  2011-H1:", "  2011-S1:", "RG105")]
    [InlineData("columns: [quarter, quarter_prior_year, ytd, ytd_prior_year]", "columns: [quarter, last_year]", "RG105")]
    [InlineData("  - { name: Clynton R. Nauman,", "  - { nme: Clynton R. Nauman,", "RG103")]
    public void Schema_and_loader_reject_the_same_mistakes(string from, string to, string loaderCode)
    {
        var yaml = File.ReadAllText(Path.Combine(TestData.Example("alexco-2012-q2"), "release.yaml"));
        Assert.Contains(from, yaml);
        var broken = yaml.Replace(from, to);
        Assert.False(Validate(broken).IsValid);
        var loaded = ReleaseLoader.LoadText(TestData.Example("alexco-2012-q2"), "release.yaml", broken);
        Assert.Contains(loaded.Diagnostics, d => d.Code == loaderCode);
    }

    [Fact]
    public void A_scaffold_with_its_placeholders_filled_in_is_valid()
    {
        var yaml = ReleaseScaffold.DataText("x.json");
        Assert.False(Validate(yaml).IsValid); // a TODO where a number belongs is flagged in the editor too
        var filled = yaml
            .Replace("date: TODO", "date: 2025-07-15")
            .Replace("period: TODO", "period: 2025-Q2")
            .Replace("ore_processed: TODO", "ore_processed: 100")
            .Replace("TODO", "Text");
        var results = Validate(filled);
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("2012-Q2")]
    [InlineData("2012-H1")]
    [InlineData("2012-6M")]
    [InlineData("2012-9M")]
    [InlineData("2012-12M")]
    [InlineData("2012-FY")]
    [InlineData("2012-Q5")]
    [InlineData("2012-Q6")]
    [InlineData("2012-T15")]
    [InlineData("2012-T24")]
    [InlineData("2012-H2")]
    [InlineData("12-Q1")]
    [InlineData("2012-q1")]
    [InlineData("2012-7M")]
    public void The_period_key_pattern_agrees_with_the_parser(string key) =>
        Assert.Equal(PeriodKey.TryParse(key, out _), System.Text.RegularExpressions.Regex.IsMatch(key, DataFile.PeriodKeyPattern));

    /// <summary>
    /// Every property of the model records the data file fills has a field in the catalogue (snake_case),
    /// unless listed here as computed or renamed: a property added to the model without a field fails.
    /// </summary>
    [Theory]
    [InlineData(typeof(Issuer), "issuer", "")]
    [InlineData(typeof(Listing), "listing", "")]
    [InlineData(typeof(Place), "headquarters", "")]
    [InlineData(typeof(ReleaseInfo), "release", "PeriodKey=period PeriodLocation=")]
    [InlineData(typeof(Metric), "metric", "Key= Location= Aggregation=aggregate Polarity=better NonGaap=non_gaap")]
    [InlineData(typeof(TableLayout), "table", "Name= Location=")]
    [InlineData(typeof(MetricRow), "metric row", "MetricKey=metric Location=")]
    [InlineData(typeof(GroupRow), "group row", "Label=group Location=")]
    [InlineData(typeof(Reconciliation), "reconciliation", "Expression=equals Tolerance=within Location=")]
    [InlineData(typeof(ResultsEvent), "results", "")]
    [InlineData(typeof(ConferenceCall), "call", "LocalStart=at AlsoZones=also")]
    [InlineData(typeof(Replay), "replay", "")]
    [InlineData(typeof(Events), "events", "")]
    [InlineData(typeof(QualifiedPerson), "qualified_person", "Location=")]
    [InlineData(typeof(ForwardLookingStatement), "forward-looking statement", "Location=")]
    [InlineData(typeof(Contact), "contact", "")]
    public void Every_model_property_has_a_field_in_the_catalogue(Type model, string specName, string renames)
    {
        var spec = AllObjects().Single(s => s.Name == specName);
        var map = renames.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('=')).ToDictionary(r => r[0], r => r[1]);
        var parameters = model.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
        foreach (var parameter in parameters)
        {
            var field = map.TryGetValue(parameter.Name!, out var renamed) ? renamed : Snake(parameter.Name!);
            if (field.Length == 0) continue;
            Assert.True(spec.Keys.Contains(field), $"{model.Name}.{parameter.Name} has no field '{field}' in DataFile.{specName} ({string.Join(", ", spec.Keys)})");
        }
    }

    [Fact]
    public void Every_top_level_section_reads_into_ReleaseData()
    {
        var properties = typeof(ReleaseData).GetProperties().Select(p => Snake(p.Name)).ToHashSet();
        var renamed = new Dictionary<string, string> { ["release"] = "release", ["reconcile"] = "reconciliations", ["restated"] = "restatements", ["acknowledged"] = "acknowledgements", ["qualified_person"] = "qualified_person" };
        foreach (var key in DataFile.Root.Keys)
            Assert.Contains(renamed.GetValueOrDefault(key, key), properties);
    }

    private static IEnumerable<FieldSpec> AllObjects()
    {
        var stack = new Stack<FieldSpec>([DataFile.Root, DataFile.TableRow]);
        var seen = new HashSet<FieldSpec>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var spec = stack.Pop();
            if (!seen.Add(spec)) continue;
            if (spec.Kind == FieldKind.Object) yield return spec;
            foreach (var child in spec.Fields.Concat(spec.Alternatives).Append(spec.Items).Append(spec.Values).OfType<FieldSpec>()) stack.Push(child);
        }
    }

    private static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

/// <summary>The schemas of a series folder's series.yaml and ledger.yaml.</summary>
public class SeriesSchemaTests
{
    private static readonly Lazy<JsonSchema> Series = new(() => JsonSchema.FromText(ReleaseSchemaWriter.WriteSeries()));
    private static readonly Lazy<JsonSchema> Ledger = new(() => JsonSchema.FromText(ReleaseSchemaWriter.WriteLedger()));

    private static EvaluationResults Validate(JsonSchema schema, string yaml)
    {
        using var document = JsonDocument.Parse(YamlToJson.Convert(yaml)!.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Theory]
    [InlineData("series.schema.json")]
    [InlineData("ledger.schema.json")]
    public void The_committed_schemas_are_the_ones_the_field_catalogue_generates(string fileName)
    {
        var generated = ReleaseSchemaWriter.All.Single(s => s.FileName == fileName).Write();
        var path = Path.Combine(TestData.RepositoryRoot, "schemas", fileName);
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        if (committed != generated && Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(path, generated);
            return;
        }
        Assert.True(committed == generated, $"schemas/{fileName} is out of date: regenerate it with 'releasegen schema --for {fileName.Split('.')[0]} --out schemas/{fileName}' or {Snapshot.AcceptVariable}=1.");
    }

    [Theory]
    [InlineData("us-gold-series")]
    [InlineData("transition-series")]
    public void The_example_series_files_are_valid(string example)
    {
        var folder = TestData.Example(example);
        var series = Validate(Series.Value, File.ReadAllText(Path.Combine(folder, "series.yaml")));
        Assert.True(series.IsValid);
    }

    [Fact]
    public void A_series_file_may_not_hold_one_releases_sections_and_a_ledger_names_periods()
    {
        Assert.False(Validate(Series.Value, "release: { date: 2024-01-01, period: 2024-Q1 }\n").IsValid);
        const string Issuer = "issuer: { name: X Corp., headquarters: { city: Reno }, fiscal_year_end: \"03-31\", fiscal_transition: ";
        Assert.False(Validate(Series.Value, Issuer + "2012-Q3 }\n").IsValid);
        Assert.True(Validate(Series.Value, Issuer + "2012-T15 }\n").IsValid);
        Assert.True(Validate(Ledger.Value, "2023-Q3: { total_au_oz: 30881 }\n2012-T15: { total_au_oz: 1 }\n").IsValid);
        Assert.False(Validate(Ledger.Value, "2023-Q7: { total_au_oz: 30881 }\n").IsValid);
        Assert.False(Validate(Ledger.Value, "2023-Q3: { total_au_oz: lots }\n").IsValid);
    }
}
