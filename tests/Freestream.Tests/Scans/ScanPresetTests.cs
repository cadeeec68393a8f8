using Freestream.Scans;

namespace Freestream.Tests.Scans;

/// <summary>
/// The Boltzmann preset of a scan (issue 18): chosen by --preset or [settings] boltzmann_preset, "default" when
/// neither is given, recorded in the store, and a resume at another preset refused with a message naming both.
/// </summary>
public class ScanPresetTests
{
    [Fact]
    public void ThePresetIsRecordedAndDefaultsToDefault()
    {
        var plane = ScanTestSpecs.Plane(2, 2);
        Assert.Equal("default", plane.BoltzmannPreset);
        Assert.Equal(1, plane.Settings[ScanSettings.BoltzmannPresetKey]);
        Assert.Equal(20, ScanSettings.Boltzmann(plane.Settings).KPerDecade);
        var fast = plane.WithSetting(ScanSettings.BoltzmannPresetKey, 0);
        Assert.Equal("fast", ScanSpecification.FromJson(fast.ToJson().ToJsonString()).BoltzmannPreset);
        Assert.NotEqual(plane.Hash, fast.Hash);
    }

    [Fact]
    public void AStoreWrittenBeforeThePresetWasRecordedReadsBackAsFast()
    {
        // The scans ran at the fast preset before the preset was stored; such a specification has no boltzmann_preset.
        var json = ScanTestSpecs.Plane(2, 2).ToJson();
        json["settings"]!.AsObject().Remove(ScanSettings.BoltzmannPresetKey);
        Assert.Equal("fast", ScanSpecification.FromJson(json.ToJsonString()).BoltzmannPreset);
    }

    [Theory]
    [InlineData("fast", 0)]
    [InlineData("default", 1)]
    [InlineData("Precise", 2)]
    public void ScanFilesNameThePreset(string name, double code)
    {
        string toml = $"[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nboltzmann_preset = \"{name}\"\n";
        var (specification, _) = ScanFile.FromTable(ScanFile.ParseToml(toml, "p.toml"), "p.toml");
        Assert.Equal(code, specification.Settings[ScanSettings.BoltzmannPresetKey]);
    }

    [Fact]
    public void ResumingAtAnotherPresetIsRefusedNamingBoth()
    {
        using var folder = new ScanTestFolder();
        var fast = ScanTestSpecs.Plane(3, 3).WithSetting(ScanSettings.BoltzmannPresetKey, 0);
        using (ScanStore.Open(folder.Path, fast, fresh: false))
        {
        }

        // The same plane on the command line, at the default preset: refused before any work, exit code 2.
        var (code, _, err) = CliBasicsTests.Run("scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-10:1e-4:3", "--yukawa", "1e-11:1e-6:3", "--out", folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("--preset fast", err);
        Assert.Contains("--preset default", err);
        var error = Assert.Throws<InvalidDataException>(() => ScanStore.Open(folder.Path, fast.WithSetting(ScanSettings.BoltzmannPresetKey, 2), fresh: false));
        Assert.Contains("resume with --preset fast", error.Message);
        ScanStore.EnsureResumable(folder.Path, fast);
    }

    [Theory]
    [InlineData("--preset", "medium")]
    public void BadPresetOptionExitsWithCode2AndCreatesNoStore(string option, string value)
    {
        using var folder = new ScanTestFolder();
        var (code, _, err) = CliBasicsTests.Run("scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:3", "--yukawa", "1e-9:1e-7:3", "--out", folder.Path, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, err);
        Assert.False(Directory.Exists(folder.Path));
    }
}
