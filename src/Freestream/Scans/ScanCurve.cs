namespace Freestream.Scans;

/// <summary>A named sampled curve: a spectrum f(q), a T²(k) table or a thermal reference.</summary>
/// <param name="Name">Label (legend entry).</param>
/// <param name="X">Abscissae (q = p/T_ν0, or k in h/Mpc), increasing.</param>
/// <param name="Y">Ordinates, as many as <paramref name="X"/>.</param>
public sealed record ScanCurve(string Name, double[] X, double[] Y)
{
    /// <summary>Throws <see cref="ArgumentException"/> unless X and Y have equal length.</summary>
    public ScanCurve Validated()
    {
        if (X.Length != Y.Length)
        {
            throw new ArgumentException($"curve '{Name}': {X.Length} abscissae but {Y.Length} ordinates");
        }

        return this;
    }
}
