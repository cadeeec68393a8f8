using Freestream.Thermal;
using Freestream.Numerics;

namespace Freestream.Tests.Thermal;

/// <summary>g*(T), g*s(T) of the Standard Model: required values, smoothness, consistency, convergence.</summary>
public class StandardModelDegreesOfFreedomTests
{
    private static readonly StandardModelDegreesOfFreedom Sm = StandardModelDegreesOfFreedom.Instance;

    private static IEnumerable<double> LogGrid(double lo, double hi, double step)
    {
        for (double l = Math.Log(lo); l <= Math.Log(hi) + 1e-12; l += step)
        {
            yield return Math.Exp(l);
        }
    }

    [Theory]
    [InlineData(1e3)]
    [InlineData(3e3)]
    [InlineData(1e4)]
    public void AllSpeciesRelativisticAboveOneTeVGive106p75(double temperatureGeV)
    {
        // 28 bosonic + 7/8 · 90 fermionic dof = 106.75 (Kolb & Turner §3.4); masses shift it < 0.1 %.
        Assert.InRange(Sm.EntropyDof(temperatureGeV), 106.75 * 0.999, 106.75);
        Assert.InRange(Sm.EnergyDof(temperatureGeV), 106.75 * 0.999, 106.75);
    }

    [Theory]
    [InlineData(2e-3)]
    [InlineData(3e-3)]
    [InlineData(5e-3)]
    public void PhotonsElectronsNeutrinosGive10p75AtFewMeV(double temperatureGeV)
    {
        // 2 + 7/8 (4 + 6) = 10.75; the e± mass lowers it by O((m_e/T)²) ≈ 0.4 % at 2 MeV.
        Assert.InRange(Sm.EntropyDof(temperatureGeV), 10.75 * 0.995, 10.75);
        Assert.InRange(Sm.EnergyDof(temperatureGeV), 10.75 * 0.995, 10.75);
    }

    [Fact]
    public void OneMeVIsSlightlyBelow10p75BecauseElectronsAreMassive()
    {
        // m_e/T = 0.51: the electron entropy is reduced by a few per cent (Kolb & Turner fig. 3.5).
        Assert.InRange(Sm.EntropyDof(1e-3), 10.5, 10.75);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(2.3486e-13)]
    public void TodayEntropyDofIs43Over11AndEnergyDofIs3p363(double temperatureGeV)
    {
        // Instantaneous decoupling, N_eff = 3: g*s0 = 2 + (21/4)(4/11) = 43/11, g*0 = 2 + (21/4)(4/11)^{4/3}.
        Assert.Equal(43.0 / 11.0, Sm.EntropyDof(temperatureGeV), 1e-6);
        Assert.Equal(2.0 + 5.25 * Math.Pow(4.0 / 11.0, 4.0 / 3.0), Sm.EnergyDof(temperatureGeV), 1e-6);
        Assert.Equal(3.363, Sm.EnergyDof(temperatureGeV), 3);
        Assert.Equal(3.909, Sm.EntropyDof(temperatureGeV), 3);
    }

    [Fact]
    public void NeutrinosAreColderThanPhotonsBy4Over11ToTheThirdToday()
    {
        Assert.Equal(Math.Cbrt(4.0 / 11.0), StandardModelPlasma.Evaluate(1e-6).NeutrinoToPhotonTemperatureRatio, 1e-9);
        // At 50 MeV the e± are relativistic: T_ν/T − 1 = O((m_e/T)²) with a small coefficient, (m_e/T)² = 1e-4.
        Assert.Equal(1.0, StandardModelPlasma.Evaluate(0.05).NeutrinoToPhotonTemperatureRatio, 1e-5);
        Assert.True(StandardModelPlasma.Evaluate(5e-4).NeutrinoToPhotonTemperatureRatio < 0.99);
    }

    [Fact]
    public void DerivativesAreFiniteAndHaveNoSteps()
    {
        // Second differences on a grid of Δ ln T = 0.005 bounded by K Δ² with K = 100: the largest
        // physical curvature of d ln g*s/d ln T (QCD crossover, 157 MeV) is ≈ 60. A step of 0.0025 fails.
        const double step = 0.005;
        var temperatures = LogGrid(1e-6, 1e4, step).ToArray();
        foreach (var (name, f) in new (string, Func<double, double>)[] { ("gs", Sm.LogEntropyDofDerivative), ("g", Sm.LogEnergyDofDerivative) })
        {
            var d = temperatures.Select(f).ToArray();
            Assert.All(d, v => Assert.True(double.IsFinite(v), name));
            for (int i = 1; i < d.Length - 1; i++)
            {
                double second = Math.Abs(d[i + 1] - 2 * d[i] + d[i - 1]);
                Assert.True(second < 100 * step * step, $"{name}: second difference {second} at T = {temperatures[i]} GeV");
            }
        }
    }

    [Fact]
    public void EntropyDofNeverExceedsEnergyDofWhileNeutrinosAreCoupled()
    {
        // g_s/g_ρ = (3/4)(1 + p/ρ) ≤ 1 species by species since p ≤ ρ/3 (Borsanyi et al. 2016 table S2 has
        // g_ρ/g_s ≥ 1 throughout); after decoupling the colder neutrinos reverse it (3.909 > 3.363 today).
        Assert.All(LogGrid(0.01, 1e4, 0.02), t => Assert.True(Sm.EntropyDof(t) <= Sm.EnergyDof(t) + 1e-9, $"T = {t}"));
        Assert.True(Sm.EntropyDof(1e-5) > Sm.EnergyDof(1e-5));
    }

    [Fact]
    public void EntropyDofNeverDecreasesWithTemperature()
    {
        // s/T³ of ideal gases and of the lattice equation of state grows with T (c_V ≥ 3s).
        Assert.All(LogGrid(1e-6, 1e4, 0.01), t => Assert.True(Sm.LogEntropyDofDerivative(t) > -1e-9, $"T = {t}"));
    }

    [Fact]
    public void LogDerivativesMatchFiniteDifferencesOfTheTable()
    {
        const double h = 1e-3;
        foreach (double t in LogGrid(1.1e-6, 0.9e4, 0.05))
        {
            double fdS = (Math.Log(Sm.EntropyDof(t * Math.Exp(h))) - Math.Log(Sm.EntropyDof(t * Math.Exp(-h)))) / (2 * h);
            double fdE = (Math.Log(Sm.EnergyDof(t * Math.Exp(h))) - Math.Log(Sm.EnergyDof(t * Math.Exp(-h)))) / (2 * h);
            Assert.True(Math.Abs(fdS - Sm.LogEntropyDofDerivative(t)) < 2e-4, $"gs at T = {t}: {fdS} vs {Sm.LogEntropyDofDerivative(t)}");
            Assert.True(Math.Abs(fdE - Sm.LogEnergyDofDerivative(t)) < 2e-4, $"g at T = {t}: {fdE} vs {Sm.LogEnergyDofDerivative(t)}");
        }
    }

    [Fact]
    public void FirstLawHoldsWhileNeutrinosShareThePhotonTemperature()
    {
        // dρ = T ds with ρ = (π²/30) g T⁴, s = (2π²/45) g_s T³ gives 3 g (4 + dln g) = 4 g_s (3 + dln g_s)
        // for a plasma at one temperature (T ≥ 10 MeV, where T_ν/T = 1 to 1e-4).
        foreach (double t in LogGrid(0.01, 1e4, 0.1))
        {
            double lhs = 3 * Sm.EnergyDof(t) * (4 + Sm.LogEnergyDofDerivative(t));
            double rhs = 4 * Sm.EntropyDof(t) * (3 + Sm.LogEntropyDofDerivative(t));
            Assert.True(Math.Abs(lhs / rhs - 1) < 2e-4, $"T = {t}: {lhs} vs {rhs}");
        }
    }

    [Fact]
    public void ComovingEntropyIsConservedThroughElectronPositronAnnihilation()
    {
        // Integrate d ln a = −(1 + (1/3) d ln g_s/d ln T) d ln T from 3 MeV (muons gone) to 1 keV; then g_s T³ a³
        // must be unchanged, and a T_ν is constant for the decoupled neutrinos, so T_ν/T falls from its value
        // at 3 MeV to (4/11)^{1/3}: the heating of the photons by e± annihilation (Kolb & Turner eq. 3.77).
        const double hot = 3e-3, cold = 1e-6;
        double lnHi = Math.Log(hot), lnLo = Math.Log(cold);
        double dLnA = -MathNet.Numerics.Integrate.GaussKronrod(l => RadiationEra.LogScaleFactorDerivative(Math.Exp(l), Sm), lnLo, lnHi, 1e-12, 20);
        double changeOfEntropy = Math.Log(Sm.EntropyDof(cold) / Sm.EntropyDof(hot)) + 3 * (lnLo - lnHi) + 3 * dLnA;
        Assert.True(Math.Abs(changeOfEntropy) < 1e-5, $"Δ ln(g_s T³ a³) = {changeOfEntropy}");
        double lnRatioStart = Math.Log(StandardModelPlasma.Evaluate(hot).NeutrinoToPhotonTemperatureRatio);
        double lnNeutrinoRatioToday = lnRatioStart - dLnA - (lnLo - lnHi);
        Assert.Equal(Math.Log(4.0 / 11.0) / 3.0, lnNeutrinoRatioToday, 5);
    }

    [Fact]
    public void DoublingTheTableDensityChangesNothingBeyond1e6()
    {
        // Stated tolerance of the default table: 1e-6 relative in g*, g*s and 1e-4 absolute in the log
        // derivatives (64 per e-fold gives 1.3e-4 in the slopes at 136 MeV, where the C^∞ QCD switch has large high derivatives).
        var coarse = StandardModelDegreesOfFreedom.Instance;
        var fine = new StandardModelDegreesOfFreedom(2 * StandardModelDegreesOfFreedom.DefaultPointsPerEFold);
        double worstValue = 0, worstSlope = 0;
        foreach (double t in LogGrid(1e-6, 1e4, 0.0123))
        {
            worstValue = Math.Max(worstValue, Math.Abs(coarse.EnergyDof(t) / fine.EnergyDof(t) - 1));
            worstValue = Math.Max(worstValue, Math.Abs(coarse.EntropyDof(t) / fine.EntropyDof(t) - 1));
            worstSlope = Math.Max(worstSlope, Math.Abs(coarse.LogEntropyDofDerivative(t) - fine.LogEntropyDofDerivative(t)));
            worstSlope = Math.Max(worstSlope, Math.Abs(coarse.LogEnergyDofDerivative(t) - fine.LogEnergyDofDerivative(t)));
        }

        Assert.True(worstValue < 1e-6, $"value change {worstValue}");
        Assert.True(worstSlope < 1e-4, $"slope change {worstSlope}");
    }

    [Fact]
    public void TableMatchesTheDirectComputationBetweenNodes()
    {
        foreach (double t in LogGrid(1.01e-6, 0.99e4, 0.0371))
        {
            var exact = StandardModelPlasma.Evaluate(t);
            Assert.True(Math.Abs(Sm.EntropyDof(t) / exact.EntropyDof - 1) < 1e-6, $"T = {t}");
            Assert.True(Math.Abs(Sm.EnergyDof(t) / exact.EnergyDof - 1) < 1e-6, $"T = {t}");
            Assert.True(Math.Abs(Sm.LogEntropyDofDerivative(t) - exact.LogEntropyDofDerivative) < 1e-4, $"T = {t}");
        }
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void InvalidTemperatureThrowsNamingTheParameter(double temperatureGeV)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sm.EntropyDof(temperatureGeV));
        Assert.Equal("temperatureGeV", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sm.LogEnergyDofDerivative(temperatureGeV));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantDegreesOfFreedom(10).EnergyDof(temperatureGeV));
    }

    [Fact]
    public void OutsideTheTableValuesAreClampedToTheEndValues()
    {
        Assert.Equal(Sm.EntropyDof(1e4), Sm.EntropyDof(1e6));
        Assert.Equal(Sm.EnergyDof(1e-6), Sm.EnergyDof(1e-9));
    }
}
