namespace Freestream.Thermal;

/// <summary>
/// Pressure of (2+1)-flavour QCD (gluons, u, d, s and the hadrons they form) from the HotQCD
/// continuum-extrapolated lattice equation of state: Bazavov et al. (HotQCD), Phys. Rev. D 90, 094503
/// (2014), arXiv:1407.6387, analytic parameterisation of the pressure (coefficients as published there):
/// p/T⁴ = ½[1 + tanh(c_t(t − t₀))] (p_id + a_n/t + b_n/t² + d_n/t⁴)/(1 + a_d/t + b_d/t² + d_d/t⁴),
/// t = T/T_c, T_c = 154 MeV, p_id = 95π²/180 (the Stefan–Boltzmann value, 16 + 7/8·36 = 47.5 dof).
/// </summary>
/// <remarks>
/// The fit describes the lattice data for 130 MeV ≤ T ≤ 400 MeV and matches the hadron resonance gas
/// below (the denominator vanishes near T ≈ 45 MeV, so the fit is never used below 80 MeV). Above 400 MeV it is used as an extrapolation: it approaches the ideal quark–gluon gas as
/// 1/t (−0.1 % at 1 TeV), faster than perturbative QCD's logarithmic approach, so g* between ~1 and
/// ~100 GeV is a few per cent above interacting-plasma tables such as Laine &amp; Meyer (arXiv:1503.04935).
/// Derivatives in ln T are taken by fourth-order central differences of the analytic function.
/// </remarks>
internal static class LatticeQcdPressure
{
    private const double CriticalTemperatureGeV = 0.154;
    private const double Ct = 3.8706;
    private const double T0 = 0.9761;
    private const double An = -8.7704;
    private const double Bn = 3.9200;
    private const double Dn = 0.3419;
    private const double Ad = -1.2600;
    private const double Bd = 0.8425;
    private const double Dd = -0.0475;
    private const double Step = 1e-3;

    /// <summary>Stefan–Boltzmann p/T⁴ of gluons and three massless quark flavours, 95π²/180.</summary>
    public static readonly double IdealPressure = 95.0 * Math.PI * Math.PI / 180.0;

    /// <summary>p/T⁴ at temperature T (GeV).</summary>
    public static double ScaledPressure(double temperatureGeV)
    {
        double u = CriticalTemperatureGeV / temperatureGeV;
        double u2 = u * u;
        double u4 = u2 * u2;
        double numerator = IdealPressure + An * u + Bn * u2 + Dn * u4;
        double denominator = 1.0 + Ad * u + Bd * u2 + Dd * u4;
        double t = temperatureGeV / CriticalTemperatureGeV;
        return 0.5 * (1.0 + Math.Tanh(Ct * (t - T0))) * numerator / denominator;
    }

    /// <summary>p̂ = p/T⁴ and its first two derivatives with respect to ln T.</summary>
    public static (double Value, double First, double Second) WithLogDerivatives(double temperatureGeV)
    {
        double l = Math.Log(temperatureGeV);
        double m2 = ScaledPressure(Math.Exp(l - 2 * Step));
        double m1 = ScaledPressure(Math.Exp(l - Step));
        double p0 = ScaledPressure(temperatureGeV);
        double p1 = ScaledPressure(Math.Exp(l + Step));
        double p2 = ScaledPressure(Math.Exp(l + 2 * Step));
        double first = (m2 - 8 * m1 + 8 * p1 - p2) / (12 * Step);
        double second = (-m2 + 16 * m1 - 30 * p0 + 16 * p1 - p2) / (12 * Step * Step);
        return (p0, first, second);
    }
}
