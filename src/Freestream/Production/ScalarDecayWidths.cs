using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Decay widths of the scalar-decay model: S → NN, h → SS, and the Standard-Model widths of an
/// off-shell Higgs of mass √s that enter the s-channel annihilation SS → h* → X.
/// </summary>
/// <remarks>
/// Lagrangian −(y/2) S N̄ᶜN + 2λ(Φ†Φ)S² (docs/physics/scalar_decay.md §1.1, the convention of Merle–Niro–Schmidt,
/// arXiv:1306.3996, and Merle–Totzauer, arXiv:1502.01011); widths from docs/physics/scalar_decay.md §1.3.
/// </remarks>
public static class ScalarDecayWidths
{
    /// <summary>
    /// Γ(S → NN) = (y² m_S / 16π)(1 − 4m_N²/m_S²)^{3/2} for a Majorana N (docs/physics/scalar_decay.md §1.3).
    /// </summary>
    /// <param name="yukawa">Yukawa coupling y.</param>
    /// <param name="scalarMassGeV">m_S in GeV.</param>
    /// <param name="sterileMassGeV">m_N in GeV (0 for the massless limit).</param>
    public static double ScalarToSterile(double yukawa, double scalarMassGeV, double sterileMassGeV = 0)
    {
        double ratio = 2 * sterileMassGeV / scalarMassGeV;
        double beta2 = Math.Max(0, 1 - ratio * ratio);
        return yukawa * yukawa * scalarMassGeV / (16 * Math.PI) * beta2 * Math.Sqrt(beta2);
    }

    /// <summary>
    /// Γ(h → SS) = (λ² v² / 2π m_h) √(1 − 4m_S²/m_h²), zero when 2m_S ≥ m_h (docs/physics/scalar_decay.md §1.3).
    /// </summary>
    public static double HiggsToScalars(double lambda, double scalarMassGeV)
    {
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double v = HiggsSectorParameters.VevGeV;
        double beta2 = 1 - 4 * scalarMassGeV * scalarMassGeV / (mh * mh);
        return beta2 <= 0 ? 0 : lambda * lambda * v * v / (2 * Math.PI * mh) * Math.Sqrt(beta2);
    }

    /// <summary>Γ(h* → f f̄)(√s) = N_c m_f² √s β_f³ / (8π v²), β_f = √(1 − 4m_f²/s), at tree level.</summary>
    /// <remarks>
    /// Used for t t̄ (pole mass). Not for b b̄ and c c̄: with m_q(m_q) and no QCD correction it gives Γ_bb̄ ≈ 4.3 MeV and
    /// Γ_cc̄ ≈ 0.40 MeV at √s = m_h against 2.4 and 0.12 MeV from the LHC Higgs working group; the total width of an
    /// off-shell Higgs is <see cref="StandardModelHiggsWidth"/>.
    /// </remarks>
    public static double OffShellHiggsToFermions(double sqrtS, double fermionMassGeV, int colours)
    {
        double beta2 = 1 - 4 * fermionMassGeV * fermionMassGeV / (sqrtS * sqrtS);
        if (beta2 <= 0)
        {
            return 0;
        }

        double v = HiggsSectorParameters.VevGeV;
        return colours * fermionMassGeV * fermionMassGeV * sqrtS * beta2 * Math.Sqrt(beta2) / (8 * Math.PI * v * v);
    }

    /// <summary>Γ(h* → W⁺W⁻)(√s) = s^{3/2} √(1−4x)(1 − 4x + 12x²)/(16π v²), x = m_W²/s: both W on shell (zero below 2m_W).</summary>
    public static double OffShellHiggsToW(double sqrtS) => OffShellHiggsToVectors(sqrtS, Thermal.PhysicalConstants.WMassGeV, 16 * Math.PI);

    /// <summary>Γ(h* → ZZ)(√s) = s^{3/2} √(1−4x)(1 − 4x + 12x²)/(32π v²), x = m_Z²/s: both Z on shell (zero below 2m_Z).</summary>
    public static double OffShellHiggsToZ(double sqrtS) => OffShellHiggsToVectors(sqrtS, Thermal.PhysicalConstants.ZMassGeV, 32 * Math.PI);

    /// <summary>
    /// Total Standard-Model width of an off-shell Higgs of mass √s (W W and Z Z with both vectors off shell below and
    /// across the thresholds, f f̄ with running quark masses, gg, γγ, Zγ): <see cref="StandardModelHiggsWidth.TotalGeV"/>,
    /// 4.10 MeV at √s = m_h as the LHC Higgs working group.
    /// </summary>
    public static double OffShellHiggsToStandardModel(double sqrtS) => StandardModelHiggsWidth.TotalGeV(sqrtS);

    private static double OffShellHiggsToVectors(double sqrtS, double vectorMassGeV, double denominator)
    {
        double s = sqrtS * sqrtS;
        double x = vectorMassGeV * vectorMassGeV / s;
        if (4 * x >= 1)
        {
            return 0;
        }

        double v = HiggsSectorParameters.VevGeV;
        return s * sqrtS * Math.Sqrt(1 - 4 * x) * (1 - 4 * x + 12 * x * x) / (denominator * v * v);
    }
}
