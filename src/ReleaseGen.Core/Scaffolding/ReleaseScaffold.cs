using ReleaseGen.Loading;
using ReleaseGen.Schema;

namespace ReleaseGen.Scaffolding;

/// <summary>A file a scaffold writes: its name inside the release folder and its text.</summary>
public sealed record ScaffoldFile(string Name, string Text);

/// <summary>
/// A new release folder: <c>release.yaml</c> with every section present and explained, the values to
/// fill in marked <c>TODO</c> (the loader reports each one, with what belongs there), and a starter
/// <c>narrative.md</c>. The data file names the default template set and points editors at the JSON
/// Schema, so they complete and validate as the user types.
/// </summary>
public static class ReleaseScaffold
{
    public const string DefaultTemplate = "production-release";

    /// <summary>
    /// The files for a new release in <paramref name="folder"/>. The data file points at the nearest
    /// <c>schemas/release.schema.json</c> above the folder; when there is none, the schema is written
    /// into the folder and referenced there.
    /// </summary>
    public static IReadOnlyList<ScaffoldFile> Create(string folder)
    {
        var files = new List<ScaffoldFile>();
        var schemaReference = FindSchema(folder);
        if (schemaReference is null)
        {
            files.Add(new ScaffoldFile(DataFile.SchemaFileName, ReleaseSchemaWriter.Write()));
            schemaReference = "./" + DataFile.SchemaFileName;
        }
        files.Insert(0, new ScaffoldFile(ReleaseLoader.DataFileName, DataText(schemaReference)));
        files.Insert(1, new ScaffoldFile("narrative.md", NarrativeText));
        return files;
    }

    /// <summary>The relative path (with forward slashes) from <paramref name="folder"/> to the nearest schemas/release.schema.json above it.</summary>
    public static string? FindSchema(string folder)
    {
        var start = Path.GetFullPath(folder);
        for (var dir = new DirectoryInfo(start).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schemas", DataFile.SchemaFileName);
            if (File.Exists(candidate)) return Path.GetRelativePath(start, candidate).Replace('\\', '/');
        }
        return null;
    }

    public static string DataText(string schemaReference) => $"# yaml-language-server: $schema={schemaReference}\n" + DataBody;

    private const string DataBody = """
        # A new release. Fill in every value marked TODO: 'releasegen check' (or 'build') lists those left,
        # with what belongs in each. Optional fields are shown commented out; remove the '#' to use them.
        # Numbers are written without thousands separators (21273, not 21,273).

        # The company that issues the release.
        issuer:
          name: TODO                        # legal name, as printed: Example Mining Corp.
          short_name: TODO                  # the name in running text: Example
          listings:                         # where the shares trade, printed after the name
            - { exchange: TODO, symbol: TODO }
          headquarters: { city: TODO, region: TODO, country: TODO }   # the city opens the dateline
          # website: www.example.com
          # email: info@example.com
          # fiscal_year_end: "12-31"        # MM-DD, quoted; default 12-31
          disclosure_regimes: [ni-43-101, ni-51-102]   # ni-43-101, ni-51-102, ni-52-112, sk-1300, pslra, edgar
          # annual_report: 40-F             # with pslra: 10-K, 20-F or 40-F, named in the US cautionary note
          about: TODO                       # the "About" paragraph

        # The release: its date, the quarter it reports, and how it is rendered.
        release:
          date: TODO                        # YYYY-MM-DD; also fixes every date inside the outputs
          period: TODO                      # the reporting quarter: 2025-Q2
          template: production-release      # the template set under templates/
          narrative: narrative.md           # the issuer's text, beside this file
          # wire: Business Wire             # Business Wire, PR Newswire, GlobeNewswire, Newsfile, ACCESSWIRE: their own dateline
          # headline_verb: Reports          # the headline's verb (English)
          # period_names: long              # short: "Q2 2025" in headings
          # listing_style: separate         # combined: "(TSX/NYSE American: XYZ)"
          # preliminary: false              # true: the headline and a note say the figures are preliminary
          # locale: en-US                   # en-CA for Canadian spelling
          # subject: Silver Production      # what the headline reports; default Production

        # The metric catalogue: one entry per metric. aggregate says how half-years and years follow from
        # quarters: sum, none (give every period), or { weighted_mean: METRIC } for grades.
        metrics:
          ore_processed: { label: Ore tonnes processed, unit: t, aggregate: sum, better: higher }
          # head_grade_ag: { label: Silver (grams per tonne), unit: g/t, aggregate: { weighted_mean: ore_processed } }
          # silver_oz: { label: Silver (ounces), unit: oz, aggregate: sum, better: higher }

        # Reporting segments (mines, regions) for segment columns; a total metric names its parts with
        # by_segment: { mine_a: mine_a_silver_oz, mine_b: mine_b_silver_oz }.
        segments: {}
          # mine_a: Mine A

        # Figures by period key (2025-Q2, 2025-H1, 2024-Q2 ...), each a mapping of metric: number.
        # A values.csv beside this file (metric,period,value rows) may give them instead.
        values:
          # TODO: use your quarter's key, and add the periods the table shows (the same quarter of the prior
          # year, the year to date and its prior year).
          2025-Q2: { ore_processed: TODO }

        # Table layouts. Columns are periods relative to the reporting quarter (quarter, quarter_prior_year,
        # previous_quarter, ytd, ytd_prior_year, full_year, full_year_prior_year) or period keys, and
        # { change: [quarter_prior_year, quarter] }, { trailing: 5 }, { segment: KEY }, { total: true }.
        tables:
          highlights:
            columns: [quarter, quarter_prior_year, ytd, ytd_prior_year]
            rows:
              - ore_processed
              # - group: "Grade of ore processed:"
              #   rows: [head_grade_ag]

        # Cross-checks for reviewers: a metric should equal an expression of others, within a tolerance.
        reconcile: []
          # - { name: silver in concentrates, expect: silver_oz, equals: "pb_con_t * pb_con_ag / 31.1034768", within: 0.5% }

        # Stated facts that are not in a table; the narrative reads them as facts.NAME.
        facts: {}
          # mine: Example mine
          # guidance: { metric: silver_oz, year: 2025, low: 2000000, high: 2500000 }

        # Coming events: the results date and the conference call.
        events: {}
          # results: { date: 2025-08-07, timing: after the close of markets }
          # call:
          #   at: 2025-08-08T11:00           # local time in the zone below
          #   zone: America/New_York
          #   also: [America/Los_Angeles]
          #   dial_in: { north_america: 1-800-555-0100, international: 1-201-555-0100 }
          #   webcast: https://example.com/webcast
          #   replay: { until: 2025-08-15, dial_in: { north_america: 1-800-555-0101 }, account: "286", conference_id: "396537" }

        # The qualified person who approved the technical information (NI 43-101, S-K 1300).
        qualified_person:
          name: TODO
          designations: [TODO]              # P.Eng., P.Geo.
          title: TODO
          relationship: TODO                # how the person relates to the issuer: an officer of Example

        # Forward-looking statements, each with its material assumptions and risks.
        forward_looking:
          - about: TODO                     # 2025 silver production guidance
            assumptions: [TODO]
            risks: [TODO]

        # Contacts printed at the end of the release.
        contacts:
          - { name: TODO, title: TODO, phone: TODO, email: TODO }

        # Figures restated from an earlier release, each with the reason the release gives.
        restated: []
          # - { metric: ore_processed, period: 2025-Q1, reason: a corrected weighbridge reading }

        # Findings about figures already published (which this release cannot correct), acknowledged:
        # the finding's code, the figure (metric, period, value as published) and why.
        acknowledged: []
          # - { code: RG400, metric: ore_processed, period: 2024-9M, value: 1234, reason: published so in the third-quarter release }

        """;

    public const string NarrativeText = """
        {{~ ## The issuer's narrative for the quarter, in Markdown with Scriban functions. Every figure comes from
           release.yaml through a function (figures.METRIC.PERIOD, num, pct, compare, period, text): never type
           a number that the data has. See docs/templates.md, and examples/ for a complete narrative. ~}}
        {{ include "dateline" }} {{ issuer.name }} {{ text.listings issuer.listings }} processed {{ figures.ore_processed.quarter }} tonnes of ore in the {{ period.name periods.quarter }}, {{ compare.change figures.ore_processed.quarter figures.ore_processed.quarter_prior_year }} than in the {{ period.name periods.quarter_prior_year }}.

        {{ include "highlights" }}

        """;
}
