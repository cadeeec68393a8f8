using System.Text.Json.Nodes;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

public class XRayLineLimitsTests
{
    private static readonly XRayLineLimits Table = XRayLineLimits.Default;

    [Fact]
    public void TheClaimed3p5KeVLineIsExcludedByEveryTabulatedLimitAndMarkedAsInTheBand()
    {
        // Physics note §4.2: m = 7.1 keV, sin²2θ = 7e-11 (Bulbul et al. 2014) has τ_γ = 5.8e27 s: below the Draco bound
        // (τ > 7e27 s, Ruchayskiy et al. 2016) and above the blank-sky limit 2e-11 (Dessert et al. 2020).
        var verdict = Table.Judge(7.1, 7e-11);
        Assert.Equal(VerdictLevel.Excluded, verdict.Level);
        Assert.Equal(5.8e27, verdict.Value, 0.02 * 5.8e27);
        Assert.Contains("inside the 3.5 keV line band", verdict.Rule);
        Assert.Contains("arXiv:1402.2301", verdict.Rule);
        Assert.Equal(2, verdict.References.Count);
        Assert.Contains(verdict.References, r => r.Source.Contains("arXiv:1812.06976", StringComparison.Ordinal));
    }

    [Fact]
    public void DisagreeingLimitsGiveMarginal()
    {
        // 4e-11 at 7.1 keV: above Dessert et al.'s 2e-11, below Draco's 7e-11 × 5.8e27/7e27 ≈ 5.8e-11.
        Assert.Equal(VerdictLevel.Marginal, Table.Judge(7.1, 4e-11).Level);
        Assert.Equal(VerdictLevel.Allowed, Table.Judge(7.1, 1.5e-11).Level);
        Assert.Contains("outside the 3.5 keV line band", Table.Judge(7.1, 1.5e-11).Rule);
    }

    [Fact]
    public void EachLimitReproducesItsQuotedValueAndIsMonotoneAtConstantLifetimeInItsWindow()
    {
        foreach (var limit in Table.Limits)
        {
            Assert.Equal(limit.QuotedSin2TwoTheta, limit.Sin2TwoThetaMax(limit.MassKeV)!.Value, 1e-9 * limit.QuotedSin2TwoTheta);
            if (limit.Quantity == XRayLimitQuantity.LifetimeSeconds)
            {
                Assert.Equal(limit.Value, XRayDecay.LifetimeSeconds(limit.MassKeV, limit.QuotedSin2TwoTheta), 1e-9 * limit.Value);
            }

            // Both sources bound the decay rate of a line in a narrow energy window: a constant lifetime, so
            // sin²2θ_max ∝ m⁻⁵ (Γ_γ ∝ sin²2θ m⁵) strictly decreases with the mass across the window.
            double previous = double.PositiveInfinity;
            for (int i = 0; i <= 20; i++)
            {
                double m = limit.WindowMinKeV + i * (limit.WindowMaxKeV - limit.WindowMinKeV) / 20;
                double s = limit.Sin2TwoThetaMax(m)!.Value;
                Assert.True(s < previous, $"{limit.Id} not decreasing at {m} keV");
                Assert.Equal(limit.QuotedSin2TwoTheta * Math.Pow(limit.MassKeV / m, 5), s, 1e-9 * s);
                previous = s;
            }

            Assert.Null(limit.Sin2TwoThetaMax(limit.WindowMaxKeV * 1.01));
        }
    }

    [Fact]
    public void OutsideEveryWindowTheEnergyIndependentLifetimeBoundApplies()
    {
        var verdict = Table.Judge(20, 1e-13);
        Assert.Contains("outside every tabulated window", verdict.Rule);
        Assert.Equal(Table.Fallback.Value, Assert.Single(verdict.References).Value);
        Assert.Equal(verdict.Value >= Table.Fallback.Value ? VerdictLevel.Allowed : VerdictLevel.Excluded, verdict.Level);
    }

    [Fact]
    public void WithoutMixingTheLifetimeIsInfinite()
    {
        var verdict = XRayLineLimits.WithoutMixing();
        Assert.Equal(VerdictLevel.Allowed, verdict.Level);
        Assert.True(double.IsPositiveInfinity(verdict.Value));
        Assert.Contains("infinite", verdict.Rule);
    }

    [Fact]
    public void XRayCommandGivesTheVerdictAgainstTheTable()
    {
        var (code, output, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("excluded", json["verdict"]!.GetValue<string>());
        Assert.NotEmpty(json["inLineBand"]!.AsArray());
        Assert.Equal(2, json["limits"]!.AsArray().Count);
    }
}
