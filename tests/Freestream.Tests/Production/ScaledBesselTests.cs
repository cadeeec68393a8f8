using Freestream.Production;

namespace Freestream.Tests.Production;

public class ScaledBesselTests
{
    [Theory]
    [InlineData(1.0, 1.6361534863)] // e^z K₁(z) = ∫₀^∞ e^{−z(cosh t − 1)} cosh t dt (A&S 9.6.24, trapezoid to 1e-12; mpmath agrees); below the switch at z = 3,
    [InlineData(2.999, 0.8067235786)] // where MathNet's BesselK1e is wrong (2.309 at z = 1),
    [InlineData(3.0, 0.8065634801)] // at the switch,
    [InlineData(10.0, 0.4107665706)] // and above it.
    public void MatchesMpmathOnBothSidesOfTheBranchSwitch(double z, double expected)
    {
        Assert.Equal(1, ScaledBessel.K1(z) / expected, 1e-6);
    }

    [Fact]
    public void ApproachesTheAsymptoticForm()
    {
        // e^z K₁(z) → √(π/2z) (1 + 3/(8z)) for z → ∞ (Abramowitz & Stegun 9.7.2); the next term is −15/(128 z²).
        double z = 400;
        double asymptotic = Math.Sqrt(Math.PI / (2 * z)) * (1 + (3 / (8 * z)) - (15 / (128 * z * z)));
        Assert.Equal(1, ScaledBessel.K1(z) / asymptotic, 1e-8);
    }
}
