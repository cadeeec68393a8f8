using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Thermal (finite-temperature) potential V_T of an active neutrino ν_α in the symmetric plasma,
/// written as V_T = −B_α(T) p T⁴ (B in GeV⁻⁴, V_T &lt; 0: it suppresses the in-medium mixing at high T).
/// </summary>
/// <remarks>
/// Nötzold &amp; Raffelt, Nucl. Phys. B307 (1988) 924:
/// V_T = −(8√2 G_F p/3) [ρ_{ν_α+ν̄_α}/m_Z² + ρ_{ℓ_α+ℓ̄_α}/m_W²], with the energy densities of the
/// same-flavour neutrinos (2 internal states) and charged leptons (4 states) from the full Fermi–Dirac
/// integral for massive leptons (physics note docs/physics/dodelson_widrow_xray.md §1.3). Below the muon threshold
/// this is B_e = 10.88e-9 GeV⁻⁴ and B_μ,τ = 3.05e-9 GeV⁻⁴ (Abazajian, Fuller &amp; Patel 2001,
/// astro-ph/0101524, quote 10.88e-9 and 3.04e-9). The lepton-asymmetry term V_L of Shi–Fuller
/// production is not part of V_T; it adds to it (with opposite sign for antineutrinos).
/// </remarks>
public sealed class ThermalPotential
{
    /// <summary>Energy density of one massless fermionic state in units of T⁴: 7π²/240.</summary>
    public const double MasslessFermionEnergyPerState = 7 * Math.PI * Math.PI / 240;

    private readonly double chargedLeptonMassGeV;
    private readonly double chargedLeptonWeight;

    private ThermalPotential(ActiveNeutrinoFlavour flavour, double chargedLeptonMassGeV, double chargedLeptonWeight)
    {
        Flavour = flavour;
        this.chargedLeptonMassGeV = chargedLeptonMassGeV;
        this.chargedLeptonWeight = chargedLeptonWeight;
    }

    /// <summary>The flavour α of the active neutrino.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <summary>Prefactor 8√2 G_F/3 of the Nötzold–Raffelt potential, GeV⁻².</summary>
    public static double NotzoldRaffeltPrefactor => 8 * Math.Sqrt(2) * PhysicalConstants.FermiConstantGeV2 / 3;

    /// <summary>
    /// The full Nötzold–Raffelt potential: the same-flavour charged lepton contributes with its
    /// Fermi–Dirac energy density at mass m_ℓ (so the muon term of ν_μ switches on above ~50 MeV).
    /// </summary>
    public static ThermalPotential NotzoldRaffelt(ActiveNeutrinoFlavour flavour) =>
        new(flavour, flavour.ChargedLeptonMassGeV(), 1.0);

    /// <summary>
    /// The low-temperature (m_μ ≫ T ≫ m_e) limit with constant B_α: massless e± for ν_e, no charged
    /// lepton term for ν_μ and ν_τ. Used for the analytic Dodelson–Widrow limit.
    /// </summary>
    public static ThermalPotential LowTemperatureLimit(ActiveNeutrinoFlavour flavour) =>
        new(flavour, 0.0, flavour == ActiveNeutrinoFlavour.Electron ? 1.0 : 0.0);

    /// <summary>B_α(T) in GeV⁻⁴ such that V_T = −B_α p T⁴.</summary>
    public double Coefficient(double temperatureGeV)
    {
        double neutrinos = 2 * MasslessFermionEnergyPerState / (PhysicalConstants.ZMassGeV * PhysicalConstants.ZMassGeV);
        double leptons = chargedLeptonWeight == 0
            ? 0
            : chargedLeptonWeight * 4 * MasslessFermionEnergyPerState
              * ThermalIntegrals.FermionEnergyRatio(chargedLeptonMassGeV / temperatureGeV)
              / (PhysicalConstants.WMassGeV * PhysicalConstants.WMassGeV);
        return NotzoldRaffeltPrefactor * (neutrinos + leptons);
    }

    /// <summary>V_T(p, T) in GeV (negative).</summary>
    public double PotentialGeV(double momentumGeV, double temperatureGeV)
    {
        double t2 = temperatureGeV * temperatureGeV;
        return -Coefficient(temperatureGeV) * momentumGeV * t2 * t2;
    }
}
