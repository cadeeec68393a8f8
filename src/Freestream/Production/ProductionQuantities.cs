using Freestream.Numerics;

namespace Freestream.Production;

/// <summary>
/// Declared inputs of the production models (see <see cref="Quantity"/>): one name, unit and range for each, used
/// by the models' own checks, every command and the scan files.
/// </summary>
public static class ProductionQuantities
{
    /// <summary>
    /// Upper end of the couplings λ and y: 4π, where perturbation theory (on which every rate of
    /// docs/physics/scalar_decay.md rests) stops being meaningful.
    /// </summary>
    public const double PerturbativeCouplingLimit = 4 * Math.PI;

    /// <summary>Scalar mass m_S of scalar-decay production: 1 GeV–100 TeV, inside the tabulated g*(T) for every temperature of interest (T ~ m_S/100 to 10 m_S).</summary>
    public static Quantity ScalarMassGeV { get; } = new(
        "scalar_mass_gev", "scalarMassGeV", "m_S", "GeV", "scalar mass m_S", QuantityRange.Closed(1, 1e5));

    /// <summary>Higgs-portal coupling λ of 2λ(Φ†Φ)S², perturbative.</summary>
    public static Quantity Lambda { get; } = new(
        "lambda", "lambda", "λ", string.Empty, "Higgs-portal coupling λ", QuantityRange.OpenBelow(0, PerturbativeCouplingLimit));

    /// <summary>Yukawa coupling y of (y/2) S N̄ᶜN, perturbative.</summary>
    public static Quantity Yukawa { get; } = new(
        "yukawa", "yukawa", "y", string.Empty, "Yukawa coupling y", QuantityRange.OpenBelow(0, PerturbativeCouplingLimit));

    /// <summary>Sterile-neutrino (or any non-cold species') mass in keV: the keV window the solvers and verdicts cover.</summary>
    public static Quantity SterileMassKeV { get; } = new(
        "sterile_mass_kev", "sterileMassKeV", "m_s", "keV", "sterile-neutrino mass m_s", QuantityRange.Closed(0.01, 1000))
    {
        CliAliases = ["--mass-kev"],
    };

    /// <summary>
    /// Sterile masses of Shi–Fuller production (<c>produce shi-fuller</c>, <c>judge</c> and Shi–Fuller scans):
    /// 0.1–100 keV, the range of the solver's temperature grid and of its tests.
    /// </summary>
    public static Quantity ShiFullerSterileMassKeV { get; } = SterileMassKeV.Within(QuantityRange.OpenBelow(0.1, 100));

    /// <summary>Active–sterile vacuum mixing sin²2θ, strictly between 0 and 1.</summary>
    public static Quantity Sin2TwoTheta { get; } = new(
        "sin2_2theta", "sin2TwoTheta", "sin²2θ", string.Empty, "active–sterile mixing sin²2θ", QuantityRange.Open(0, 1));

    /// <summary>Electroweak crossover temperature of the scalar-decay regimes (0 keeps regime I).</summary>
    public static Quantity ElectroweakTemperatureGeV { get; } = new(
        "electroweak_temperature_gev", "electroweakTemperatureGeV", "T_EW", "GeV", "electroweak crossover temperature T_EW",
        QuantityRange.Closed(0, 1e5), ScalarDecayModel.DefaultElectroweakTemperatureGeV);

    /// <summary>A constant g* = g*s replacing the Standard-Model g*(T), g*s(T) (the MT15 setting).</summary>
    public static Quantity ConstantDof { get; } = new(
        "constant_dof", "constantDof", "g*", string.Empty, "constant relativistic degrees of freedom g* = g*s", QuantityRange.OpenBelow(0, 1000));

    /// <summary>Initial flavour lepton asymmetry L₆ = 10⁶ L/s of Shi–Fuller production.</summary>
    public static Quantity LeptonAsymmetryL6 { get; } = new(
        "lepton_asymmetry_l6", "leptonAsymmetryL6", "L₆", string.Empty, "initial lepton asymmetry L₆ = 10⁶ L/s", QuantityRange.Closed(0, 1e6));
}
