using Freestream.Thermal;
using Freestream.Cosmology;

namespace Freestream.Tests.Thermal;

/// <summary>Thermodynamic consistency of the QCD sector (lattice pressure joined to the resonance gas).</summary>
public class QcdSectorTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.085)]
    [InlineData(0.11)]
    [InlineData(0.135)]
    [InlineData(0.157)]
    [InlineData(0.3)]
    [InlineData(3.0)]
    public void EntropyAndHeatCapacityAreTemperatureDerivatives(double temperatureGeV)
    {
        // s = dp/dT and c_V = dρ/dT, i.e. with ρ̂ = ρ/T⁴, p̂ = p/T⁴: (ρ̂ + p̂) = 4p̂ + dp̂/dln T and
        // ĉ = 4ρ̂ + dρ̂/dln T (the switch window is 80–140 MeV).
        const double h = 1e-3;
        static (double E, double P, double C) At(double t) => QcdSector.Thermodynamics(t);
        var m2 = At(temperatureGeV * Math.Exp(-2 * h));
        var m1 = At(temperatureGeV * Math.Exp(-h));
        var p1 = At(temperatureGeV * Math.Exp(h));
        var p2 = At(temperatureGeV * Math.Exp(2 * h));
        var at = At(temperatureGeV);
        double dP = (m2.P - 8 * m1.P + 8 * p1.P - p2.P) / (12 * h);
        double dE = (m2.E - 8 * m1.E + 8 * p1.E - p2.E) / (12 * h);
        Assert.Equal(1.0, (4 * at.P + dP) / (at.E + at.P), 1e-6);
        Assert.Equal(1.0, (4 * at.E + dE) / at.C, 1e-5);
    }

    [Fact]
    public void LatticePressureApproachesTheStefanBoltzmannLimit()
    {
        // HotQCD fit: p/T⁴ → 95π²/180 (gluons + 3 massless flavours) as T → ∞; within 0.2 % at 1 TeV.
        Assert.Equal(1.0, LatticeQcdPressure.ScaledPressure(1e3) / LatticeQcdPressure.IdealPressure, 2e-3);
        Assert.Equal(95 * Math.PI * Math.PI / 180, LatticeQcdPressure.IdealPressure, 14);
    }
}
