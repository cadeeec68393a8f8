using Freestream.Numerics;

namespace Freestream.Thermal;

/// <summary>Declared inputs of the thermal history (see <see cref="Quantity"/>).</summary>
public static class ThermalQuantities
{
    /// <summary>
    /// Photon temperature in GeV, within the range where <see cref="StandardModelDegreesOfFreedom"/> tabulates
    /// g*(T) and g*s(T) (1 keV–10 TeV); outside it the tables would be clamped and H, t meaningless.
    /// </summary>
    public static Quantity TemperatureGeV { get; } = new(
        "temperature_gev", "temperatureGeV", "T", "GeV", "photon temperature", QuantityRange.Closed(1e-6, 1e4));
}
