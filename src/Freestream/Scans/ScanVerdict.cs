namespace Freestream.Scans;

/// <summary>
/// Outcome of one structure-formation criterion at one scan point (König, Merle &amp; Totzauer 2016,
/// arXiv:1609.01289, §4: allowed / marginally allowed / excluded).
/// </summary>
public enum ScanVerdict
{
    /// <summary>Compatible with the stricter reference.</summary>
    Allowed,

    /// <summary>Between the conservative and the strict reference.</summary>
    Marginal,

    /// <summary>Fails even the conservative reference.</summary>
    Excluded,
}
