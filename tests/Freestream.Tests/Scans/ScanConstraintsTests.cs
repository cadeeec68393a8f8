using System.Text.Json.Nodes;
using Freestream.Cosmology;
using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Tests.Scans;

public class ScanConstraintsTests
{
    private static readonly ScanAxis Masses = ScanAxis.FromValues("sterile_mass_kev", [7.1]);
    private static readonly ScanAxis Mixings = ScanAxis.FromValues("sin2_2theta", [1e-11, 1e-10]);

    [Fact]
    public void TheSetIsPartOfTheSpecificationItsHashAndItsTitle()
    {
        var current = ScanSpecification.ShiFuller(Masses, Mixings, CosmologyParameters.Planck2018, constraints: ConstraintSet.Named("current"));
        var talk = current.WithConstraints(ConstraintSet.Named("kmt2017"));
        var settings = current.WithConstraints(null);
        Assert.NotEqual(current.Hash, talk.Hash);
        Assert.NotEqual(current.Hash, settings.Hash);
        Assert.Contains("constraints current", current.Title);
        Assert.DoesNotContain("constraints", settings.Title);

        var back = ScanSpecification.FromJson(current.ToJson().ToJsonString());
        Assert.Equal(current.Hash, back.Hash);
        Assert.Equal("current", back.Constraints!.Label);
        Assert.Equal(ConstraintSet.Named("current").ThermalMassesKeV, back.Constraints.ThermalMassesKeV);
    }

    [Fact]
    public void ChoosingThePresetKeepsTheSet()
    {
        // --preset replaces one setting; the plane must still be judged against the set it was given.
        var current = ScanSpecification.ShiFuller(Masses, Mixings, CosmologyParameters.Planck2018, constraints: ConstraintSet.Named("current"));
        var fast = current.WithSetting(ScanSettings.BoltzmannPresetKey, 0);
        Assert.NotNull(fast.Constraints);
        Assert.Equal(current.Constraints!.Name, fast.Constraints!.Name);
        Assert.Equal("fast", fast.BoltzmannPreset);
    }

    [Fact]
    public void ThresholdSettingsAndASetAreNotCombined()
    {
        var error = Assert.Throws<ArgumentException>(() => ScanSpecification.ShiFuller(
            Masses, Mixings, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["satellites_observed"] = 50 }, ConstraintSet.Named("current")));
        Assert.Contains("satellites_observed", error.Message);
    }

    [Theory]
    [InlineData("", "current")]
    [InlineData("constraints = \"kmt2017\"\n", "kmt2017")]
    public void ScanFilesNameTheirSetAndDefaultToCurrent(string line, string expected)
    {
        string toml = $"[scan]\nmodel = \"shi-fuller\"\n{line}sterile_mass_kev = \"5:30:3\"\nsin2_2theta = \"1e-12:1e-9:3\"\n";
        var (specification, _) = ScanFile.FromTable(ScanFile.ParseToml(toml, "test.toml"), "test.toml");
        Assert.Equal(expected, specification.Constraints!.Name);
    }

    [Fact]
    public void ThresholdSettingsInAScanFileKeepTheirOwnThresholds()
    {
        const string toml = "[scan]\nmodel = \"shi-fuller\"\nsterile_mass_kev = \"5:30:3\"\nsin2_2theta = \"1e-12:1e-9:3\"\n[settings]\nhalf_mode_strict_mass_kev = 4\n";
        var (specification, _) = ScanFile.FromTable(ScanFile.ParseToml(toml, "test.toml"), "test.toml");
        Assert.Null(specification.Constraints);
        var unknown = Assert.Throws<InvalidDataException>(() => ScanFile.FromTable(ScanFile.ParseToml(toml.Replace("[settings]", "constraints = \"nosuchset\"\n[settings]", StringComparison.Ordinal), "test.toml"), "test.toml"));
        Assert.Contains("[scan] constraints", unknown.Message);
    }

    [Fact]
    public void PointsCsvNamesTheSet()
    {
        var specification = ScanSpecification.ShiFuller(Masses, Mixings, CosmologyParameters.Planck2018, constraints: ConstraintSet.Named("kmt2017"));
        using var writer = new StringWriter();
        ScanCsv.Write(writer, specification, [new ScanPointResult(specification.PointAt(0))]);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int column = Array.IndexOf(lines[0].Split(','), "constraint_set");
        Assert.True(column >= 0);
        Assert.Equal("kmt2017", lines[1].Split(',')[column]);
        Assert.Contains("verdict_lensing", lines[0]);
    }

    [Fact]
    public void ConstraintsCommandListsAndDrawsTheSets()
    {
        var (code, output, _) = CliBasicsTests.Run("constraints", "list", "--json");
        Assert.Equal(0, code);
        Assert.Equal(ConstraintSet.Names.Count, JsonNode.Parse(output)!.AsArray().Count);

        var folder = Directory.CreateTempSubdirectory("freestream-constraints-figure-");
        try
        {
            var (figure, _, _) = CliBasicsTests.Run("constraints", "figure", "--out", folder.FullName);
            Assert.Equal(0, figure);
            Assert.True(new FileInfo(Path.Combine(folder.FullName, "constraints.png")).Length > 1000);
            Assert.True(new FileInfo(Path.Combine(folder.FullName, "constraints.svg")).Length > 1000);

            // 'figure constraints' is the same figure (one implementation), from its run file with every committed set.
            string viaFigure = Path.Combine(folder.FullName, "figure");
            var (named, json, _) = CliBasicsTests.Run("figure", "constraints", "--out", viaFigure, "--json");
            Assert.Equal(0, named);
            Assert.Equal(ConstraintSet.Names, JsonNode.Parse(json)!["sets"]!.AsArray().Select(n => n!.GetValue<string>()));
            static string Svg(string path) => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), "cl_[0-9a-f]+", "cl"); // random clip-path ids
            Assert.Equal(Svg(Path.Combine(folder.FullName, "constraints.svg")), Svg(Path.Combine(viaFigure, "constraints.svg")));
            using var png = SkiaSharp.SKBitmap.Decode(Path.Combine(viaFigure, "constraints.png"));
            Assert.Equal(3438, png.Width); // 1100 layout pixels at 300/96 dpi
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
