using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// A flavour lepton asymmetry L_α = (n_να − n_ν̄α) + (n_ℓα − n_ℓ̄α) (total flavour lepton number density),
/// stored in the one internal convention L/s (s = 2π² g*s T³/45 the entropy density, conserved while no
/// sterile neutrinos are made), with converters to the other normalisations of the literature.
/// </summary>
/// <remarks>
/// Physics note docs/physics/dodelson_widrow_xray.md §3.4 (normalisation pitfall): L₆ = 10⁶ L/s (Cherry &amp; Horiuchi 2017,
/// arXiv:1701.07874, with L the total flavour lepton number), L/n_γ with n_γ = 2ζ(3)T³/π² and L/T³. The last
/// two are not conserved (they change with g*s), so they are defined at a stated photon temperature: at
/// temperature T, L/T³ = (2π² g*s(T)/45) L/s and L/n_γ = (π⁴ g*s(T)/(45 ζ(3))) L/s. The public production code of
/// Venumadhav et al. 2016 (arXiv:1507.06655) quotes L/T³ and L/n_γ at its start temperature 10 GeV.
/// </remarks>
public readonly record struct LeptonAsymmetry
{
    private LeptonAsymmetry(double perEntropy) => PerEntropy = perEntropy;

    /// <summary>The zero asymmetry (pure Dodelson–Widrow production).</summary>
    public static LeptonAsymmetry Zero => default;

    /// <summary>L/s, the internal (conserved) convention.</summary>
    public double PerEntropy { get; }

    /// <summary>L₆ = 10⁶ L/s.</summary>
    public double L6 => 1e6 * PerEntropy;

    /// <summary>From L/s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite.</exception>
    public static LeptonAsymmetry FromPerEntropy(double perEntropy)
    {
        if (!double.IsFinite(perEntropy))
        {
            throw new ArgumentOutOfRangeException(nameof(perEntropy), perEntropy, "the lepton asymmetry L/s must be a finite number");
        }

        return new LeptonAsymmetry(perEntropy);
    }

    /// <summary>From L₆ = 10⁶ L/s.</summary>
    public static LeptonAsymmetry FromL6(double l6) => FromPerEntropy(1e-6 * CheckFinite(l6, nameof(l6)));

    /// <summary>From L/n_γ at photon temperature T (GeV), with g*s(T) of <paramref name="dof"/> (Standard Model if null).</summary>
    public static LeptonAsymmetry FromPerPhoton(double perPhoton, double temperatureGeV, IDegreesOfFreedom? dof = null) =>
        FromPerEntropy(CheckFinite(perPhoton, nameof(perPhoton)) / PhotonsPerEntropyInverse(temperatureGeV, dof));

    /// <summary>From L/T³ at photon temperature T (GeV).</summary>
    public static LeptonAsymmetry FromPerCubicTemperature(double perCubicTemperature, double temperatureGeV, IDegreesOfFreedom? dof = null) =>
        FromPerEntropy(CheckFinite(perCubicTemperature, nameof(perCubicTemperature)) / EntropyOverCubicTemperature(temperatureGeV, dof));

    /// <summary>L/n_γ at photon temperature T (GeV): (π⁴ g*s(T)/(45 ζ(3))) L/s.</summary>
    public double PerPhoton(double temperatureGeV, IDegreesOfFreedom? dof = null) => PerEntropy * PhotonsPerEntropyInverse(temperatureGeV, dof);

    /// <summary>L/T³ at photon temperature T (GeV): (2π² g*s(T)/45) L/s.</summary>
    public double PerCubicTemperature(double temperatureGeV, IDegreesOfFreedom? dof = null) => PerEntropy * EntropyOverCubicTemperature(temperatureGeV, dof);

    /// <summary>s/T³ = 2π² g*s(T)/45.</summary>
    public static double EntropyOverCubicTemperature(double temperatureGeV, IDegreesOfFreedom? dof = null)
    {
        if (!double.IsFinite(temperatureGeV) || temperatureGeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureGeV), temperatureGeV, "the reference temperature must be a finite number > 0 GeV");
        }

        return 2 * Math.PI * Math.PI / 45 * (dof ?? StandardModelDegreesOfFreedom.Instance).EntropyDof(temperatureGeV);
    }

    /// <summary>s/n_γ = π⁴ g*s(T)/(45 ζ(3)).</summary>
    private static double PhotonsPerEntropyInverse(double temperatureGeV, IDegreesOfFreedom? dof) =>
        EntropyOverCubicTemperature(temperatureGeV, dof) * Math.PI * Math.PI / (2 * PhysicalConstants.Zeta3);

    private static double CheckFinite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "the lepton asymmetry must be a finite number");
}
