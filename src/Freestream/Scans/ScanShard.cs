using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Scans;

/// <summary>
/// A deterministic 1/n share of a scan grid: shard i of n (1 ≤ i ≤ n) owns the points whose index
/// satisfies index mod n = i − 1. Interleaving spreads cheap and expensive regions of the plane
/// evenly over the jobs of a cluster array.
/// </summary>
/// <param name="Number">Shard number i, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">Number of shards n ≥ 1.</param>
public sealed record ScanShard(int Number, int Count)
{
    /// <summary>The whole grid (shard 1 of 1).</summary>
    public static ScanShard All { get; } = new(1, 1);

    /// <summary>True when this shard owns the point with index <paramref name="pointIndex"/>.</summary>
    public bool Contains(int pointIndex) => pointIndex % Count == Number - 1;

    /// <summary>Parses "i/n" with 1 ≤ i ≤ n.</summary>
    /// <exception cref="FormatException">Not of the form i/n.</exception>
    /// <exception cref="ArgumentOutOfRangeException">i outside [1, n] or n &lt; 1.</exception>
    public static ScanShard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count))
        {
            throw new FormatException($"shard: expected i/n such as 2/8, got {InputEcho.Quote(text)}");
        }

        return new ScanShard(number, count).Validated();
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 1 ≤ i ≤ n.</summary>
    public ScanShard Validated()
    {
        if (Count < 1 || Number < 1 || Number > Count)
        {
            throw new ArgumentOutOfRangeException("shard", $"{Number}/{Count}", string.Create(CultureInfo.InvariantCulture, $"shard: must be i/n with 1 <= i <= n, got {Number}/{Count}"));
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Count}");
}
