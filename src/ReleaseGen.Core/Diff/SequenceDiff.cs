using DiffPlex;
using DiffPlex.Model;

namespace ReleaseGen.Diff;

/// <summary>One run of an alignment of two sequences: items only in the old one, only in the new one, or in both.</summary>
/// <param name="OldStart">First old index of the run.</param>
/// <param name="OldCount">Old items in the run (the deleted ones, or the equal ones).</param>
/// <param name="NewStart">First new index of the run.</param>
/// <param name="NewCount">New items in the run (the inserted ones, or the equal ones).</param>
internal readonly record struct DiffRun(bool Equal, int OldStart, int OldCount, int NewStart, int NewCount);

/// <summary>Aligns two sequences of keys with DiffPlex (Myers' algorithm), giving equal runs and change runs in order.</summary>
internal static class SequenceDiff
{
    private const char Separator = '\u001F';

    /// <param name="maxCells">
    /// Bound on the work: when the differing middle (after the common start and end) has more than this
    /// many old-times-new items, it is one change run instead of a word-by-word alignment, so two
    /// unrelated 2 MB paragraphs take linear time (<see cref="Safety.Limits.DiffCells"/>).
    /// </param>
    public static IReadOnlyList<DiffRun> Align(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys, long maxCells = 0)
    {
        var runs = new List<DiffRun>();
        if (oldKeys.Count == 0 || newKeys.Count == 0)
        {
            if (oldKeys.Count + newKeys.Count > 0) runs.Add(new DiffRun(false, 0, oldKeys.Count, 0, newKeys.Count));
            return runs;
        }
        if (maxCells <= 0) maxCells = Safety.Limits.Default.DiffCells;
        var prefix = 0;
        while (prefix < oldKeys.Count && prefix < newKeys.Count && oldKeys[prefix] == newKeys[prefix]) prefix++;
        var suffix = 0;
        while (suffix < oldKeys.Count - prefix && suffix < newKeys.Count - prefix && oldKeys[^(suffix + 1)] == newKeys[^(suffix + 1)]) suffix++;
        if ((long)(oldKeys.Count - prefix - suffix) * (newKeys.Count - prefix - suffix) > maxCells)
        {
            if (prefix > 0) runs.Add(new DiffRun(true, 0, prefix, 0, prefix));
            runs.Add(new DiffRun(false, prefix, oldKeys.Count - prefix - suffix, prefix, newKeys.Count - prefix - suffix));
            if (suffix > 0) runs.Add(new DiffRun(true, oldKeys.Count - suffix, suffix, newKeys.Count - suffix, suffix));
            return runs;
        }
        var result = Differ.Instance.CreateDiffs(Join(oldKeys), Join(newKeys), false, false, PreSplit.Instance);
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > a) runs.Add(new DiffRun(true, a, block.DeleteStartA - a, b, block.DeleteStartA - a));
            runs.Add(new DiffRun(false, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        if (a < oldKeys.Count) runs.Add(new DiffRun(true, a, oldKeys.Count - a, b, newKeys.Count - b));
        return runs;
    }

    // Keys never contain the separator: it is a control character that tokens and block texts exclude.
    private static string Join(IReadOnlyList<string> keys) => string.Join(Separator, keys.Select(k => k.Replace(Separator, ' ')));

    private sealed class PreSplit : IChunker
    {
        public static readonly PreSplit Instance = new();

        public IReadOnlyList<string> Chunk(string str) => str.Split(Separator);
    }
}
