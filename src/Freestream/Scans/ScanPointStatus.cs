namespace Freestream.Scans;

/// <summary>Whether a scan point was computed.</summary>
public enum ScanPointStatus
{
    /// <summary>Every stage finished.</summary>
    Ok,

    /// <summary>A stage threw; the message is kept in <see cref="ScanPointResult.Error"/>.</summary>
    Failed,
}
