using Freestream.Production;

namespace Freestream.Tests.Production;

/// <summary>The edges of the Shi–Fuller region: where no initial asymmetry gives the target abundance.</summary>
public class ShiFullerTargetTests
{
    private static readonly ShiFullerSolver Muon = new(ActiveNeutrinoFlavour.Muon);

    [Fact]
    public void AsymmetriesUpToTheLimitItselfAreFound()
    {
        // At 4 keV and sin²2θ = 1e-12 the target needs L/s ≈ 9e-4, between the last fourfold bracket step below the limit
        // (4.1e-4) and the limit 1e-3: the search must try the limit itself rather than give up at the next step (1.6e-3).
        var run = ShiFullerModel.AsymmetryForOmegaH2(Muon, 4, 1e-12, 0.12);
        Assert.Equal(1.0, run.OmegaH2 / 0.12, 1e-3);
        Assert.InRange(run.InitialAsymmetry.PerEntropy, 4.1e-4, ShiFullerModel.MaxAsymmetryPerEntropy);
    }

    [Fact]
    public void BothEdgesSayWhichSideThePointIsOn()
    {
        // Dodelson–Widrow alone at 7.1 keV needs sin²2θ ≈ 1.8e-9 for Ω h² = 0.12 (issue 7): 3e-9 overproduces at L = 0.
        var over = Assert.Throws<ShiFullerTargetException>(() => ShiFullerModel.AsymmetryForOmegaH2(Muon, 7.1, 3e-9, 0.12));
        Assert.Equal(ShiFullerTargetFailure.OverproducedWithoutAsymmetry, over.Failure);
        Assert.Equal("sin2TwoTheta", over.ParamName);
        Assert.DoesNotContain("Parameter", over.Reason, StringComparison.Ordinal);

        // Lepton number bounds the abundance: Ω h² ≤ m (L/s) s₀/(ρ_c/h²) = 0.12 × (L₆/61) (7.1 keV/m), so at 4 keV the limit
        // L₆ = 1000 can give at most Ω h² ≈ 3.5 — but with a tiny mixing the resonance converts only a little of it.
        var under = Assert.Throws<ShiFullerTargetException>(() => ShiFullerModel.AsymmetryForOmegaH2(Muon, 4, 1e-14, 0.12));
        Assert.Equal(ShiFullerTargetFailure.AsymmetryLimitReached, under.Failure);
    }
}
