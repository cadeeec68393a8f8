namespace Freestream.Production;

/// <summary>
/// Regime III (2m_S &lt; m_h, T &lt; T_EW) source of S from h ↔ SS with h in equilibrium (MB)
/// (docs/physics/scalar_decay.md §3.2): C(p) = λ²v²/(πE_p p)[T(e^{−E_h⁻/T} − e^{−E_h⁺/T}) − f_S(p)∫_{E_h⁻−E_p}^{E_h⁺−E_p} f_S(E) dE],
/// E_h^± = m_h(E_p m_h/2 ± p p*)/m_S², p* = √(m_h²/4 − m_S²).
/// </summary>
internal static class ScalarDecayRatesHiggsDecay
{
    /// <summary>λ²v²/(πE_p p) = |M|²/(16π E_p p) with |M|² = 16λ²v² (dimensionless).</summary>
    public static double Prefactor(double lambda, double momentumGeV, double energyGeV)
    {
        double v = HiggsSectorParameters.VevGeV;
        return lambda * lambda * v * v / (Math.PI * energyGeV * momentumGeV);
    }

    /// <summary>
    /// The Higgs energies E_h^± between which an S of momentum p can come from h → SS, in GeV.
    /// E_h⁻ uses E_h⁺E_h⁻ = (m_h²/m_S²)(m_h²/4 + p²) to avoid cancellation.
    /// </summary>
    public static (double Low, double High) HiggsEnergyRange(double momentumGeV, double energyGeV, double scalarMassGeV)
    {
        double mh = HiggsSectorParameters.HiggsMassGeV;
        double mS2 = scalarMassGeV * scalarMassGeV;
        double pStar = Math.Sqrt(mh * mh / 4 - mS2);
        double high = mh * (energyGeV * mh / 2 + momentumGeV * pStar) / mS2;
        double low = mh * mh / mS2 * (mh * mh / 4 + momentumGeV * momentumGeV) / high;
        return (low, high);
    }

    /// <summary>
    /// Gain divided by the S equilibrium occupation e^{−E_p/T}:
    /// λ²v²/(πE_p p) T e^{−(E_h⁻−E_p)/T}(1 − e^{−(E_h⁺−E_h⁻)/T}), in GeV (finite where e^{−E/T} underflows).
    /// </summary>
    public static double GainOverEquilibrium(double lambda, double scalarMassGeV, double momentumGeV, double energyGeV, double temperatureGeV)
    {
        var (low, high) = HiggsEnergyRange(momentumGeV, energyGeV, scalarMassGeV);
        double partner = (low - energyGeV) / temperatureGeV;
        return Prefactor(lambda, momentumGeV, energyGeV) * temperatureGeV * Math.Exp(-partner) * -double.ExpM1(-(high - low) / temperatureGeV);
    }

    /// <summary>Gain term λ²v²/(πE_p p) T (e^{−E_h⁻/T} − e^{−E_h⁺/T}) in GeV.</summary>
    public static double Gain(double lambda, double scalarMassGeV, double momentumGeV, double energyGeV, double temperatureGeV) =>
        energyGeV / temperatureGeV > 745 ? 0 : GainOverEquilibrium(lambda, scalarMassGeV, momentumGeV, energyGeV, temperatureGeV) * Math.Exp(-energyGeV / temperatureGeV);
}
