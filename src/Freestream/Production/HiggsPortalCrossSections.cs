using System.Numerics;
using MathNet.Numerics.Integration;

namespace Freestream.Production;

/// <summary>
/// Reduced cross sections Ŝ(s) ≡ 4Fσ = ∫|M|² dΦ₂ (final-state symmetry factors included, summed over
/// final states) of SS → X for the Higgs portal 2λ(Φ†Φ)S² (docs/physics/scalar_decay.md §3.2).
/// σ(s) = Ŝ/(2√(s(s − 4m_S²))).
/// </summary>
public static class HiggsPortalCrossSections
{
    private static readonly GaussLegendreRule CosineRule = new(-1, 1, 24);
    private static readonly double[] CosineNodes = CosineRule.Abscissas;
    private static readonly double[] CosineWeights = CosineRule.Weights;

    /// <summary>
    /// Symmetric phase (T &gt; T_EW), SS → ΦΦ into the four massless real doublet components:
    /// Ŝ_I = 4λ²/π (docs/physics/scalar_decay.md §3.2, regime I).
    /// </summary>
    public static double SymmetricPhase(double lambda) => 4 * lambda * lambda / Math.PI;

    /// <summary>
    /// s-channel Higgs into a Standard-Model final state X of off-shell width Γ_X(√s):
    /// Ŝ_X = 32λ²v²√s Γ_X(√s)/[(s − m_h²)² + m_h²Γ_h²] (docs/physics/scalar_decay.md §3.2).
    /// </summary>
    /// <param name="s">Mandelstam s in GeV².</param>
    /// <param name="lambda">Portal coupling λ.</param>
    /// <param name="offShellWidthGeV">Γ_X(√s) in GeV.</param>
    /// <param name="higgsWidthGeV">Total Higgs width Γ_h in GeV used in the propagator.</param>
    public static double ViaHiggs(double s, double lambda, double offShellWidthGeV, double higgsWidthGeV)
    {
        double v = HiggsSectorParameters.VevGeV;
        return 32 * lambda * lambda * v * v * Math.Sqrt(s) * offShellWidthGeV * HiggsPropagatorSquared(s, higgsWidthGeV);
    }

    /// <summary>|1/(s − m_h² + i m_hΓ_h)|² in GeV⁻⁴.</summary>
    public static double HiggsPropagatorSquared(double s, double higgsWidthGeV)
    {
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double d = s - mh * mh;
        double g = mh * higgsWidthGeV;
        return 1 / (d * d + g * g);
    }

    /// <summary>
    /// SS → hh with contact, s-channel Higgs and t/u-channel S exchange:
    /// M = −4iλ[1 + 3m_h²/(s − m_h² + i m_hΓ_h) + 4λv²(1/(t − m_S²) + 1/(u − m_S²))],
    /// Ŝ_hh = (β_h/16π)·½∫d cosθ |M|² (docs/physics/scalar_decay.md §3.2).
    /// </summary>
    public static double ToHiggsPair(double s, double lambda, double scalarMassGeV, double higgsWidthGeV)
    {
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double v = HiggsSectorParameters.VevGeV;
        double mS2 = scalarMassGeV * scalarMassGeV;
        double betaH2 = 1 - 4 * mh * mh / s;
        double betaS2 = 1 - 4 * mS2 / s;
        if (betaH2 <= 0 || betaS2 <= 0)
        {
            return 0;
        }

        double betaH = Math.Sqrt(betaH2);
        double betaS = Math.Sqrt(betaS2);
        var schannel = 3 * mh * mh / new Complex(s - mh * mh, mh * higgsWidthGeV);
        var constant = 1 + schannel;
        double exchange = 4 * lambda * v * v;
        double tCentre = mS2 + mh * mh - s / 2;
        double tHalfWidth = s / 2 * betaS * betaH;
        double average = 0;
        for (int i = 0; i < CosineNodes.Length; i++)
        {
            double c = CosineNodes[i];
            double t = tCentre + tHalfWidth * c;
            double u = tCentre - tHalfWidth * c;
            var bracket = constant + exchange * (1 / (t - mS2) + 1 / (u - mS2));
            average += CosineWeights[i] * (bracket.Real * bracket.Real + bracket.Imaginary * bracket.Imaginary);
        }

        return betaH / (16 * Math.PI) * 16 * lambda * lambda * average / 2;
    }

    /// <summary>
    /// Broken phase (T &lt; T_EW): Ŝ_II = Σ_X Ŝ_X (W⁺W⁻, ZZ, tt̄, bb̄, cc̄, τ⁺τ⁻) + Ŝ_hh.
    /// Tends to 4λ²/π = Ŝ_I as s → ∞ (Goldstone equivalence, docs/physics/scalar_decay.md U10).
    /// </summary>
    public static double BrokenPhase(double s, double lambda, double scalarMassGeV, double higgsWidthGeV)
    {
        if (s <= 4 * scalarMassGeV * scalarMassGeV)
        {
            return 0;
        }

        double sqrtS = Math.Sqrt(s);
        return ViaHiggs(s, lambda, ScalarDecayWidths.OffShellHiggsToStandardModel(sqrtS), higgsWidthGeV)
            + ToHiggsPair(s, lambda, scalarMassGeV, higgsWidthGeV);
    }
}
