using Freestream.Distributions;
using Freestream.Structure;
using Freestream.Thermal;

namespace Freestream.Tests.Distributions;

/// <summary>ΔN_eff of a spectrum, the dark-radiation verdict and the split of a spectrum into populations by number.</summary>
public class DarkRadiationAndComponentsTests
{
    private static double[] LogGrid(double min, double max, int points) =>
        [.. Enumerable.Range(0, points).Select(i => min * Math.Pow(max / min, i / (points - 1.0)))];

    [Fact]
    public void MasslessFermiDiracRelicCountsAsOneNeutrinoFlavourAndAKeVRelicAsNoneAtRecombination()
    {
        // g = 2 with f = 1/(e^q + 1) is exactly one ν + ν̄ flavour: ΔN_eff = 1 while relativistic. A 7 keV particle at
        // recombination (x = m/T_ν ≈ 3.8e4) is matter: 3P/ρ_ν = 60g∫q⁴f dq/(7π⁴x), ∫q⁴/(e^q + 1) dq = (15/16)·4!·ζ(5).
        double[] q = LogGrid(1e-4, 60, 400);
        var relic = new MomentumDistribution(q, [.. q.Select(x => 1 / (Math.Exp(x) + 1))], 2);
        Assert.Equal(1, DarkRadiationDensity.DeltaNeff(relic, 0, DarkRadiationDensity.BbnNeutrinoTemperatureGeV), 1e-4);
        Assert.Equal(1, DarkRadiationDensity.DeltaNeff(relic, 7, DarkRadiationDensity.BbnNeutrinoTemperatureGeV), 1e-4);
        double x = 7e-6 / DarkRadiationDensity.RecombinationNeutrinoTemperatureGeV;
        double nonRelativistic = 60 * 2 * (15.0 / 16 * 24 * 1.0369277551433699) / (7 * Math.Pow(Math.PI, 4) * x);
        Assert.Equal(nonRelativistic, DarkRadiationDensity.DeltaNeff(relic, 7, DarkRadiationDensity.RecombinationNeutrinoTemperatureGeV), 1e-3 * nonRelativistic);
        Assert.Equal(PhysicalConstants.NeutrinoTemperatureTodayGeV * 1090.9, DarkRadiationDensity.RecombinationNeutrinoTemperatureGeV, 1e-15);
    }

    [Theory]
    [InlineData(0.10, VerdictLevel.Allowed)]
    [InlineData(0.20, VerdictLevel.Marginal)]
    [InlineData(0.35, VerdictLevel.Excluded)]
    public void DarkRadiationVerdictUsesTheBbnBounds(double deltaNeff, VerdictLevel expected)
    {
        var verdict = DarkRadiationVerdict.Judge(deltaNeff, DarkRadiationSettings.Default);
        Assert.Equal(expected, verdict.Level);
        Assert.Equal(DarkRadiationVerdict.Criterion, verdict.Criterion);
        Assert.Contains("1912.01132", verdict.References[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void HotComponentWithFortyPercentOfTheNumberIsFoundEvenAsAShoulder()
    {
        // Cold Fermi–Dirac-like population plus a hot one at 8× the momentum holding 40 % of the N; q² f shows the
        // hot part only as a shoulder, the number per ln q (q³ f) has two maxima.
        double[] q = LogGrid(1e-3, 300, 500);
        double Cold(double x) => 0.6 / (1.5 * PhysicalConstants.Zeta3) / (Math.Exp(x) + 1);
        double Hot(double x) => 0.4 / (2 * Math.Pow(8, 3)) * Math.Exp(-x / 8);
        var components = SpectrumComponents.Find(q, [.. q.Select(x => Cold(x) + Hot(x))]);
        Assert.Equal(2, components.Count);
        Assert.Equal(0.6, components[0].NumberFraction, 0.05);
        Assert.Equal(0.4, components[1].NumberFraction, 0.05);
        Assert.True(components[1].MeanQ > 5 * components[0].MeanQ);
        Assert.Equal(1, components.Sum(c => c.NumberFraction), 1e-12);
    }

    [Fact]
    public void ComponentWithLessThanFivePercentOfTheNumberDoesNotMakeTwoPeaks()
    {
        // A cold spike holding 1 % of the N next to the main population: one component (issue 12 item 7).
        double[] q = LogGrid(1e-3, 300, 500);
        double[] f = [.. q.Select(x => 1 / (Math.Exp(x / 3) + 1) + 0.01 * 1.8 * 27 / 0.0045 * Math.Exp(-Math.Pow(Math.Log(x / 0.05) / 0.15, 2)) / Math.Pow(0.05, 3) * 1e-6)];
        var components = SpectrumComponents.Find(q, f);
        double total = components.Sum(c => c.NumberFraction);
        Assert.Single(components);
        Assert.Equal(1, total, 1e-12);
    }
}
