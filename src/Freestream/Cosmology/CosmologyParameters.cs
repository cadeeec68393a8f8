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

    /// <summary>Throws <see cref="Numerics.QuantityOutOfRangeException"/> naming the offending parameter by its option (ranges of <see cref="CosmologyQuantities"/>).</summary>
    public CosmologyParameters Validated()
    {
        CosmologyQuantities.H.Check(H);
        CosmologyQuantities.OmegaBaryonH2.Check(OmegaBaryonH2);
        CosmologyQuantities.OmegaDarkMatterH2.Check(OmegaDarkMatterH2);
        CosmologyQuantities.SpectralIndex.Check(SpectralIndex);
        CosmologyQuantities.ScalarAmplitude.Check(ScalarAmplitude);
        CosmologyQuantities.EffectiveNeutrinoNumber.Check(EffectiveNeutrinoNumber);
        CosmologyQuantities.CmbTemperatureK.Check(CmbTemperatureK);
        CosmologyQuantities.ReionizationOpticalDepth.Check(ReionizationOpticalDepth);
        CosmologyQuantities.HeliumMassFraction.Check(HeliumMassFraction);
        CosmologyQuantities.PivotScaleInvMpc.Check(PivotScaleInvMpc);
        return this;
    }
}
