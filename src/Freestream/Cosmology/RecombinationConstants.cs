namespace Freestream.Cosmology;

/// <summary>
/// SI constants and atomic data of recombination. Fundamental constants: CODATA 2018 (exact SI 2019
/// where defined). Atomic wavenumbers and rates: the values tabulated with RECFAST 1.5 (Seager,
/// Sasselov &amp; Scott 1999, astro-ph/9909275; Wong, Moss &amp; Scott 2008, arXiv:0711.1357), whose
/// sources are Drake (1993), Morton, Wu &amp; Drake (2006), Lach &amp; Pachucki (2001), Drake &amp; Morton (2007)
/// and Hummer &amp; Storey (1998).
/// </summary>
internal static class RecombinationConstants
{
    /// <summary>Speed of light c in m/s (exact).</summary>
    public const double SpeedOfLight = 299792458.0;

    /// <summary>Boltzmann constant k_B in J/K (exact).</summary>
    public const double Boltzmann = 1.380649e-23;

    /// <summary>Planck constant h in J s (exact).</summary>
    public const double Planck = 6.62607015e-34;

    /// <summary>Electron mass m_e in kg (CODATA 2018).</summary>
    public const double ElectronMass = 9.1093837015e-31;

    /// <summary>Mass of the hydrogen atom m_H in kg (RECFAST's value, also used by CLASS).</summary>
    public const double HydrogenMass = 1.673575e-27;

    /// <summary>Helium-to-hydrogen atomic mass ratio m_He/m_H = 3.9715 (RECFAST).</summary>
    public const double HeliumToHydrogenMass = 3.9715;

    /// <summary>Thomson cross-section σ_T in m² (CODATA 2018).</summary>
    public const double ThomsonCrossSection = 6.6524587321e-29;

    /// <summary>Radiation constant a_R = 4σ_SB/c in J m⁻³ K⁻⁴ (CODATA 2018).</summary>
    public const double RadiationConstant = 7.565733250e-16;

    /// <summary>Newton's constant G in m³ kg⁻¹ s⁻² (CODATA 2018).</summary>
    public const double Newton = 6.67430e-11;

    /// <summary>One megaparsec in metres (IAU 2015).</summary>
    public const double Megaparsec = 3.0856775814913673e22;

    /// <summary>Two-photon decay rate of hydrogen 2s, Λ_2s = 8.2245809 s⁻¹.</summary>
    public const double HydrogenTwoPhotonRate = 8.2245809;

    /// <summary>Ionisation wavenumber of hydrogen (1s), 1.096787737e7 m⁻¹.</summary>
    public const double HydrogenIonizationWavenumber = 1.096787737e7;

    /// <summary>Lyman-α wavenumber of hydrogen averaged over the 2p doublet, 8.225916453e6 m⁻¹.</summary>
    public const double HydrogenLymanAlphaWavenumber = 8.225916453e6;

    /// <summary>Two-photon decay rate of He I 2¹s, Λ_He = 51.3 s⁻¹ (Dalgarno).</summary>
    public const double HeliumTwoPhotonRate = 51.3;

    /// <summary>Ionisation wavenumber of He I (1¹s), 1.98310772e7 m⁻¹ (Drake 1993).</summary>
    public const double HeliumIonizationWavenumber = 1.98310772e7;

    /// <summary>Ionisation wavenumber of He II (1s), 4.389088863e7 m⁻¹.</summary>
    public const double HeliumIIIonizationWavenumber = 4.389088863e7;

    /// <summary>Excitation wavenumber of He I 2¹s, 1.66277434e7 m⁻¹ (Drake 1993).</summary>
    public const double HeliumSinglet2sWavenumber = 1.66277434e7;

    /// <summary>Excitation wavenumber of He I 2¹p, 1.71134891e7 m⁻¹ (Drake 1993).</summary>
    public const double HeliumSinglet2pWavenumber = 1.71134891e7;

    /// <summary>Einstein coefficient of He I 2¹p → 1¹s, 1.798287e9 s⁻¹ (Morton, Wu &amp; Drake 2006).</summary>
    public const double HeliumSingletEinsteinA = 1.798287e9;

    /// <summary>Einstein coefficient of He I 2³p → 1¹s (intercombination), 177.58 s⁻¹ (Lach &amp; Pachucki 2001).</summary>
    public const double HeliumTripletEinsteinA = 177.58;

    /// <summary>Excitation wavenumber of He I 2³p, 1.690871466e7 m⁻¹ (Drake &amp; Morton 2007).</summary>
    public const double HeliumTriplet2pWavenumber = 1.690871466e7;

    /// <summary>Excitation wavenumber of He I 2³s, 1.5985597526e7 m⁻¹ (Drake &amp; Morton 2007).</summary>
    public const double HeliumTriplet2sWavenumber = 1.5985597526e7;

    /// <summary>H photo-ionisation cross-section at the He I 2¹p line, 1.436289e-22 m² (Hummer &amp; Storey 1998).</summary>
    public const double HydrogenCrossSectionAtSinglet = 1.436289e-22;

    /// <summary>H photo-ionisation cross-section at the He I 2³p line, 1.484872e-22 m² (Hummer &amp; Storey 1998).</summary>
    public const double HydrogenCrossSectionAtTriplet = 1.484872e-22;

    /// <summary>hc/k_B in m K: converts a wavenumber in m⁻¹ to a temperature in K.</summary>
    public const double WavenumberToKelvin = Planck * SpeedOfLight / Boltzmann;

    /// <summary>
    /// 2π m_e k_B/h² in m⁻² K⁻¹, so that (CR·T)^{3/2} = (m_e k_B T/2πħ²)^{3/2} is the electron quantum
    /// concentration in m⁻³.
    /// </summary>
    public const double QuantumConcentrationFactor = 2.0 * Math.PI * ElectronMass * Boltzmann / (Planck * Planck);

    /// <summary>
    /// Compton coupling constant (8/3) σ_T a_R/(m_e c) in s⁻¹ K⁻⁴: the rate at which photons drive the
    /// electron temperature is this times T_γ⁴.
    /// </summary>
    public const double ComptonCoupling = 8.0 / 3.0 * ThomsonCrossSection * RadiationConstant / (ElectronMass * SpeedOfLight);

    /// <summary>
    /// Critical density divided by h², 3(100 km s⁻¹ Mpc⁻¹)²/(8πG), in kg/m³.
    /// </summary>
    public static readonly double CriticalDensityOverH2 =
        3.0 * (1e5 / Megaparsec) * (1e5 / Megaparsec) / (8.0 * Math.PI * Newton);
}
