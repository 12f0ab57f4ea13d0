namespace ReleaseGen.Diff;

/// <summary>Whether a piece of text is in both versions, only the old one, or only the new one.</summary>
public enum SegmentKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of text and what happened to it.</summary>
public sealed record Segment(SegmentKind Kind, string Text);

/// <summary>Word-level comparison of two texts.</summary>
public static class WordDiff
{
    /// <summary>
    /// Compares two texts token by token (see <see cref="WordTokenizer"/>). Deletions come before
    /// insertions within a change; white space between two changes joins them into one.
    /// </summary>
    public static IReadOnlyList<Segment> Compare(string oldText, string newText, long maxCells = 0)
    {
        var oldTokens = WordTokenizer.Tokenize(oldText);
        var newTokens = WordTokenizer.Tokenize(newText);
        var runs = SequenceDiff.Align(oldTokens, newTokens, maxCells).ToList();

        // A run of white space between two changes belongs to the change: "a b" -> "c d" is one edit, not two.
        for (var i = 1; i < runs.Count - 1; i++)
        {
            var run = runs[i];
            if (run.Equal && !runs[i - 1].Equal && !runs[i + 1].Equal
                && Enumerable.Range(run.OldStart, run.OldCount).All(k => string.IsNullOrWhiteSpace(oldTokens[k])))
            {
                runs[i] = run with { Equal = false };
            }
        }

        var segments = new List<Segment>();
        var pendingDeleted = new System.Text.StringBuilder();
        var pendingInserted = new System.Text.StringBuilder();
        void Flush()
        {
            if (pendingDeleted.Length > 0) Add(segments, SegmentKind.Deleted, pendingDeleted.ToString());
            if (pendingInserted.Length > 0) Add(segments, SegmentKind.Inserted, pendingInserted.ToString());
            pendingDeleted.Clear();
            pendingInserted.Clear();
        }
        foreach (var run in runs)
        {
            if (run.Equal)
            {
                Flush();
                Add(segments, SegmentKind.Same, string.Concat(oldTokens.Skip(run.OldStart).Take(run.OldCount)));
            }
            else
            {
                pendingDeleted.Append(string.Concat(oldTokens.Skip(run.OldStart).Take(run.OldCount)));
                pendingInserted.Append(string.Concat(newTokens.Skip(run.NewStart).Take(run.NewCount)));
            }
        }
        Flush();
        return segments;
    }

    private static void Add(List<Segment> segments, SegmentKind kind, string text)
    {
        if (text.Length == 0) return;
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = new Segment(kind, segments[^1].Text + text);
        else segments.Add(new Segment(kind, text));
    }

    public static bool HasChanges(IEnumerable<Segment> segments) => segments.Any(s => s.Kind != SegmentKind.Same);
}
