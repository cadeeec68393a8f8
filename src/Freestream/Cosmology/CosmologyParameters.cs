using System.Globalization;

namespace Freestream.Cosmology;

/// <summary>
/// The flat ΛCDM parameters shared by every stage. Defaults are the Planck 2018 values used for the
/// CLASS v3.3.4 reference tables of this project (h = 0.6736, ω_b = 0.02237, ω_dm = 0.12,
/// n_s = 0.9649, A_s = 2.1e-9 at k* = 0.05/Mpc, N_eff = 3.044 massless neutrinos, T_CMB = 2.7255 K,
/// τ_reio = 0.0544); Planck 2018 VI (arXiv:1807.06209), table 2.
/// </summary>
/// <param name="H">Dimensionless Hubble parameter h = H₀/(100 km/s/Mpc).</param>
/// <param name="OmegaBaryonH2">Physical baryon density ω_b = Ω_b h².</param>
/// <param name="OmegaDarkMatterH2">Physical dark-matter density ω_dm = Ω_dm h² (all dark matter).</param>
/// <param name="SpectralIndex">Primordial scalar spectral index n_s.</param>
/// <param name="ScalarAmplitude">Primordial curvature amplitude A_s at the pivot scale.</param>
/// <param name="EffectiveNeutrinoNumber">N_eff of massless (active) neutrinos.</param>
/// <param name="CmbTemperatureK">CMB temperature today in kelvin.</param>
/// <param name="ReionizationOpticalDepth">Optical depth to reionisation τ_reio.</param>
/// <param name="HeliumMassFraction">Primordial helium mass fraction Y_p (BBN value for ω_b = 0.02237).</param>
/// <param name="PivotScaleInvMpc">Pivot scale k* of A_s and n_s in 1/Mpc.</param>
public sealed record CosmologyParameters(
    double H = 0.6736,
    double OmegaBaryonH2 = 0.02237,
    double OmegaDarkMatterH2 = 0.12,
    double SpectralIndex = 0.9649,
    double ScalarAmplitude = 2.1e-9,
    double EffectiveNeutrinoNumber = 3.044,
    double CmbTemperatureK = 2.7255,
    double ReionizationOpticalDepth = 0.0544,
    double HeliumMassFraction = 0.2454,
    double PivotScaleInvMpc = 0.05)
{
    /// <summary>Planck 2018 defaults (the cosmology of the CLASS reference tables).</summary>
    public static CosmologyParameters Planck2018 { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public CosmologyParameters Validated()
    {
        Check(H, 0.2, 2.0, nameof(H));
        Check(OmegaBaryonH2, 1e-4, 0.2, nameof(OmegaBaryonH2));
        Check(OmegaDarkMatterH2, 0.0, 1.0, nameof(OmegaDarkMatterH2));
        Check(SpectralIndex, 0.5, 1.5, nameof(SpectralIndex));
        Check(ScalarAmplitude, 1e-12, 1e-6, nameof(ScalarAmplitude));
        Check(EffectiveNeutrinoNumber, 0.0, 20.0, nameof(EffectiveNeutrinoNumber));
        Check(CmbTemperatureK, 1.0, 5.0, nameof(CmbTemperatureK));
        Check(ReionizationOpticalDepth, 0.0, 0.5, nameof(ReionizationOpticalDepth));
        Check(HeliumMassFraction, 0.0, 0.5, nameof(HeliumMassFraction));
        Check(PivotScaleInvMpc, 1e-5, 10.0, nameof(PivotScaleInvMpc));
        return this;
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must lie in [{min}, {max}], got {value}"));
        }
    }
}
