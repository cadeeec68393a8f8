using Freestream.Production;

namespace Freestream.Tests.Production;

/// <summary>
/// Dodelson–Widrow conversion acting on a scalar-decay population (Merle, Schneider &amp; Totzauer,
/// arXiv:1512.05369): the combined spectrum is the initial one damped by e^{−τ} plus the DW part.
/// </summary>
public class ScalarDecayWithMixingTests
{
    private static readonly Lazy<ScalarDecayResult> FreezeIn = new(() =>
        new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1e-8, 1e-8)));

    [Fact]
    public void IsoAbundanceMassIsLoweredByTheDodelsonWidrowContribution()
    {
        var scalar = FreezeIn.Value;
        var combined = ScalarDecayWithMixing.Solve(scalar, 2e-10, ActiveNeutrinoFlavour.Muon);

        // sin²2θ = 2e-10 makes DW a minority contribution at m ≈ 7 keV (pure DW needs ~1.8e-9 for 0.12).
        // The combined abundance sits on the target; DW adds particles, so the mass that gives Ω h² = 0.12
        // must be below the pure scalar-decay mass, and both parts contribute.
        Assert.Equal(0.12, combined.OmegaH2, 1e-6);
        Assert.True(combined.MassKeV < scalar.SterileMassKeV, $"m = {combined.MassKeV} keV vs scalar-decay {scalar.SterileMassKeV} keV");
        Assert.True(combined.DodelsonWidrowOmegaH2 > 0.001 * combined.OmegaH2);
        Assert.True(combined.InitialOmegaH2 > 0.5 * combined.OmegaH2);
    }

    [Fact]
    public void TinyMixingReproducesThePureScalarDecaySpectrum()
    {
        var scalar = FreezeIn.Value;
        var combined = ScalarDecayWithMixing.Solve(scalar, 1e-16, ActiveNeutrinoFlavour.Muon);

        // With sin²2θ = 1e-16 the DW part is ~1e-7 of the abundance (Ω ∝ sin²2θ, ~6.7e7 per unit mixing
        // at 7 keV), so the mass and ⟨q⟩ must return to the scalar-decay values.
        Assert.Equal(scalar.SterileMassKeV, combined.MassKeV, scalar.SterileMassKeV * 1e-5);
        Assert.Equal(scalar.MeanQ, combined.MeanQ, 1e-4 * scalar.MeanQ);
    }

    [Fact]
    public void FixedMassAddsAbundanceAndExactEvolutionStaysBelowPlainAddition()
    {
        var scalar = FreezeIn.Value;
        double mass = 0.8 * scalar.SterileMassKeV;
        var combined = ScalarDecayWithMixing.Solve(scalar, 1e-9, ActiveNeutrinoFlavour.Muon, sterileMassKeV: mass);

        // Back-conversion (the e^{−τ} damping of the initial population) makes the exact result smaller
        // than the sum of the parts, by an amount of the order of the optical depth.
        Assert.Equal(mass, combined.MassKeV, 1e-12);
        Assert.True(combined.AdditiveApproximationError >= 0);
        Assert.True(combined.AdditiveApproximationError < 10 * combined.MaxOpticalDepth + 1e-12);
        Assert.Equal(combined.InitialOmegaH2 + combined.DodelsonWidrowOmegaH2, combined.OmegaH2, combined.OmegaH2 * 10 * combined.MaxOpticalDepth + 1e-12);
    }
}
