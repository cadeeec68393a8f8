namespace Freestream.Scans;

/// <summary>How a scan is run (not part of its specification).</summary>
/// <param name="Threads">Points evaluated in parallel, ≥ 1.</param>
/// <param name="Shard">The share of the grid this run computes.</param>
public sealed record ScanRunOptions(int Threads, ScanShard Shard)
{
    /// <summary>
    /// Largest plane run without raising <see cref="MaxPoints"/>: 100 000 points (a 316 × 316 plane). A
    /// scalar-decay point costs seconds of CPU time, so this is days of computing on a workstation, and the
    /// exports (points.csv, maps, report.html) hold every finished point with its f(q) and T²(k) in memory
    /// (≈ 20 kB a point, ≈ 2 GB here); larger planes are meant for shards on a cluster.
    /// </summary>
    public const int DefaultMaxPoints = 100_000;

    /// <summary>Largest number of grid points (|x| × |y|, whole plane, all shards) this run accepts.</summary>
    public int MaxPoints { get; init; } = DefaultMaxPoints;

    /// <summary>All cores, whole grid.</summary>
    public static ScanRunOptions Default { get; } = new(Environment.ProcessorCount, ScanShard.All);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for threads outside [1, 1024] or a bad shard.</summary>
    public ScanRunOptions Validated()
    {
        if (Threads < 1 || Threads > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, $"threads: must lie in [1, 1024], got {Threads}");
        }

        if (MaxPoints < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPoints), MaxPoints, $"max_points: must be >= 1, got {MaxPoints}");
        }

        Shard.Validated();
        return this;
    }

    /// <summary>Refuses a plane of more than <see cref="MaxPoints"/> points, before any work is done.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The plane is larger than the limit (the message says how to raise it).</exception>
    public void CheckPointLimit(ScanSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.PointCount > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPoints), specification.PointCount, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"--max-points: the plane has {specification.X.Count} × {specification.Y.Count} = {specification.PointCount} points, more than the limit of {MaxPoints}; raise it with --max-points {specification.PointCount} (or fewer points per axis, or shards)"));
        }
    }
}
