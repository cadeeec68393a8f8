using Freestream.Thermal;
using MathNet.Numerics;

namespace Freestream.Tests.Thermal;

/// <summary>The ideal Bose/Fermi gas integrals against their analytic limits.</summary>
public class IdealGasTests
{
    [Fact]
    public void MasslessLimitsAreStefanBoltzmann()
    {
        // Kolb & Turner eq. 3.52: ρ/T⁴ = π²/30 per boson dof, 7/8 of it per fermion dof; p = ρ/3, c_V = 4ρ/T.
        foreach (bool fermion in new[] { false, true })
        {
            double expected = (fermion ? 7.0 / 8.0 : 1.0) * Math.PI * Math.PI / 30.0;
            var (e, p, c) = IdealGas.PerDegree(1e-9, fermion);
            Assert.Equal(expected, e, 1e-12);
            Assert.Equal(expected / 3, p, 1e-12);
            Assert.Equal(4 * expected, c, 1e-9);
        }
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(20.0)]
    [InlineData(100.0)]
    public void NonRelativisticGasMatchesTheBesselSeries(double x)
    {
        // Sum over n of the Boltzmann terms: p/T⁴ = (x²/2π²) Σ (∓1)^{n+1} K₂(nx)/n²,
        // ρ/T⁴ = (x²/2π²) Σ (∓1)^{n+1} [3K₂(nx)/n² + x K₁(nx)/n] (Kolb & Turner, §3.3).
        foreach (bool fermion in new[] { false, true })
        {
            double p = 0, e = 0;
            for (int n = 1; n <= 40; n++)
            {
                double sign = fermion && n % 2 == 0 ? -1 : 1;
                p += sign * SpecialFunctions.BesselK(2, n * x) / (n * n);
                e += sign * (3 * SpecialFunctions.BesselK(2, n * x) / (n * n) + x * SpecialFunctions.BesselK(1, n * x) / n);
            }

            double norm = x * x / (2 * Math.PI * Math.PI);
            var result = IdealGas.PerDegree(x, fermion);
            Assert.Equal(1.0, result.Pressure / (norm * p), 1e-10);
            Assert.Equal(1.0, result.Energy / (norm * e), 1e-10);
        }
    }

    [Fact]
    public void HeatCapacityIsTheTemperatureDerivativeOfTheEnergyDensity()
    {
        // c_V = dρ/dT at fixed m: with ρ = T⁴ ρ̂(m/T), dρ/dT/T³ = 4ρ̂ − x dρ̂/dx.
        foreach (bool fermion in new[] { false, true })
        {
            foreach (double x in new[] { 0.3, 2.0, 15.0 })
            {
                double h = 1e-3 * x;
                double slope = (IdealGas.PerDegree(x - 2 * h, fermion).Energy - 8 * IdealGas.PerDegree(x - h, fermion).Energy
                    + 8 * IdealGas.PerDegree(x + h, fermion).Energy - IdealGas.PerDegree(x + 2 * h, fermion).Energy) / (12 * h);
                var at = IdealGas.PerDegree(x, fermion);
                Assert.Equal(1.0, at.HeatCapacity / (4 * at.Energy - x * slope), 1e-7);
            }
        }
    }
}
