using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Decay widths of the scalar-decay model: S → NN, h → SS, and the Standard-Model widths of an
/// off-shell Higgs of mass √s that enter the s-channel annihilation SS → h* → X.
/// </summary>
/// <remarks>
/// Lagrangian −(y/2) S N̄ᶜN + 2λ(Φ†Φ)S² (scalar_decay.md §1.1, the convention of Merle–Niro–Schmidt,
/// arXiv:1306.3996, and Merle–Totzauer, arXiv:1502.01011); widths from scalar_decay.md §1.3.
/// </remarks>
public static class ScalarDecayWidths
{
    /// <summary>
    /// Γ(S → NN) = (y² m_S / 16π)(1 − 4m_N²/m_S²)^{3/2} for a Majorana N (scalar_decay.md §1.3).
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
    /// Γ(h → SS) = (λ² v² / 2π m_h) √(1 − 4m_S²/m_h²), zero when 2m_S ≥ m_h (scalar_decay.md §1.3).
    /// </summary>
    public static double HiggsToScalars(double lambda, double scalarMassGeV)
    {
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double v = HiggsSectorParameters.VevGeV;
        double beta2 = 1 - 4 * scalarMassGeV * scalarMassGeV / (mh * mh);
        return beta2 <= 0 ? 0 : lambda * lambda * v * v / (2 * Math.PI * mh) * Math.Sqrt(beta2);
    }

    /// <summary>Γ(h* → f f̄)(√s) = N_c m_f² √s β_f³ / (8π v²), β_f = √(1 − 4m_f²/s).</summary>
    /// <remarks>
    /// Tree level with the masses of scalar_decay.md §1 (m_b = 4.18, m_c = 1.27 GeV, i.e. m_q(m_q)), as the physics note
    /// prescribes. Known limitation: QCD running to √s ≈ m_h (m_b(m_h) ≈ 2.8 GeV) and the QCD corrections are left out, so at
    /// √s = m_h this gives Γ_bb̄ ≈ 4.3 MeV and Γ_cc̄ ≈ 0.40 MeV against 2.4 and 0.12 MeV from the LHC Higgs working group
    /// (Yellow Report 4: BR 0.581 and 0.029 of Γ_h = 4.09 MeV); it matters only for SS → h* → f f̄ below the pole.
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

    /// <summary>Γ(h* → W⁺W⁻)(√s) = s^{3/2} √(1−4x)(1 − 4x + 12x²)/(16π v²), x = m_W²/s.</summary>
    public static double OffShellHiggsToW(double sqrtS) => OffShellHiggsToVectors(sqrtS, Thermal.PhysicalConstants.WMassGeV, 16 * Math.PI);

    /// <summary>Γ(h* → ZZ)(√s) = s^{3/2} √(1−4x)(1 − 4x + 12x²)/(32π v²), x = m_Z²/s.</summary>
    public static double OffShellHiggsToZ(double sqrtS) => OffShellHiggsToVectors(sqrtS, Thermal.PhysicalConstants.ZMassGeV, 32 * Math.PI);

    /// <summary>Sum of the off-shell Higgs widths into W⁺W⁻, ZZ, tt̄, bb̄, cc̄ and τ⁺τ⁻ at √s.</summary>
    public static double OffShellHiggsToStandardModel(double sqrtS)
    {
        double total = OffShellHiggsToW(sqrtS) + OffShellHiggsToZ(sqrtS);
        foreach (var (mass, colours) in HiggsSectorParameters.Fermions)
        {
            total += OffShellHiggsToFermions(sqrtS, mass, colours);
        }

        return total;
    }

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
