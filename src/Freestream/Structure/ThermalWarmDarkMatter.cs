using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Structure;

/// <summary>
/// Thermal warm dark matter: the fitted transfer function T(k) = [1 + (αk)^{2ν}]^{−5/ν} of Bode et al.
/// 2001 / Viel et al. 2005, and the relic temperature of a thermal relic making up all dark matter.
/// </summary>
public static class ThermalWarmDarkMatter
{
    /// <summary>Internal degrees of freedom g_X = 1.5 of the Viel et al. 2005 convention (CLASS deg_ncdm = 1).</summary>
    public const double DefaultDegreesOfFreedom = 1.5;

    /// <summary>The breaking scale α in Mpc/h of the chosen fit (see <see cref="ThermalTransferFit"/>).</summary>
    public static double Alpha(double massKeV, CosmologyParameters cosmology, ThermalTransferFit fit = ThermalTransferFit.Viel2005, double degreesOfFreedom = DefaultDegreesOfFreedom)
    {
        SettingsChecks.Positive(massKeV, nameof(massKeV));
        ArgumentNullException.ThrowIfNull(cosmology);
        double h = cosmology.H;
        double omegaDm = cosmology.OmegaDarkMatterH2 / (h * h);
        return fit switch
        {
            ThermalTransferFit.Viel2005 => 0.049 * Math.Pow(massKeV, -1.11) * Math.Pow(omegaDm / 0.25, 0.11) * Math.Pow(h / 0.7, 1.22),
            _ => 0.048 * Math.Pow(omegaDm / 0.4, 0.15) * Math.Pow(h / 0.65, 1.3) * Math.Pow(massKeV, -1.15) * Math.Pow(1.5 / degreesOfFreedom, 0.29),
        };
    }

    /// <summary>The exponent ν of the fit (1.12 Viel et al. 2005; 1.2 Bode et al. 2001).</summary>
    public static double Nu(ThermalTransferFit fit) => fit == ThermalTransferFit.Viel2005 ? 1.12 : 1.2;

    /// <summary>T(k) = [1 + (αk)^{2ν}]^{−5/ν} with k in h/Mpc.</summary>
    public static double Transfer(double kHMpc, double alphaMpcH, double nu) =>
        Math.Pow(1 + Math.Pow(alphaMpcH * kHMpc, 2 * nu), -5 / nu);

    /// <summary>
    /// T_X/T_ν0 of a Fermi–Dirac relic with 2 internal degrees of freedom (CLASS deg_ncdm = 1) whose
    /// abundance is ω_DM (docs/physics/structure.md §2.2): <see cref="MomentumDistribution.ThermalRelicTemperatureRatio"/>.
    /// </summary>
    public static double TemperatureRatio(double massKeV, double omegaDmH2) =>
        MomentumDistribution.ThermalRelicTemperatureRatio(massKeV, omegaDmH2, degeneracy: 2);

    /// <summary>
    /// The momentum distribution of a thermal relic of mass <paramref name="massKeV"/> making up all dark
    /// matter: <see cref="MomentumDistribution.ThermalRelic"/> with g = 2 (CLASS deg_ncdm = 1) and ω_dm of
    /// <paramref name="cosmology"/>, to run thermal references through the Boltzmann solver like for like.
    /// </summary>
    public static MomentumDistribution Distribution(double massKeV, CosmologyParameters cosmology)
    {
        ArgumentNullException.ThrowIfNull(cosmology);
        return MomentumDistribution.ThermalRelic(massKeV, cosmology.OmegaDarkMatterH2, degeneracy: 2);
    }

    /// <summary>
    /// A thermal-relic transfer function from the fit: P_model = T_fit²(k) P_CDM(k) on the k grid of
    /// <paramref name="cdm"/> (its <see cref="TransferFunction.PowerCdm"/> is used).
    /// </summary>
    public static TransferFunction FitTransfer(TransferFunction cdm, double massKeV, CosmologyParameters cosmology, ThermalTransferFit fit = ThermalTransferFit.Viel2005)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        double alpha = Alpha(massKeV, cosmology, fit);
        double nu = Nu(fit);
        var model = new double[cdm.KHMpc.Length];
        for (int i = 0; i < model.Length; i++)
        {
            double t = Transfer(cdm.KHMpc[i], alpha, nu);
            model[i] = Math.Max(t * t, 1e-300) * cdm.PowerCdm[i];
        }

        return new TransferFunction(cdm.KHMpc, model, cdm.PowerCdm, cdm.Redshift);
    }
}
