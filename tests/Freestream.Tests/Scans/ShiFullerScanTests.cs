using Freestream.Cosmology;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Reports;

namespace Freestream.Tests.Scans;

public class ShiFullerScanTests
{
    [Fact]
    public void ColumnOfThePlaneAt7keVSolvesLAndJudgesTheXRayLine()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanSpecification.ShiFuller(
            ScanAxis.FromValues("sterile_mass_kev", [7.1]),
            ScanAxis.FromValues("sin2_2theta", [2e-11, 1e-10, 3e-9]),
            CosmologyParameters.Planck2018);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        var summary = ScanEngine.Run(store, ScanEvaluators.Create(specification, 2), new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        Assert.Equal(3, summary.Computed);
        var results = store.ReadAll(withTables: true);
        var (small, large, dw) = (results[0], results[1], results[2]);

        foreach (var r in new[] { small, large })
        {
            Assert.Equal(ScanPointStatus.Ok, r.Status);
            Assert.Equal(0.12, r.OmegaH2, 1.5e-3 * 0.12);
            Assert.True(double.IsFinite(r.HalfModeKHMpc) && r.Transfer is not null);
            Assert.Equal(ScanCriteria.All.Count - 2, r.Verdicts.Count); // lensing and combinedBounds come with a constraint set
        }

        // Physics note §3.3: at fixed m and Ω, smaller mixing needs a larger asymmetry and gives a warmer spectrum;
        // each ν_s costs one unit of lepton number, so L/s ≥ n_DM/s: L₆ ≥ 61 at 7.1 keV (ShiFullerModelTests).
        Assert.True(small.LeptonAsymmetryL6 > large.LeptonAsymmetryL6);
        Assert.True(large.LeptonAsymmetryL6 > 61);
        Assert.True(small.MeanQ > large.MeanQ);
        Assert.True(small.HalfModeKHMpc < large.HalfModeKHMpc);

        // X-ray line (note §4.2): τ_γ = 2.0e28 s at 2e-11, allowed by the Draco bound (7e27 s) but above the blank-sky
        // limit (Dessert et al. 2020, fig. 1: 1.1e-12 at 7.1 keV), so marginal; 4.1e27 s at 1e-10, excluded by both.
        Assert.Equal(2.0e28, small.XRayLifetimeSeconds, 0.03 * 2.0e28);
        Assert.Equal(ScanVerdict.Marginal, small.Verdicts["xRay"]);
        Assert.Equal(ScanVerdict.Excluded, large.Verdicts["xRay"]);

        // Dodelson–Widrow alone overproduces at 3e-9 (it needs ~1.8e-9 at 7.1 keV): no asymmetry solves it, but the
        // point keeps its X-ray verdict so the maps show the bound there too.
        Assert.Equal(ScanPointStatus.Failed, dw.Status);
        Assert.Equal("overproduced at L = 0", dw.Regime);
        Assert.Equal(ScanVerdict.Excluded, dw.Verdicts["xRay"]);

        var written = ScanOutputs.Write(store, folder.Path);
        Assert.Contains(folder.Sub("map-xRay.png"), written);
        Assert.Contains(folder.Sub("map-mass.svg"), written);
        Assert.Contains("xRay", ScanMaps.PanelNames(results));
        var header = File.ReadLines(folder.Sub(ScanCsv.FileName)).First().Split(',');
        Assert.Single(header, h => h == "sterile_mass_kev");
        Assert.Contains("sin2_2theta", header);
        Assert.Contains("lepton_asymmetry_l6", header);
        Assert.Contains("verdict_x_ray", header);
    }

    [Fact]
    public void ScanFileSelectsTheModelAxes()
    {
        const string toml = "[scan]\nmodel = \"shi-fuller\"\nsterile_mass_kev = \"5:30:6\"\nsin2_2theta = \"1e-12:1e-9:7\"\n[settings]\nshi_fuller_preset = \"fast\"\n";
        var (specification, _) = ScanFile.FromTable(ScanFile.ParseToml(toml, "test.toml"), "test.toml");
        Assert.Equal(("shi-fuller", 42), (specification.Model, specification.PointCount));
        Assert.Empty(specification.Parameters);
        Assert.Equal(specification.Hash, ScanSpecification.FromJson(specification.ToJson().ToJsonString()).Hash);
        Assert.Contains("Ω h² = 0.12", specification.Title);

        // The axes of the other model are unknown keys here.
        const string withLambda = "[scan]\nmodel = \"shi-fuller\"\nsterile_mass_kev = \"5:30:6\"\nsin2_2theta = \"1e-12:1e-9:7\"\nlambda = 1e-9\n";
        var wrong = Assert.Throws<InvalidDataException>(() => ScanFile.FromTable(ScanFile.ParseToml(withLambda, "t"), "t"));
        Assert.Contains("unknown key 'lambda'", wrong.Message);
    }

    [Theory]
    [InlineData("--sterile-mass-kev", "0.05,7.1")]
    [InlineData("--sterile-mass-kev", "5:200:3")]
    [InlineData("--sin2-2theta", "1e-11:1e-5:3")]
    [InlineData("--sin2-2theta", "-1e-10")]
    [InlineData("--omega-dm-h2", "2")]
    public void BadInputExitsWithCode2AndCreatesNoStore(string option, string value)
    {
        using var folder = new ScanTestFolder();
        string[] args = ["scan", "shi-fuller", "--sterile-mass-kev", "5:20:3", "--sin2-2theta", "1e-11:1e-9:3", "--out", folder.Path];
        var (code, _, err) = CliBasicsTests.Run(ScanCliTests.WithOption(args, option, value));
        Assert.Equal(2, code);
        Assert.Contains(option, err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder.Path));
    }
}
