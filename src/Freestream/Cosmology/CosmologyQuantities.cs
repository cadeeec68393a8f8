using Freestream.Numerics;

namespace Freestream.Cosmology;

/// <summary>
/// Declared cosmological inputs (see <see cref="Quantity"/>): the keys of the TOML <c>[cosmology]</c> table and the
/// options of <c>transfer</c>, <c>power</c> and <c>judge</c>, with Planck 2018 defaults and the ranges
/// <see cref="CosmologyParameters.Validated"/> enforces.
/// </summary>
public static class CosmologyQuantities
{
    private static readonly CosmologyParameters Defaults = CosmologyParameters.Planck2018;

    /// <summary>Dimensionless Hubble parameter h.</summary>
    public static Quantity H { get; } = new("h", "h", "h", string.Empty, "Hubble parameter h = H₀/(100 km/s/Mpc)", QuantityRange.Closed(0.2, 2), Defaults.H)
    {
        CliOption = "--hubble-h",
    };

    /// <summary>Physical baryon density ω_b.</summary>
    public static Quantity OmegaBaryonH2 { get; } = new("omega_b_h2", "omegaBH2", "ω_b", string.Empty, "baryon density ω_b = Ω_b h²", QuantityRange.Closed(1e-4, 0.2), Defaults.OmegaBaryonH2);

    /// <summary>Physical dark-matter density ω_dm, also the target abundance of production (m_N or L is solved for it).</summary>
    public static Quantity OmegaDarkMatterH2 { get; } = new("omega_dm_h2", "omegaDmH2", "ω_dm", string.Empty, "dark-matter density ω_dm = Ω_dm h²", QuantityRange.Closed(1e-3, 1), Defaults.OmegaDarkMatterH2)
    {
        CliAliases = ["--omega-h2"],
    };

    /// <summary>Scalar spectral index n_s.</summary>
    public static Quantity SpectralIndex { get; } = new("n_s", "nS", "n_s", string.Empty, "scalar spectral index n_s", QuantityRange.Closed(0.5, 1.5), Defaults.SpectralIndex);

    /// <summary>Primordial amplitude A_s at k* = 0.05/Mpc.</summary>
    public static Quantity ScalarAmplitude { get; } = new("a_s", "aS", "A_s", string.Empty, "primordial amplitude A_s at k* = 0.05/Mpc", QuantityRange.Closed(1e-12, 1e-6), Defaults.ScalarAmplitude);

    /// <summary>N_eff of massless neutrinos.</summary>
    public static Quantity EffectiveNeutrinoNumber { get; } = new("n_eff", "nEff", "N_eff", string.Empty, "effective number of massless neutrinos N_eff", QuantityRange.Closed(0, 20), Defaults.EffectiveNeutrinoNumber);

    /// <summary>CMB temperature today.</summary>
    public static Quantity CmbTemperatureK { get; } = new("t_cmb_k", "tCmbK", "T_CMB", "K", "CMB temperature today", QuantityRange.Closed(1, 5), Defaults.CmbTemperatureK);

    /// <summary>Optical depth to reionisation.</summary>
    public static Quantity ReionizationOpticalDepth { get; } = new("tau_reio", "tauReio", "τ_reio", string.Empty, "optical depth to reionisation τ_reio", QuantityRange.Closed(0, 0.5), Defaults.ReionizationOpticalDepth);

    /// <summary>Primordial helium mass fraction.</summary>
    public static Quantity HeliumMassFraction { get; } = new("y_he", "yHe", "Y_p", string.Empty, "primordial helium mass fraction Y_p", QuantityRange.Closed(0, 0.5), Defaults.HeliumMassFraction);

    /// <summary>Pivot scale of A_s and n_s (not a TOML key: fixed at CLASS's 0.05/Mpc).</summary>
    public static Quantity PivotScaleInvMpc { get; } = new("k_pivot_mpc", "kPivotInvMpc", "k*", "1/Mpc", "pivot scale k* of A_s and n_s", QuantityRange.Closed(1e-5, 10), Defaults.PivotScaleInvMpc);

    /// <summary>Redshift of spectra and transfer functions.</summary>
    public static Quantity Redshift { get; } = new("redshift", "redshift", "z", string.Empty, "redshift z", QuantityRange.Closed(0, 1000), 0);

    /// <summary>
    /// Ω h² of a non-cold species that is part of the dark matter (<c>transfer</c>); at most ω_dm, checked with the cosmology.
    /// </summary>
    public static Quantity OmegaNcdmH2 { get; } = new("omega_ncdm_h2", "omegaH2", "ω_ncdm", string.Empty, "density of the non-cold species ω_ncdm = Ω_ncdm h² (default: all of ω_dm)", QuantityRange.Closed(1e-6, 1))
    {
        CliAliases = ["--omega-h2"],
    };

    /// <summary>The keys of the TOML [cosmology] table, in order.</summary>
    public static IReadOnlyList<Quantity> Table { get; } =
        [H, OmegaBaryonH2, OmegaDarkMatterH2, SpectralIndex, ScalarAmplitude, EffectiveNeutrinoNumber, CmbTemperatureK, ReionizationOpticalDepth, HeliumMassFraction];
}
