namespace Freestream.Production;

/// <summary>
/// Regime I (T &gt; T_EW) collision term of f_S for SS ↔ ΦΦ with massless doublet components, where
/// 𝒲(s₊) − 𝒲(s₋) = 16λ²pk/π collapses the k-integral to a moment (docs/physics/scalar_decay.md §3.2):
/// C(p) = λ²/(2π³E_p) [e^{−E_p/T} m_S T K₁(m_S/T) − f_S(p) ∫dk k²/E_k f_S(k)].
/// </summary>
internal static class ScalarDecayRatesSymmetricPhase
{
    /// <summary>λ²/(2π³E_p): the factor in front of both the gain and the loss moment, GeV⁻¹.</summary>
    public static double Prefactor(double lambda, double energyGeV) => lambda * lambda / (2 * Math.PI * Math.PI * Math.PI * energyGeV);

    /// <summary>Gain term λ²/(2π³E_p) e^{−E_p/T} m_S T K₁(m_S/T) in GeV (rate per unit time of f_S).</summary>
    public static double Gain(double lambda, double scalarMassGeV, double energyGeV, double temperatureGeV)
    {
        double z = scalarMassGeV / temperatureGeV;
        double logTerm = -(energyGeV + scalarMassGeV) / temperatureGeV;
        return logTerm < -745 ? 0 : Prefactor(lambda, energyGeV) * scalarMassGeV * temperatureGeV * ScaledBessel.K1(z) * Math.Exp(logTerm);
    }
}
