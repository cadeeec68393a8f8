namespace Freestream.Scans;

/// <summary>How a scan is run (not part of its specification).</summary>
/// <param name="Threads">Points evaluated in parallel, ≥ 1.</param>
/// <param name="Shard">The share of the grid this run computes.</param>
public sealed record ScanRunOptions(int Threads, ScanShard Shard)
{
    /// <summary>All cores, whole grid.</summary>
    public static ScanRunOptions Default { get; } = new(Environment.ProcessorCount, ScanShard.All);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for threads outside [1, 1024] or a bad shard.</summary>
    public ScanRunOptions Validated()
    {
        if (Threads < 1 || Threads > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, $"threads: must lie in [1, 1024], got {Threads}");
        }

        Shard.Validated();
        return this;
    }
}
