using static Freestream.Cosmology.RecombinationConstants;

namespace Freestream.Cosmology;

/// <summary>
/// Ionisation equilibrium (Saha equation) of hydrogen and helium at temperature T, solved for all three
/// stages at once with charge neutrality x_e = x_p + x_HeII + 2 x_HeIII (fractions per hydrogen nucleus).
/// </summary>
/// <remarks>
/// With r_i ≡ g_i (m_e k_B T/2πħ²)^{3/2} e^{−E_i/k_BT}/n_H and statistical-weight factors g = 1 (H),
/// 4 (He I → He II), 1 (He II → He III): x_p/(1 − x_p) = r_H/x_e, x_HeII/x_HeI = r_HeI/x_e,
/// x_HeIII/x_HeII = r_HeII/x_e (e.g. Seager, Sasselov &amp; Scott 2000, ApJS 128, 407, eqs. 19–21).
/// </remarks>
internal static class SahaEquilibrium
{
    /// <summary>Electron concentration ratio r_H of hydrogen: (CR T)^{3/2} e^{−E_H/kT}/n_H.</summary>
    /// <param name="temperatureK">Temperature in K.</param>
    /// <param name="hydrogenDensity">n_H in m⁻³.</param>
    public static double HydrogenRatio(double temperatureK, double hydrogenDensity) =>
        Ratio(temperatureK, hydrogenDensity, HydrogenIonizationWavenumber, 1.0);

    /// <summary>Ratio r_HeI of the He I → He II stage (statistical factor 4).</summary>
    /// <param name="temperatureK">Temperature in K.</param>
    /// <param name="hydrogenDensity">n_H in m⁻³.</param>
    public static double HeliumIRatio(double temperatureK, double hydrogenDensity) =>
        Ratio(temperatureK, hydrogenDensity, HeliumIonizationWavenumber, 4.0);

    /// <summary>Ratio r_HeII of the He II → He III stage (statistical factor 1).</summary>
    /// <param name="temperatureK">Temperature in K.</param>
    /// <param name="hydrogenDensity">n_H in m⁻³.</param>
    public static double HeliumIIRatio(double temperatureK, double hydrogenDensity) =>
        Ratio(temperatureK, hydrogenDensity, HeliumIIIonizationWavenumber, 1.0);

    /// <summary>
    /// Free-electron fraction x_e = n_e/n_H in full Saha equilibrium of H, He I and He II.
    /// </summary>
    /// <param name="temperatureK">Temperature in K (T_b = T_γ in the Saha era).</param>
    /// <param name="hydrogenDensity">Total hydrogen density n_H in m⁻³.</param>
    /// <param name="heliumFraction">f_He = n_He/n_H.</param>
    /// <param name="hydrogenIonized">x_p = n_p/n_H at the solution.</param>
    /// <param name="heliumSinglyIonized">n_HeII/n_He at the solution.</param>
    public static double FreeElectronFraction(
        double temperatureK,
        double hydrogenDensity,
        double heliumFraction,
        out double hydrogenIonized,
        out double heliumSinglyIonized)
    {
        double rH = HydrogenRatio(temperatureK, hydrogenDensity);
        double rHeI = HeliumIRatio(temperatureK, hydrogenDensity);
        double rHeII = HeliumIIRatio(temperatureK, hydrogenDensity);

        // Charge balance g(x) = x − x_p(x) − f_He (y₁(x) + 2 y₂(x)) increases monotonically in x: bisect
        // in log x between a tiny fraction and full ionisation (robust for any ratio, including 0 and ∞).
        double lo = 1e-300;
        double hi = 1.0 + 2.0 * heliumFraction;
        for (int iteration = 0; iteration < 200 && hi - lo > 1e-15 * hi; iteration++)
        {
            double mid = lo < 1e-6 * hi ? Math.Sqrt(lo * hi) : 0.5 * (lo + hi);
            if (ChargeImbalance(mid, rH, rHeI, rHeII, heliumFraction, out _, out _) > 0.0)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        double x = 0.5 * (lo + hi);
        ChargeImbalance(x, rH, rHeI, rHeII, heliumFraction, out hydrogenIonized, out heliumSinglyIonized);
        return x;
    }

    private static double ChargeImbalance(
        double x, double rH, double rHeI, double rHeII, double heliumFraction, out double xp, out double y1)
    {
        xp = rH / (x + rH);
        if (double.IsPositiveInfinity(rH))
        {
            xp = 1.0;
        }

        // He fractions: HeI : HeII : HeIII = x² : r₁x : r₁r₂ (divided by x² to stay finite when r₁ → ∞).
        double a = rHeI / x;
        double b = a * rHeII / x;
        double norm = 1.0 + a + b;
        double y2;
        if (double.IsPositiveInfinity(b))
        {
            y1 = 0.0;
            y2 = 1.0;
        }
        else if (double.IsPositiveInfinity(a))
        {
            y1 = 1.0;
            y2 = 0.0;
        }
        else
        {
            y1 = a / norm;
            y2 = b / norm;
        }

        return x - xp - heliumFraction * (y1 + 2.0 * y2);
    }

    private static double Ratio(double temperatureK, double hydrogenDensity, double wavenumber, double weight)
    {
        double logRatio = 1.5 * Math.Log(QuantumConcentrationFactor * temperatureK)
            - WavenumberToKelvin * wavenumber / temperatureK
            - Math.Log(hydrogenDensity);
        return weight * Math.Exp(logRatio);
    }
}
