using Freestream.Thermal;

namespace Freestream.Tests.Thermal;

/// <summary>H(T) and t(T) of the radiation era.</summary>
public class RadiationEraTests
{
    private static readonly StandardModelDegreesOfFreedom Sm = StandardModelDegreesOfFreedom.Instance;

    [Theory]
    [InlineData(100.0, 106.75)]
    [InlineData(1e-3, 10.75)]
    public void HubbleRateIsFriedmannWithRadiation(double temperatureGeV, double g)
    {
        // H² = ρ/(3 M̄_Pl²), ρ = (π²/30) g T⁴, with the reduced Planck mass M̄_Pl = M_Pl/√(8π) (independent constant).
        double rho = Math.PI * Math.PI / 30 * g * Math.Pow(temperatureGeV, 4);
        double expected = Math.Sqrt(rho / 3) / PhysicalConstants.ReducedPlanckMassGeV;
        Assert.Equal(1.0, RadiationEra.HubbleRateGeV(temperatureGeV, new ConstantDegreesOfFreedom(g)) / expected, 1e-6);
    }

    [Fact]
    public void HubbleRateHasTheTextbookCoefficient()
    {
        // Kolb & Turner eq. 3.120: H = 1.66 g*^{1/2} T²/M_Pl; at T = 1 MeV, g = 10.75: H = 0.677 s⁻¹.
        var dof = new ConstantDegreesOfFreedom(10.75);
        Assert.Equal(1.66, RadiationEra.HubbleRateGeV(1.0, dof) * PhysicalConstants.PlanckMassGeV / Math.Sqrt(10.75), 2);
        Assert.Equal(0.677, RadiationEra.HubbleRatePerSecond(1e-3, dof), 3);
    }

    [Theory]
    [InlineData(1e4)]
    [InlineData(1.0)]
    [InlineData(1e-3)]
    [InlineData(1e-7)]
    public void ConstantDofGivesHalfTheHubbleTime(double temperatureGeV)
    {
        // a ∝ t^{1/2} in radiation domination: t = 1/(2H) (Kolb & Turner eq. 3.121).
        var dof = new ConstantDegreesOfFreedom(106.75);
        double expected = 0.5 / RadiationEra.HubbleRatePerSecond(temperatureGeV, dof);
        Assert.Equal(1.0, RadiationEra.TimeSeconds(temperatureGeV, dof) / expected, 1e-8);
    }

    [Fact]
    public void OneMeVIsThreeQuartersOfASecond()
    {
        // t = 0.301 g*^{-1/2} M_Pl/T² = 0.74 s at 1 MeV (Kolb & Turner eq. 3.121, g* ≈ 10.75); the Standard-Model
        // history differs by the earlier, larger g* (t·2H = 1.0015 here) and g*(1 MeV) = 10.56.
        double t = RadiationEra.TimeSeconds(1e-3, Sm);
        Assert.Equal(0.746, t, 0.003);
        Assert.Equal(1.0, t * 2 * RadiationEra.HubbleRatePerSecond(1e-3, Sm), 0.003);
    }

    [Theory]
    [InlineData(3e3)]
    [InlineData(0.3)]
    [InlineData(0.15)]
    [InlineData(0.02)]
    [InlineData(1e-3)]
    [InlineData(2e-4)]
    [InlineData(3e-6)]
    public void TabulatedTimeAgreesWithAdaptiveQuadrature(double temperatureGeV)
    {
        // Independent evaluation of t = ∫_{ln T}^{ln 10 TeV} (1 + (1/3) d ln g*s/d ln T′)/H d ln T′ + 1/(2H(10 TeV)).
        const double top = 1e4;
        double integral = MathNet.Numerics.Integrate.GaussKronrod(
            l => (1 + Sm.LogEntropyDofDerivative(Math.Exp(l)) / 3) / RadiationEra.HubbleRateGeV(Math.Exp(l), Sm),
            Math.Log(temperatureGeV),
            Math.Log(top),
            1e-11,
            25);
        double expected = (integral + 0.5 / RadiationEra.HubbleRateGeV(top, Sm)) * PhysicalConstants.HbarGeVSeconds;
        Assert.Equal(1.0, RadiationEra.TimeSeconds(temperatureGeV, Sm) / expected, 1e-8);
    }

    [Fact]
    public void TimeDerivativeIsTheEntropyJacobianOverH()
    {
        // dt/d ln T = (d ln a/d ln T)/H = −(1 + (1/3) d ln g*s/d ln T)/H.
        foreach (double temperatureGeV in new[] { 3e3, 0.16, 0.02, 2e-4 })
        {
            const double h = 1e-3;
            double slope = (RadiationEra.TimeSeconds(temperatureGeV * Math.Exp(h), Sm) - RadiationEra.TimeSeconds(temperatureGeV * Math.Exp(-h), Sm)) / (2 * h);
            double expected = RadiationEra.LogScaleFactorDerivative(temperatureGeV, Sm) / RadiationEra.HubbleRatePerSecond(temperatureGeV, Sm);
            Assert.Equal(1.0, slope / expected, 1e-5);
        }
    }

    [Fact]
    public void ScaleFactorFallsAsOneOverTWithConstantDof()
    {
        Assert.Equal(-1.0, RadiationEra.LogScaleFactorDerivative(5.0, new ConstantDegreesOfFreedom(50)));
        Assert.True(RadiationEra.LogScaleFactorDerivative(0.16, Sm) < -1.5);
    }

    [Fact]
    public void NegativeTemperatureThrowsNamingTheParameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RadiationEra.TimeSeconds(-1, Sm));
        Assert.Equal("temperatureGeV", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RadiationEra.HubbleRateGeV(double.NaN, Sm));
    }
}
