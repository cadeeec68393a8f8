using System.Runtime.CompilerServices;

namespace Freestream.Thermal;

/// <summary>
/// Expansion of the radiation-dominated early universe as a function of the photon temperature:
/// the Friedmann rate H(T) and the time–temperature relation t(T), for any
/// <see cref="IDegreesOfFreedom"/>.
/// </summary>
/// <remarks>
/// H² = (8π/3) ρ/M_Pl² with ρ = (π²/30) g*(T) T⁴ gives H = √(8π³ g*/90) T²/M_Pl (Kolb &amp; Turner,
/// The Early Universe, eq. 3.120). Comoving entropy conservation, g*s T³ a³ = const, gives
/// d ln a/d ln T = −(1 + (1/3) d ln g*s/d ln T). Valid while radiation dominates (T ≫ 1 eV).
/// </remarks>
public static class RadiationEra
{
    private static readonly ConditionalWeakTable<IDegreesOfFreedom, TimeTemperatureTable> TimeTables = new();

    /// <summary>Hubble rate H(T) = √(8π³ g*(T)/90) T²/M_Pl in GeV.</summary>
    /// <param name="temperatureGeV">Photon temperature in GeV (&gt; 0).</param>
    /// <param name="dof">Degrees of freedom g*(T).</param>
    public static double HubbleRateGeV(double temperatureGeV, IDegreesOfFreedom dof)
    {
        ArgumentNullException.ThrowIfNull(dof);
        double g = dof.EnergyDof(temperatureGeV);
        return Math.Sqrt(8.0 * Math.PI * Math.PI * Math.PI * g / 90.0) * temperatureGeV * temperatureGeV / PhysicalConstants.PlanckMassGeV;
    }

    /// <summary>Hubble rate H(T) in 1/s (H in GeV divided by ħ).</summary>
    /// <param name="temperatureGeV">Photon temperature in GeV (&gt; 0).</param>
    /// <param name="dof">Degrees of freedom g*(T).</param>
    public static double HubbleRatePerSecond(double temperatureGeV, IDegreesOfFreedom dof) =>
        HubbleRateGeV(temperatureGeV, dof) / PhysicalConstants.HbarGeVSeconds;

    /// <summary>d ln a / d ln T = −(1 + (1/3) d ln g*s/d ln T) from comoving entropy conservation.</summary>
    /// <param name="temperatureGeV">Photon temperature in GeV (&gt; 0).</param>
    /// <param name="dof">Degrees of freedom g*s(T).</param>
    public static double LogScaleFactorDerivative(double temperatureGeV, IDegreesOfFreedom dof)
    {
        ArgumentNullException.ThrowIfNull(dof);
        return -(1.0 + dof.LogEntropyDofDerivative(temperatureGeV) / 3.0);
    }

    /// <summary>
    /// Cosmic time t(T) in seconds, counted from T → ∞ (t = 0 at infinite temperature):
    /// t(T) = ∫_{ln T}^{∞} (1 + (1/3) d ln g*s/d ln T′)/H(T′) d ln T′.
    /// </summary>
    /// <remarks>
    /// Tabulated once per <paramref name="dof"/> instance (cached; implementations must be immutable) between
    /// 1 keV and 10 TeV, 64 nodes per e-fold, each interval by 8-point Gauss–Legendre, ln t Hermite-interpolated
    /// (agrees with adaptive quadrature to 1e-8). Above 10 TeV and below 1 keV g* is taken constant and the
    /// exact constant-g continuation t = 1/(2H) + const is used. For constant g this gives t = 1/(2H)
    /// (Kolb &amp; Turner eq. 3.121, t = 0.301 g*^{-1/2} M_Pl/T²). Lookups do not allocate.
    /// </remarks>
    /// <param name="temperatureGeV">Photon temperature in GeV (&gt; 0).</param>
    /// <param name="dof">Degrees of freedom.</param>
    public static double TimeSeconds(double temperatureGeV, IDegreesOfFreedom dof)
    {
        ArgumentNullException.ThrowIfNull(dof);
        TemperatureCheck.Validate(temperatureGeV);
        var table = TimeTables.GetValue(dof, static d => new TimeTemperatureTable(d));
        return table.TimeInverseGeV(temperatureGeV) * PhysicalConstants.HbarGeVSeconds;
    }
}
