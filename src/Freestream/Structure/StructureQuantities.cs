using Freestream.Numerics;

namespace Freestream.Structure;

/// <summary>Declared inputs of the structure stage (see <see cref="Quantity"/>).</summary>
public static class StructureQuantities
{
    /// <summary>
    /// Mass of a thermal relic (Fermi–Dirac, g = 2, all of the dark matter) in keV: one range for <c>transfer</c> and
    /// <c>judge</c>: the keV window of warm dark matter (heavier relics are cold on every scale of the solver's k grid).
    /// </summary>
    public static Quantity ThermalMassKeV { get; } = new(
        "thermal_mass_kev", "thermalMassKeV", "m_th", "keV", "thermal-relic mass m_th", QuantityRange.Closed(0.01, 1000));
}
