using Freestream.Structure;
using Freestream.Thermal;

namespace Freestream.Tests.Structure;

/// <summary>Radiative decay N → νγ and the X-ray line flux from NFW haloes.</summary>
public class XRayTests
{
    [Theory]
    [InlineData(7.1, 7e-11)]
    [InlineData(1.0, 1e-7)]
    [InlineData(50.0, 3e-13)]
    public void WidthIsPalWolfensteinFormula(double massKeV, double sin2TwoTheta)
    {
        // Pal & Wolfenstein 1982; Barger, Phillips & Sarkar 1995: Γ = 9 α G_F² sin²2θ m⁵ / (1024 π⁴).
        double m = massKeV * 1e-6;
        double expected = 9 * PhysicalConstants.FineStructureConstant * Math.Pow(PhysicalConstants.FermiConstantGeV2, 2)
                          * sin2TwoTheta * Math.Pow(m, 5) / (1024 * Math.Pow(Math.PI, 4));
        Assert.Equal(1.0, XRayDecay.WidthGeV(massKeV, sin2TwoTheta) / expected, 6);
        Assert.Equal(0.5, XRayDecay.WidthGeV(massKeV, sin2TwoTheta, SterileNeutrinoNature.Dirac) / expected, 6);
    }

    [Fact]
    public void WidthNormalisationIs1p36e29PerSecond()
    {
        // Physics note §4.1 [derived]: 1.3609e-29 s⁻¹ (sin²2θ/1e-7)(m/keV)⁵; literature 1.38e-29 within 1.5 %.
        double width = XRayDecay.WidthPerSecond(1.0, 1e-7);
        Assert.InRange(width, 1.355e-29, 1.366e-29);
        Assert.InRange(width / 1.38e-29, 0.985, 1.0);
    }

    [Fact]
    public void LifetimeAt7p1KeVAnd7em11Is5p8e27Seconds()
    {
        // Physics note §4.2 [derived]; Bulbul et al. 2014 (arXiv:1402.2301) best fit m = 7.1 keV, sin²2θ = 7e-11.
        Assert.Equal(5.8e27, XRayDecay.LifetimeSeconds(7.1, 7e-11), 0.05e27);
        Assert.Equal(8.1e27, XRayDecay.LifetimeSeconds(7.1, 5e-11), 0.1e27);
        Assert.Equal(4.1e27, XRayDecay.LifetimeSeconds(7.1, 1e-10), 0.05e27);
        Assert.Equal(3.55, XRayDecay.LineEnergyKeV(7.1), 12);
    }

    [Theory]
    [InlineData(0.0, 1e-10)]
    [InlineData(-1.0, 1e-10)]
    [InlineData(7.1, 0.0)]
    [InlineData(7.1, 1.0)]
    [InlineData(7.1, double.NaN)]
    public void BadInputNamesTheParameter(double massKeV, double sin2TwoTheta)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => XRayDecay.WidthGeV(massKeV, sin2TwoTheta));
        Assert.Equal(massKeV > 0 ? "sin2TwoTheta" : "massKeV", ex.ParamName);
    }

    [Theory]
    [InlineData(1.0, 1.85e23)]
    [InlineData(10.0, 8.79e22)]
    [InlineData(90.0, 1.70e22)]
    [InlineData(180.0, 1.08e22)]
    public void MilkyWayColumnDensityMatchesWorkedExample(double angleDeg, double expected)
    {
        // Physics note §4.3 worked example [derived]: NFW r_s = 20 kpc, ρ(8.5 kpc) = 0.4 GeV cm⁻³, r_max = 300 kpc.
        double s = XRayLineFlux.ColumnDensityGeVPerCm2(XRayHalo.MilkyWay, angleDeg * Math.PI / 180);
        Assert.Equal(1.0, s / expected, 2);
    }

    [Fact]
    public void MilkyWaySurfaceBrightnessMatchesWorkedExample()
    {
        // Physics note §4.3: I = 0.356 and 0.0208 photons cm⁻² s⁻¹ sr⁻¹ at 1° and 180° (7.1 keV, 7e-11).
        Assert.Equal(1.0, XRayLineFlux.SurfaceBrightness(XRayHalo.MilkyWay, 7.1, 7e-11, 1.0) / 0.356, 2);
        Assert.Equal(1.0, XRayLineFlux.SurfaceBrightness(XRayHalo.MilkyWay, 7.1, 7e-11, 180.0) / 0.0208, 2);
    }

    [Fact]
    public void ClusterPointSourceFluxMatchesWorkedExample()
    {
        // Physics note §4.3: 1e13 M_⊙ in the field at 75 Mpc, 7.1 keV, 7e-11 → 4.0e-7 photons cm⁻² s⁻¹.
        Assert.Equal(4.0e-7, XRayLineFlux.PointSourceFlux(7.1, 7e-11, 1e13, 75.0), 0.05e-7);
    }

    [Fact]
    public void SmallFieldDFactorIsColumnTimesSolidAngle()
    {
        // Off-centre field much smaller than the scale of S(ψ): D → S(ψ₀) ΔΩ.
        var halo = XRayHalo.MilkyWay;
        double d = XRayLineFlux.DFactor(halo, 0.05, 90.0);
        double expected = XRayLineFlux.ColumnDensityGeVPerCm2(halo, Math.PI / 2) * XRayLineFlux.FieldOfViewSr(0.05);
        Assert.Equal(1.0, d / expected, 4);
    }

    [Fact]
    public void DistantHaloDFactorIsProjectedMassOverDistanceSquared()
    {
        // For a distant halo the whole halo inside a wide field gives D = M_total/d² (mass conservation).
        var halo = XRayHalo.Perseus;
        double distanceCm = halo.DistanceKpc * XRayHalo.KpcCm;
        double fovDeg = 3.0; // r_200 = 1.79 Mpc at 75 Mpc subtends 1.37°
        double d = XRayLineFlux.DFactor(halo, fovDeg, 0.0);
        double expected = 6.65e14 * XRayHalo.SolarMassGeV / (distanceCm * distanceCm);
        Assert.Equal(1.0, d / expected, 3);
    }

    [Fact]
    public void CentredFieldDFactorConvergesWithQuadrature()
    {
        // The centred D-factor (log-singular column at ψ = 0) equals the ring sum computed off-axis limit.
        var halo = XRayHalo.M31;
        double centred = XRayLineFlux.DFactor(halo, 0.2, 0.0);
        double nearlyCentred = XRayLineFlux.DFactor(halo, 0.2, 1e-4);
        Assert.Equal(1.0, nearlyCentred / centred, 4);
    }
}
