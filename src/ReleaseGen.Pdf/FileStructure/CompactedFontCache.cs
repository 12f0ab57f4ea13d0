using System.Collections.Concurrent;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// Fonts compacted and compressed for files written before, by the hash of PDFsharp's subset and the glyphs
/// drawn: a batch draws the same three faces with much the same glyphs in every release, and compacting and
/// compressing them took a tenth of the file writer's time. A file gets the same bytes from the cache as without
/// it. Bounded: when full it starts again.
/// </summary>
internal sealed class CompactedFontCache(int capacity = 64)
{
    private readonly ConcurrentDictionary<string, (TrueTypeCompactor.Result Font, byte[] Deflated)> _entries = new(StringComparer.Ordinal);
    private int _hits;

    /// <summary>The one every file of the process uses, unless it is given another (tests).</summary>
    public static CompactedFontCache Shared { get; } = new();

    /// <summary>How many lookups found a font.</summary>
    public int Hits => Volatile.Read(ref _hits);

    public (TrueTypeCompactor.Result Font, byte[] Deflated)? TryGet(string key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        Interlocked.Increment(ref _hits);
        return entry;
    }

    public void Add(string key, TrueTypeCompactor.Result font, byte[] deflated)
    {
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = (font, deflated);
    }
}
