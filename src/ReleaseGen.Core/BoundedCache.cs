using System.Collections.Concurrent;

namespace ReleaseGen;

/// <summary>
/// A process-wide cache of values a batch makes again and again from the same inputs (parsed templates,
/// patterns, scans of shared templates), bounded so a long-lived process does not grow without end: when
/// full it starts again. Thread-safe; racing threads may each make a value, and one of them is kept.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    /// <summary>The keys held now (for tests of what the cache keeps).</summary>
    public ICollection<TKey> Keys => _entries.Keys;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_entries.TryGetValue(key, out var known)) return known;
        var made = make(key);
        if (_entries.Count >= capacity) _entries.Clear();
        return _entries.GetOrAdd(key, made);
    }
}
