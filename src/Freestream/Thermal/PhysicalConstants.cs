namespace Freestream.Thermal;

/// <summary>
/// Physical constants and unit conversions. Natural units (ħ = c = k_B = 1) with energies in GeV
/// are used inside the library; conversion factors to laboratory and astronomical units live here.
/// </summary>
/// <remarks>
/// Values from the Review of Particle Physics, PDG 2024 (S. Navas et al., Phys. Rev. D 110, 030001),
/// tables "Physical constants" and "Astrophysical constants", unless stated otherwise.
/// </remarks>
public static class PhysicalConstants
{
    /// <summary>Planck mass M_Pl = (ħc/G)^{1/2} = 1.220890e19 GeV (PDG 2024).</summary>
    public const double PlanckMassGeV = 1.220890e19;

    /// <summary>Reduced Planck mass M_Pl/√(8π) = 2.435324e18 GeV (PDG 2024).</summary>
    public const double ReducedPlanckMassGeV = 2.435324e18;

    /// <summary>Fermi constant G_F/(ħc)³ = 1.1663788e-5 GeV⁻² (PDG 2024, from the muon lifetime).</summary>
    public const double FermiConstantGeV2 = 1.1663788e-5;

    /// <summary>Higgs boson mass m_h = 125.20 GeV (PDG 2024 average).</summary>
    public const double HiggsMassGeV = 125.20;

    /// <summary>Higgs boson total width Γ_h = 3.7 MeV (PDG 2024, Standard-Model value used in fits).</summary>
    public const double HiggsWidthGeV = 3.7e-3;

    /// <summary>Higgs vacuum expectation value v = (√2 G_F)^{-1/2} = 246.21965 GeV (PDG 2024).</summary>
    public const double HiggsVevGeV = 246.21965;

    /// <summary>W boson mass m_W = 80.3692 GeV (PDG 2024 average).</summary>
    public const double WMassGeV = 80.3692;

    /// <summary>W boson total width Γ_W = 2.085 GeV (PDG 2024).</summary>
    public const double WWidthGeV = 2.085;

    /// <summary>Z boson mass m_Z = 91.1880 GeV (PDG 2024).</summary>
    public const double ZMassGeV = 91.1880;

    /// <summary>Z boson total width Γ_Z = 2.4955 GeV (PDG 2024).</summary>
    public const double ZWidthGeV = 2.4955;

    /// <summary>Top quark mass m_t = 172.57 GeV (PDG 2024, direct measurements).</summary>
    public const double TopMassGeV = 172.57;

    /// <summary>
    /// Charm quark pole mass 1.67 ± 0.07 GeV (PDG 2024 quark summary, converted from m_c(m_c) = 1.2730 GeV MS-bar);
    /// the kinematic mass used for the ideal-gas charm quarks of the thermal history.
    /// </summary>
    public const double CharmPoleMassGeV = 1.67;

    /// <summary>
    /// Bottom quark pole mass 4.78 ± 0.06 GeV (PDG 2024 quark summary, converted from m_b(m_b) = 4.183 GeV MS-bar).
    /// </summary>
    public const double BottomPoleMassGeV = 4.78;

    /// <summary>Charm quark running mass m_c(m_c) = 1.2730 GeV (PDG 2024, MS-bar).</summary>
    public const double CharmMassGeV = 1.2730;

    /// <summary>Bottom quark running mass m_b(m_b) = 4.183 GeV (PDG 2024, MS-bar).</summary>
    public const double BottomMassGeV = 4.183;

    /// <summary>Electron mass m_e = 0.51099895 MeV (PDG 2024).</summary>
    public const double ElectronMassGeV = 0.51099895e-3;

    /// <summary>Muon mass m_μ = 105.6583755 MeV (PDG 2024).</summary>
    public const double MuonMassGeV = 0.1056583755;

    /// <summary>Tau mass m_τ = 1776.93 MeV (PDG 2024).</summary>
    public const double TauMassGeV = 1.77693;

    /// <summary>Weak mixing angle sin²θ_W (MS-bar at m_Z) = 0.23129 (PDG 2024).</summary>
    public const double SinSquaredWeakAngle = 0.23129;

    /// <summary>Fine-structure constant α = 1/137.035999084 (CODATA 2018, PDG 2024).</summary>
    public const double FineStructureConstant = 1.0 / 137.035999084;

    /// <summary>CMB temperature today T_CMB = 2.7255 K (Fixsen 2009, ApJ 707, 916; PDG 2024).</summary>
    public const double CmbTemperatureK = 2.7255;

    /// <summary>Boltzmann constant k_B = 8.617333262e-14 GeV/K (exact SI 2019, PDG 2024).</summary>
    public const double BoltzmannGeVPerK = 8.617333262e-14;

    /// <summary>Conversion constant ħc = 1.973269804e-14 GeV·cm (exact SI 2019, PDG 2024).</summary>
    public const double HbarCGeVCm = 1.973269804e-14;

    /// <summary>Reduced Planck constant ħ = 6.582119569e-25 GeV·s (exact SI 2019, PDG 2024).</summary>
    public const double HbarGeVSeconds = 6.582119569e-25;

    /// <summary>Speed of light c = 299792.458 km/s (exact).</summary>
    public const double SpeedOfLightKmPerS = 299792.458;

    /// <summary>Megaparsec 1 Mpc = 3.08567758149e24 cm (IAU 2015, PDG 2024).</summary>
    public const double MpcCm = 3.08567758149e24;

    /// <summary>Critical density divided by h²: ρ_c/h² = 1.05371e-5 GeV cm⁻³ (PDG 2024).</summary>
    public const double CriticalDensityOverH2GeVPerCm3 = 1.05371e-5;

    /// <summary>Hubble constant unit 100 km/s/Mpc expressed in GeV: H₀/h = 2.1332e-42 GeV (PDG 2024).</summary>
    public const double HubbleOverHGeV = 2.13317e-42;

    /// <summary>Seconds in a Julian year, 3.15576e7 s (IAU).</summary>
    public const double JulianYearSeconds = 3.15576e7;

    /// <summary>One keV in GeV.</summary>
    public const double KeVInGeV = 1e-6;

    /// <summary>One MeV in GeV.</summary>
    public const double MeVInGeV = 1e-3;

    /// <summary>One eV in GeV.</summary>
    public const double EVInGeV = 1e-9;

    /// <summary>Riemann ζ(3) = 1.2020569031595942.</summary>
    public const double Zeta3 = 1.2020569031595942;

    /// <summary>T_CMB today in GeV (<see cref="CmbTemperatureK"/> × k_B).</summary>
    public const double CmbTemperatureGeV = CmbTemperatureK * BoltzmannGeVPerK;

    /// <summary>Ratio T_ν0/T_CMB = (4/11)^{1/3} of instantaneous neutrino decoupling (0.713765).</summary>
    public static readonly double NeutrinoToPhotonTemperatureRatio = Math.Cbrt(4.0 / 11.0);

    /// <summary>Active-neutrino temperature today T_ν0 = (4/11)^{1/3} T_CMB in GeV (the unit of q).</summary>
    public static readonly double NeutrinoTemperatureTodayGeV = NeutrinoToPhotonTemperatureRatio * CmbTemperatureGeV;

    /// <summary>Entropy degrees of freedom today, g*s0 = 2 + (7/8)·6·(4/11) = 43/11 = 3.909.</summary>
    public const double EntropyDofToday = 43.0 / 11.0;

    /// <summary>One inverse Mpc in GeV: ħc / Mpc.</summary>
    public const double InverseMpcGeV = HbarCGeVCm / MpcCm;
}
