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
        // (τ > 7e27 s, Ruchayskiy et al. 2016) and far above the blank-sky limit of Dessert et al. 2020 (fig. 1: 1.14e-12 at 7.105 keV).
        var verdict = Table.Judge(7.1, 7e-11)!;
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
        // 4e-11 at 7.1 keV: above the blank-sky limit (1.14e-12 at 7.105 keV), below Draco's 7e-11 × 5.8e27/7e27 ≈ 5.8e-11;
        // 1e-12 lies below both.
        Assert.Equal(VerdictLevel.Marginal, Table.Judge(7.1, 4e-11)!.Level);
        Assert.Equal(VerdictLevel.Allowed, Table.Judge(7.1, 1e-12)!.Level);
        Assert.Contains("outside the 3.5 keV line band", Table.Judge(7.1, 1e-12)!.Rule);
    }

    [Fact]
    public void EachLimitReproducesItsQuotedValueAndItsPublishedNodes()
    {
        foreach (var limit in Table.Limits)
        {
            Assert.Equal(limit.QuotedSin2TwoTheta, limit.Sin2TwoThetaMax(limit.MassKeV)!.Value, 1e-9 * limit.QuotedSin2TwoTheta);
            if (limit.Quantity == XRayLimitQuantity.LifetimeSeconds)
            {
                Assert.Equal(limit.Value, XRayDecay.LifetimeSeconds(limit.MassKeV, limit.QuotedSin2TwoTheta), 1e-9 * limit.Value);
            }

            // Log–log interpolation passes through every node and stays between neighbouring nodes.
            var nodes = limit.Nodes;
            for (int i = 1; i < nodes.Count; i++)
            {
                Assert.Equal(nodes[i].Sin2TwoTheta, limit.Sin2TwoThetaMax(nodes[i].MassKeV)!.Value, 1e-9 * nodes[i].Sin2TwoTheta);
                double middle = limit.Sin2TwoThetaMax(Math.Sqrt(nodes[i - 1].MassKeV * nodes[i].MassKeV))!.Value;
                Assert.InRange(middle, Math.Min(nodes[i - 1].Sin2TwoTheta, nodes[i].Sin2TwoTheta), Math.Max(nodes[i - 1].Sin2TwoTheta, nodes[i].Sin2TwoTheta));
            }

            Assert.Null(limit.Sin2TwoThetaMax(nodes[^1].MassKeV * 1.01));
            Assert.Null(limit.Sin2TwoThetaMax(nodes[0].MassKeV * 0.99));
        }
    }

    [Fact]
    public void AQuotedPointIsMonotoneAtConstantLifetimeInItsWindow()
    {
        // Only where the source is monotone: a limit quoted at one mass bounds the decay rate of a line in a narrow energy
        // window, a constant lifetime, so sin²2θ_max ∝ m⁻⁵ (Γ_γ ∝ sin²2θ m⁵) strictly decreases across the window. A
        // published curve (Dessert et al. 2020, fig. 1) follows the data's fluctuations and is not monotone.
        var quoted = Table.Limits.Where(l => l.Tabulated is null).ToList();
        Assert.NotEmpty(quoted);
        foreach (var limit in quoted)
        {
            double previous = double.PositiveInfinity;
            for (int i = 0; i <= 20; i++)
            {
                double m = limit.WindowMinKeV + i * (limit.WindowMaxKeV - limit.WindowMinKeV) / 20;
                double s = limit.Sin2TwoThetaMax(m)!.Value;
                Assert.True(s < previous, $"{limit.Id} not decreasing at {m} keV");
                Assert.Equal(limit.QuotedSin2TwoTheta * Math.Pow(limit.MassKeV / m, 5), s, 1e-9 * s);
                previous = s;
            }
        }
    }

    [Fact]
    public void TheBlankSkyCurveIsThePublishedFigure1Limit()
    {
        // Dessert, Rodd & Safdi 2020, fig. 1 (authors' data file): 5.48e-12 at 6.7 keV, 1.14e-12 at 7.105 keV, 3.40e-12 at 7.4 keV.
        var dessert = Assert.Single(Table.Limits, l => l.Id == "dessert2020");
        Assert.Equal(20, dessert.Nodes.Count);
        Assert.Equal(5.478e-12, dessert.Sin2TwoThetaMax(6.7)!.Value, 1e-15);
        Assert.Equal(1.143e-12, dessert.Sin2TwoThetaMax(7.1053)!.Value, 1e-15);
        Assert.Equal(3.398e-12, dessert.Sin2TwoThetaMax(7.4)!.Value, 1e-15);
    }

    [Fact]
    public void OutsideEveryWindowThereIsNoVerdict()
    {
        // No published limit in the table at 20 keV: no verdict, and no bound extrapolated from 3.5 keV lines.
        Assert.False(Table.Covers(20));
        Assert.Null(Table.Judge(20, 1e-8));
        Assert.StartsWith("no published limit in the table at this mass", Table.NoPublishedLimit(20), StringComparison.Ordinal);
        Assert.Contains("6.7-7.4 keV (dessert2020)", Table.NoPublishedLimit(20), StringComparison.Ordinal);
        Assert.True(Table.Covers(7.1));
    }

    [Fact]
    public void XRayCommandSaysWhenNoLimitIsTabulated()
    {
        var (code, output, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "20", "--sin2-2theta", "1e-10", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("not judged", json["verdict"]!.GetValue<string>());
        Assert.StartsWith("no published limit in the table at this mass", json["verdictRule"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(json["limits"]!.AsArray());
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
