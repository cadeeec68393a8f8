using Freestream.Structure;

namespace Freestream.Tests.Structure;

public class XRayLimitTests
{
    private static readonly XRayLimitSettings Defaults = new();

    [Fact]
    public void ThreePointFiveKeVLineLifetimeIsJustBelowTheDracoBound()
    {
        // Physics note §4.2: m = 7.1 keV, sin²2θ = 7e-11 (Bulbul et al. 2014) gives τ_γ = 5.8e27 s, below the 7e27 s lower end
        // of Ruchayskiy et al. 2016 (arXiv:1512.07217): the line interpretation sits at the bound, so it is excluded by it.
        var verdict = XRayLimit.Judge(7.1, 7e-11, 1.0, Defaults);
        Assert.Equal(5.8e27, verdict.Value, 0.02 * 5.8e27);
        Assert.Equal(VerdictLevel.Excluded, verdict.Level);
        // sin²2θ = 2e-11 → 2.0e28 s (note §4.2): above the strict bound.
        Assert.Equal(VerdictLevel.Allowed, XRayLimit.Judge(7.1, 2e-11, 1.0, Defaults).Level);
        // 5e-11 → 8.1e27 s: between the bounds.
        Assert.Equal(VerdictLevel.Marginal, XRayLimit.Judge(7.1, 5e-11, 1.0, Defaults).Level);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(7.1)]
    [InlineData(30.0)]
    public void ExclusionBoundaryFollowsTheWidthFormula(double massKeV)
    {
        // Γ_γ ∝ sin²2θ m_s⁵ (note eq. 8): the mixing at which τ_γ equals the conservative bound is
        // sin²2θ* = 1e-7 / (τ_min · 1.36e-29 s⁻¹ · (m/keV)⁵); the verdict flips there.
        double boundary = 1e-7 / (Defaults.ConservativeMinLifetimeSeconds * 1.3609e-29 * Math.Pow(massKeV, 5));
        Assert.Equal(VerdictLevel.Excluded, XRayLimit.Judge(massKeV, boundary * 1.01, 1.0, Defaults).Level);
        Assert.Equal(VerdictLevel.Marginal, XRayLimit.Judge(massKeV, boundary * 0.99, 1.0, Defaults).Level);
    }

    [Fact]
    public void SubdominantSpeciesIsJudgedByItsShareOfTheFlux()
    {
        // The line flux (note eq. 9) scales with Γ_γ ρ_s: a 10 % species looks like a full one with ten times the lifetime.
        double full = XRayLimit.EffectiveLifetimeSeconds(7.1, 7e-11, 1.0);
        Assert.Equal(10 * full, XRayLimit.EffectiveLifetimeSeconds(7.1, 7e-11, 0.1), 1e-9 * full);
        Assert.Equal(VerdictLevel.Allowed, XRayLimit.Judge(7.1, 7e-11, 0.1, Defaults).Level);
    }

    [Fact]
    public void BadInputNamesTheParameter()
    {
        Assert.Equal("darkMatterFraction", Assert.Throws<ArgumentOutOfRangeException>(() => XRayLimit.EffectiveLifetimeSeconds(7.1, 7e-11, 0)).ParamName);
        Assert.Equal("StrictMinLifetimeSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => new XRayLimitSettings(1e28, 1e27).Validated()).ParamName);
        Assert.Equal("massKeV", Assert.Throws<ArgumentOutOfRangeException>(() => XRayLimit.Judge(-1, 7e-11, 1, Defaults)).ParamName);
    }
}
