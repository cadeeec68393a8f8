namespace Freestream.Production;

/// <summary>
/// Logarithmic grid of the comoving momentum ξ = (g*s(T_ref)/g*s(T))^{1/3} p/T (docs/physics/scalar_decay.md §2).
/// Node i carries the cell [ξ_i e^{−Δ/2}, ξ_i e^{+Δ/2}] and the weight V_i = ξ_i³Δ, so that
/// ∫ξ² f dξ ≈ Σ V_i f_i (trapezoid rule in ln ξ, spectrally accurate for smooth f).
/// The scalar S lives on a sub-range of the nodes.
/// </summary>
internal sealed class ComovingMomentumGrid
{
    public ComovingMomentumGrid(int pointsPerDecade, double minXi, double maxXi, double scalarMinXi, double scalarMaxXi)
    {
        LogStep = Math.Log(10) / pointsPerDecade;
        int n = (int)Math.Ceiling(Math.Log(maxXi / minXi) / LogStep) + 1;
        Xi = new double[n];
        Weight = new double[n];
        for (int i = 0; i < n; i++)
        {
            Xi[i] = minXi * Math.Exp(i * LogStep);
            Weight[i] = Xi[i] * Xi[i] * Xi[i] * LogStep;
        }

        ScalarStart = Math.Max(0, (int)Math.Floor(Math.Log(scalarMinXi / minXi) / LogStep));
        int scalarEnd = Math.Min(n - 1, (int)Math.Ceiling(Math.Log(scalarMaxXi / minXi) / LogStep));
        ScalarCount = scalarEnd - ScalarStart + 1;
    }

    /// <summary>Step Δ in ln ξ.</summary>
    public double LogStep { get; }

    /// <summary>Nodes ξ_i.</summary>
    public double[] Xi { get; }

    /// <summary>Quadrature weights V_i = ξ_i³Δ of ∫ξ² f dξ.</summary>
    public double[] Weight { get; }

    /// <summary>First node of the S grid.</summary>
    public int ScalarStart { get; }

    /// <summary>Number of S nodes.</summary>
    public int ScalarCount { get; }

    /// <summary>Lower edge of cell i.</summary>
    public double LowerEdge(int i) => Xi[i] * Math.Exp(-0.5 * LogStep);

    /// <summary>Index of the cell containing ξ (may be −1 or ≥ Length when ξ is outside the grid).</summary>
    public int CellOf(double xi) => (int)Math.Floor(Math.Log(xi / Xi[0]) / LogStep + 0.5);
}
