using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReleaseGen.Diff;
using ReleaseGen.Formats;
using ReleaseGen.Markdown;
using ReleaseGen.Testing;

namespace ReleaseGen.Word.Tests;

/// <summary>The case: the Alexco quarterly silver figure changed from 458,472 to 459,472 in a copy.</summary>
public class DocxRedlineTests
{
    private static readonly RevisionMark Mark = new("Counsel", new DateOnly(2012, 7, 13));

    private static (ReleaseDocument Old, ReleaseDocument New, byte[] Docx) Redline(Func<string, string>? editNarrative = null)
    {
        var copy = Repository.CopyExample("alexco-2012-q2");
        var data = Path.Combine(copy, "release.yaml");
        var yaml = File.ReadAllText(data);
        Assert.Contains("silver_oz: 458472,", yaml);
        File.WriteAllText(data, yaml.Replace("silver_oz: 458472,", "silver_oz: 459472,"));
        if (editNarrative is not null)
        {
            var narrative = Path.Combine(copy, "narrative.md");
            File.WriteAllText(narrative, editNarrative(File.ReadAllText(narrative)));
        }
        var oldDocument = Examples.Document("alexco-2012-q2");
        var newDocument = Examples.BuildPath(copy);
        var docx = DocxRedlineWriter.Write(Diff.Redline.Compare(oldDocument, newDocument), WordDocumentInfo.From(newDocument, FormatOptions.Default), Mark);
        return (oldDocument, newDocument, docx);
    }

    [Fact]
    public void The_changed_figure_is_one_deletion_and_one_insertion_where_it_is_printed_and_nothing_else_changes()
    {
        var (_, _, docx) = Redline();
        using var document = Examples.Open(docx);
        var body = document.MainDocumentPart!.Document.Body!;
        var deletions = body.Descendants<DeletedRun>().ToList();
        var insertions = body.Descendants<InsertedRun>().ToList();
        // The lead paragraph and the highlights table print the quarter's silver; the six months' figure is given, so nothing else moves.
        Assert.Equal(["458,472", "458,472"], deletions.Select(d => string.Concat(d.Descendants<DeletedText>().Select(t => t.Text))));
        Assert.Equal(["459,472", "459,472"], insertions.Select(i => string.Concat(i.Descendants<Text>().Select(t => t.Text))));
        Assert.All(deletions.Select(d => (d.Author!.Value, d.Date!.Value)).Concat(insertions.Select(i => (i.Author!.Value, i.Date!.Value))),
            stamp => Assert.Equal(("Counsel", new DateTime(2012, 7, 13, 0, 0, 0, DateTimeKind.Utc)), (stamp.Item1, stamp.Item2.ToUniversalTime())));
        var cell = insertions[1].Ancestors<TableCell>().Single();
        Assert.Equal("Silver (ounces)", string.Concat(cell.Parent!.Elements<TableCell>().First().Descendants<Text>().Select(t => t.Text)));
        Assert.NotNull(document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<TrackRevisions>());
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public void Accepting_every_change_gives_the_new_release_and_rejecting_every_change_the_old_one()
    {
        // Besides the figure: a paragraph deleted, one added, a word changed.
        var (oldDocument, newDocument, docx) = Redline(narrative =>
        {
            var paragraphs = narrative.Split("\n\n").ToList();
            var dropped = paragraphs.FindIndex(p => p.StartsWith("Engineering and development", StringComparison.Ordinal));
            Assert.True(dropped > 0);
            paragraphs.RemoveAt(dropped);
            paragraphs.Insert(dropped + 2, "Counsel added this paragraph about the mill.");
            return string.Join("\n\n", paragraphs).Replace("lower-grade material", "lower grade material", StringComparison.Ordinal);
        });
        using var document = Examples.Open(docx);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<ParagraphMarkRunProperties>(), p => p.GetFirstChild<Deleted>() is not null);
        Assert.Contains(body.Descendants<ParagraphMarkRunProperties>(), p => p.GetFirstChild<Inserted>() is not null);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));

        Assert.Equal(PlainText.Words(newDocument.Syntax), Revisions.Accepted(body));
        Assert.Equal(PlainText.Words(oldDocument.Syntax), Revisions.Rejected(body));
        Assert.NotEqual(Revisions.Accepted(body), Revisions.Rejected(body));
    }

    [Fact]
    public void The_same_comparison_gives_the_same_bytes()
    {
        var oldDocument = Examples.Document("alexco-2012-q2");
        var newDocument = Examples.Document("alexco-2012-q2");
        var info = WordDocumentInfo.From(newDocument, FormatOptions.Default);
        var redline = Diff.Redline.Compare(oldDocument, newDocument);
        Assert.False(redline.HasDifferences);
        var docx = DocxRedlineWriter.Write(redline, info, Mark);
        Assert.Equal(docx, DocxRedlineWriter.Write(Diff.Redline.Compare(oldDocument, newDocument), info, Mark));
        using var document = Examples.Open(docx);
        Assert.Empty(document.MainDocumentPart!.Document.Body!.Descendants<InsertedRun>());
    }

    /// <summary>Word's Accept All and Reject All, read through the SDK: the words that remain.</summary>
    private static class Revisions
    {
        /// <summary>Accept all: deleted text (<c>w:delText</c>) goes, inserted text stays.</summary>
        public static IReadOnlyList<string> Accepted(Body body) => Words(body, accept: true);

        /// <summary>Reject all: inserted text goes, deleted text comes back.</summary>
        public static IReadOnlyList<string> Rejected(Body body) => Words(body, accept: false);

        private static IReadOnlyList<string> Words(Body body, bool accept)
        {
            var text = new System.Text.StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                text.Append(' ');
                foreach (var element in paragraph.Descendants())
                {
                    var inserted = element.Ancestors<InsertedRun>().Any();
                    switch (element)
                    {
                        case Text t when accept || !inserted: text.Append(t.Text); break;
                        case DeletedText d when !accept: text.Append(d.Text); break;
                        case Break when accept ? !element.Ancestors<DeletedRun>().Any() : !inserted: text.Append(' '); break;
                    }
                }
                text.Append(' ');
            }
            return PlainText.SplitWords(text.ToString());
        }
    }
}
