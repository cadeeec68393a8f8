using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Cosmology;

/// <summary>
/// What the perturbation equations need from the thermal history, tabulated on the background's uniform
/// ln a grid for allocation-free lookups: ln κ' (κ' = a n_e σ_T, Mpc⁻¹), d ln κ'/d ln a, ln c_s² of the
/// baryons, and ln τ. Above <see cref="QueryRedshiftMax"/> hydrogen and helium are fully ionised and
/// T_b = T_γ, so κ' ∝ a⁻² and c_s² ∝ a⁻¹ continue the last queried values.
/// </summary>
internal sealed class ThermodynamicsTable
{
    /// <summary>Highest redshift at which the thermal history is queried.</summary>
    public const double QueryRedshiftMax = 2e4;

    private readonly double lnAMin;
    private readonly double dLnA;
    private readonly double[] lnKappa;
    private readonly double[] dLnKappa;
    private readonly double[] cs2Table;
    private readonly double[] lnTau;
    private readonly double[] tauCOverTauHMax;
    private readonly double[] tauCMax;
    private readonly double[] tauCOverTauMax;
    private readonly double[] dampingIntegral;

    /// <summary>Tabulates κ'(z) and c_s²(z) on the grid of <paramref name="background"/>.</summary>
    /// <param name="background">The background (supplies ℋ and τ).</param>
    /// <param name="opacityInvMpc">κ'(z) = a n_e σ_T in Mpc⁻¹.</param>
    /// <param name="soundSpeedSquared">Baryon sound speed squared c_s²(z) in units of c².</param>
    /// <param name="pointsPerLogA">Grid density.</param>
    public ThermodynamicsTable(Background background, Func<double, double> opacityInvMpc, Func<double, double> soundSpeedSquared, int pointsPerLogA)
    {
        lnAMin = Math.Log(Background.MinimumScaleFactor);
        int n = (int)Math.Ceiling(-lnAMin * pointsPerLogA) + 1;
        dLnA = -lnAMin / (n - 1);
        lnKappa = new double[n];
        dLnKappa = new double[n];
        cs2Table = new double[n];
        lnTau = new double[n];
        double lnAQuery = -Math.Log(1 + QueryRedshiftMax);
        int iQuery = (int)Math.Ceiling((lnAQuery - lnAMin) / dLnA);
        for (int i = n - 1; i >= 0; i--)
        {
            double lnA = lnAMin + i * dLnA;
            double a = Math.Exp(lnA);
            lnTau[i] = Math.Log(background.ConformalTime(a));
            if (i >= iQuery)
            {
                double z = Math.Max(1 / a - 1, 0);
                lnKappa[i] = Math.Log(opacityInvMpc(z));
                cs2Table[i] = soundSpeedSquared(z);
                if (!double.IsFinite(lnKappa[i]) || !double.IsFinite(cs2Table[i]))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"thermodynamics: κ' is not positive and finite or c_s² is not finite at z = {z}"));
                }
            }
            else
            {
                double shift = lnA - (lnAMin + iQuery * dLnA);
                lnKappa[i] = lnKappa[iQuery] - 2 * shift;
                cs2Table[i] = cs2Table[iQuery] * Math.Exp(-shift);
            }
        }

        for (int i = 0; i < n; i++)
        {
            int lo = Math.Max(i - 1, 0), hi = Math.Min(i + 1, n - 1);
            dLnKappa[i] = (lnKappa[hi] - lnKappa[lo]) / ((hi - lo) * dLnA);
        }

        dampingIntegral = new double[n];
        double previous = 0;
        for (int i = 0; i < n; i++)
        {
            double a = Math.Exp(lnAMin + i * dLnA);
            double rb = 0.75 * background.RhoBaryon0 / background.RhoPhoton0 * a;
            double integrand = Math.Exp(-lnKappa[i]) / (6 * (1 + rb)) * (rb * rb / (1 + rb) + 16.0 / 15.0) / background.ConformalHubble(a);
            dampingIntegral[i] = i == 0 ? integrand : dampingIntegral[i - 1] + 0.5 * dLnA * (previous + integrand);
            previous = integrand;
        }

        tauCOverTauHMax = new double[n];
        tauCMax = new double[n];
        tauCOverTauMax = new double[n];
        for (int i = 0; i < n; i++)
        {
            double a = Math.Exp(lnAMin + i * dLnA);
            double tauC = Math.Exp(-lnKappa[i]);
            double h = background.ConformalHubble(a);
            tauCOverTauHMax[i] = Math.Max(tauC * h, i > 0 ? tauCOverTauHMax[i - 1] : 0);
            tauCMax[i] = Math.Max(tauC, i > 0 ? tauCMax[i - 1] : 0);
            tauCOverTauMax[i] = Math.Max(tauC / Math.Exp(lnTau[i]), i > 0 ? tauCOverTauMax[i - 1] : 0);
        }
    }

    /// <summary>
    /// Computes the thermal history of the background's cosmology (<see cref="Thermodynamics.Compute"/>, with
    /// H(z) of the full background including the non-cold species) and tabulates it.
    /// </summary>
    public static ThermodynamicsTable Compute(Background background, BoltzmannSettings settings) =>
        From(background, Thermodynamics.Compute(background.Parameters, background.HubbleInvMpc), settings);

    /// <summary>Tabulates a given thermal history on the grid of <paramref name="background"/> (τ from that background).</summary>
    public static ThermodynamicsTable From(Background background, Thermodynamics history, BoltzmannSettings settings) =>
        new(background, history.ThomsonOpacityInvMpc, history.BaryonSoundSpeedSquared, settings.BackgroundPointsPerLogA);

    /// <summary>κ', d ln κ'/d ln a, c_s² and τ at x = ln a (linear interpolation in the logarithms).</summary>
    public void At(double x, out double kappa, out double dLnKappaDLnA, out double cs2, out double tau)
    {
        double u = (x - lnAMin) / dLnA;
        int i = (int)u;
        if (i < 0)
        {
            i = 0;
        }
        else if (i > lnKappa.Length - 2)
        {
            i = lnKappa.Length - 2;
        }

        double f = u - i;
        kappa = Math.Exp(lnKappa[i] + f * (lnKappa[i + 1] - lnKappa[i]));
        dLnKappaDLnA = dLnKappa[i] + f * (dLnKappa[i + 1] - dLnKappa[i]);
        cs2 = cs2Table[i] + f * (cs2Table[i + 1] - cs2Table[i]);
        tau = Math.Exp(lnTau[i] + f * (lnTau[i + 1] - lnTau[i]));
    }

    /// <summary>First ln a at which τ_c ℋ exceeds <paramref name="tauCOverTauH"/> or τ_c k exceeds <paramref name="tauCOverTauK"/>.</summary>
    public double TightCouplingEnd(double k, double tauCOverTauH, double tauCOverTauK)
        => Math.Min(FirstAbove(tauCOverTauHMax, tauCOverTauH), FirstAbove(tauCMax, tauCOverTauK / k));

    /// <summary>
    /// First ln a at which the photon diffusion (Silk) damping exponent k²/k_D² exceeds <paramref name="exponent"/>,
    /// with k_D⁻² = ∫ dτ τ_c/(6(1+R_b)) [R_b²/(1+R_b) + 16/15], R_b = 3ρ_b/(4ρ_γ) (Hu &amp; Sugiyama 1996,
    /// ApJ 471, 542, eq. A19 form with polarisation; Zaldarriaga &amp; Harari 1995).
    /// </summary>
    public double DampingReached(double k, double exponent) => FirstAbove(dampingIntegral, exponent / (k * k));

    /// <summary>First ln a at which τ_c/τ exceeds <paramref name="ratio"/> (photon decoupling for radiation streaming).</summary>
    public double FreeStreamingStart(double ratio) => FirstAbove(tauCOverTauMax, ratio);

    private double FirstAbove(double[] monotone, double threshold)
    {
        if (monotone[^1] <= threshold)
        {
            return double.PositiveInfinity;
        }

        if (monotone[0] > threshold)
        {
            return lnAMin;
        }

        return lnAMin + MonotoneTable.FractionalIndex(monotone, threshold) * dLnA;
    }
}
