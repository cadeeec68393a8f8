using System.Globalization;
using Freestream.Distributions;
using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>
/// Dodelson–Widrow against the public production code of Venumadhav et al. 2016 (arXiv:1507.06655,
/// github.com/ntveem/sterile-dm): first with its own inputs (controlled comparison), then with the toolkit defaults.
/// Reference numbers and their provenance: Data/sterile-dm/dw_reference.csv and Data/sterile-dm/README.md.
/// </summary>
public class DodelsonWidrowPublicCodeComparisonTests
{
    private static readonly Lazy<IReadOnlyDictionary<double, (double OmegaH2, double MeanQ)>> Reference = new(ReadReference);

    private static readonly Lazy<DodelsonWidrowSolver> PublicInputs = new(() => new DodelsonWidrowSolver(ActiveNeutrinoFlavour.Muon, PublicCodeSettings()));

    private static readonly Lazy<DodelsonWidrowSolver> Defaults = new(() => new DodelsonWidrowSolver(ActiveNeutrinoFlavour.Muon));

    /// <summary>
    /// The public code's inputs: its ν_μ rate table with its QCD window (178 MeV–1 GeV), its Laine–Schröder g*(T), the
    /// same Nötzold–Raffelt potential, 10 GeV → 10 MeV, and its momentum range (x = 1e-3 … 20 at 10 GeV, i.e. q up to
    /// 20 (g*s(10 MeV)/g*s(10 GeV))^{1/3} = 10.07).
    /// </summary>
    public static DodelsonWidrowSettings PublicCodeSettings()
    {
        using var reader = new StreamReader(DataPath("SMgstar.dat"));
        var dof = TabulatedDegreesOfFreedom.Parse(reader);
        double ratio = Math.Cbrt(dof.EntropyDof(0.01) / dof.EntropyDof(10.0));
        return DodelsonWidrowSettings.Default with
        {
            Opacity = TabulatedActiveNeutrinoOpacity.FromEmbeddedTable(0.178, 1.0),
            DegreesOfFreedom = dof,
            StartTemperatureGeV = 10.0,
            EndTemperatureGeV = 0.01,
            Grid = new MomentumGrid(1e-3 * ratio, 20 * ratio, 200),
        };
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(7.1)]
    [InlineData(50.0)]
    public void PublicCodeInputsReproduceItsOmegaAndMeanQTo1Percent(double massKeV)
    {
        // Issue 17 item 2: with the same rate table, g*(T), potential, temperature and momentum range the two codes solve
        // the same equation; what is left is integration error (theirs: rtol 1e-6; ours: < 1e-3 by step and grid doubling).
        // Measured: Ω −0.02 to −0.04 %, ⟨q⟩ within 0.01.
        AssertAgreesWithPublicCode(PublicInputs.Value, massKeV, omegaTolerance: 0.01, meanQTolerance: 0.01);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(3.5)]
    [InlineData(7.1)]
    [InlineData(15.0)]
    [InlineData(30.0)]
    [InlineData(50.0)]
    public void DefaultsAgreeWithThePublicCodeWithin10PercentInOmegaAnd3PercentInMeanQ(double massKeV)
    {
        // Issue 17, must show: tabulated default vs the public code, ⟨q⟩ within 3 % and Ω h² within 10 %. The remaining
        // differences (g*(T) across the crossover, the momentum range, 10 vs 5 MeV) are tabulated in
        // docs/validation/dw-sterile-dm.md.
        AssertAgreesWithPublicCode(Defaults.Value, massKeV, omegaTolerance: 0.10, meanQTolerance: 0.03);
    }

    /// <summary>Ω h² and ⟨q⟩ at sin²2θ = 1e-10 (the reference table's mixing) within the relative tolerances.</summary>
    private static void AssertAgreesWithPublicCode(DodelsonWidrowSolver solver, double massKeV, double omegaTolerance, double meanQTolerance)
    {
        var (omega, meanQ) = Reference.Value[massKeV];
        var run = solver.Solve(massKeV, 1e-10);
        Assert.True(Math.Abs(run.OmegaH2 / omega - 1) < omegaTolerance, $"Omega h^2 = {run.OmegaH2:G5} vs {omega:G5} at {massKeV} keV");
        Assert.True(Math.Abs(run.MeanQ / meanQ - 1) < meanQTolerance, $"<q> = {run.MeanQ:G5} vs {meanQ:G5} at {massKeV} keV");
    }

    private static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "sterile-dm", file);

    private static Dictionary<double, (double, double)> ReadReference() =>
        File.ReadLines(DataPath("dw_reference.csv"))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("mass", StringComparison.Ordinal))
            .Select(l => l.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray())
            .ToDictionary(c => c[0], c => (c[1], c[2]));
}
