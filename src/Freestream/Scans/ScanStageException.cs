namespace Freestream.Scans;

/// <summary>A stage of a scan point (production, Boltzmann solver, verdicts) failed; the message names the stage.</summary>
public sealed class ScanStageException : Exception
{
    /// <summary>Wraps the failure of <paramref name="stage"/>.</summary>
    public ScanStageException(string stage, Exception inner)
        : base($"{stage}: {inner?.GetType().Name}: {inner?.Message}", inner)
    {
        Stage = stage;
    }

    /// <summary>The stage that failed.</summary>
    public string Stage { get; }
}
