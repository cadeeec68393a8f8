using System.Text.Json.Nodes;
using Freestream.Tests.Scans;

namespace Freestream.Tests.Cli;

/// <summary>
/// One name, one range and one error form per quantity across commands (issues 14 item 1, 16 item 4): each
/// reproducer ends in exit code 2 with one line naming the option (or TOML key) and the allowed range, written as an
/// interval with its open and closed ends, and no partial files.
/// </summary>
public sealed class VocabularyCliTests : IDisposable
{
    private static readonly string Psd = Path.Combine(AppContext.BaseDirectory, "Data", "psd", "fermi_dirac.dat");
    private readonly ScanTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string[], string> Refused => new()
    {
        // Shi–Fuller at an absurd mass: refused before any work, with the mass range of the model.
        { ["produce", "shi-fuller", "--sterile-mass-kev", "1e300", "--sin2-2theta", "1e-10", "--lepton-asymmetry-l6", "10"], "--sterile-mass-kev: must be in (0.1, 100] keV, got 1e+300" },

        // The same perturbative bound on λ and y in produce, judge and scan.
        { ["produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e10"], "--yukawa: must be in (0, 4π], got 1e+10" },
        { ["judge", "--scalar-mass-gev", "100", "--lambda", "13", "--yukawa", "1e-8"], "--lambda: must be in (0, 4π], got 13" },
        { ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8:13:3", "--yukawa", "1e-8", "--out", "OUT"], "--lambda: must be in (0, 4π], got 13" },

        // An open interval is written as one: never "[4.94066E-324, 1]".
        { ["xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1"], "--sin2-2theta: must be in (0, 1), got 1" },
        { ["produce", "dodelson-widrow", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1"], "--sin2-2theta: must be in (0, 1), got 1" },

        // One thermal-mass range for transfer and judge.
        { ["transfer", "--thermal-mass-kev", "1e4"], "--thermal-mass-kev: must be in [0.01, 1000] keV, got 10000" },
        { ["judge", "--thermal-mass-kev", "1e4"], "--thermal-mass-kev: must be in [0.01, 1000] keV, got 10000" },

        // Cosmology options named as options, not as record members ("H must lie in", "OmegaDarkMatterH2").
        { ["judge", "--thermal-mass-kev", "3", "--hubble-h", "5"], "--hubble-h: must be in [0.2, 2], got 5" },
        { ["transfer", "--thermal-mass-kev", "3", "--omega-dm-h2", "5"], "--omega-dm-h2: must be in [0.001, 1], got 5" },
        { ["power", "--n-s", "3"], "--n-s: must be in [0.5, 1.5], got 3" },

        // Absurd inputs of thermo, xray and psd info: refused with the range, never Infinity or NaN output.
        { ["thermo", "--temperature-gev", "1e-300"], "--temperature-gev: must be in [1e-06, 10000] GeV, got 1e-300" },
        { ["xray", "--sterile-mass-kev", "1e300", "--sin2-2theta", "1e-10"], "--sterile-mass-kev: must be in [0.01, 1000] keV, got 1e+300" },
        { ["psd", "info", Psd, "--degeneracy", "1e300"], "--degeneracy: must be in [0.001, 1000]" },
        { ["psd", "info", Psd, "--sterile-mass-kev", "1e300"], "--sterile-mass-kev: must be in [0.01, 1000] keV" },

        // Exclusive options together: both named.
        { ["produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8", "--sterile-mass-kev", "10", "--omega-dm-h2", "0.1"], "--omega-dm-h2 and --sterile-mass-kev" },
        { ["xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--halo", "m31", "--rs-kpc", "20"], "--rs-kpc and --halo m31" },
        { ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8", "--fresh", "--resume", "--out", "OUT"], "--fresh and --resume" },
        { ["produce", "dodelson-widrow", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--preset", "fast", "--precision", "fast"], "--preset and --precision" },
        { ["produce", "shi-fuller", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--solve-asymmetry", "--omega-dm-h2", "0.1", "--omega-h2", "0.1"], "--omega-dm-h2 and --omega-h2" },

        // Former names still work as aliases, and are checked like the new ones.
        { ["psd", "info", Psd, "--mass-kev", "-3"], "--mass-kev: must be in [0.01, 1000] keV, got -3" },
        { ["produce", "dodelson-widrow", "--sterile-mass-kev", "7.1", "--solve-mixing", "--omega-h2", "2"], "--omega-h2: must be in [0.001, 1], got 2" },
        { ["produce", "shi-fuller", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--lepton-asymmetry-l6", "1", "--precision", "slow"], "--precision: must be one of fast, default, precise" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ReproducerExitsWithCode2NamingTheOptionAndTheRange(string[] args, string expected)
    {
        var (code, stdout, stderr) = CliBasicsTests.Run([.. args.Select(a => a == "OUT" ? folder.Path : a)]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("4.94066E-324", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path));
    }

    public static TheoryData<string, string> RefusedScanFiles => new()
    {
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[setings]\nboltzmann_preset = \"fast\"\n", "unknown table [setings]" },
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:20:3\"\nyukawa = \"1e-9:1e-7:3\"\n", "[scan] lambda: must be in (0, 4π], got 20" },
        { "[scan]\nscalar_mass_gev = 0.5\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n", "[scan] scalar_mass_gev: must be in [1, 100000] GeV, got 0.5" },
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[cosmology]\nh = 5\n", "[cosmology] h: must be in [0.2, 2], got 5" },
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nboltzmann_preset = 1\n", "[settings] boltzmann_preset: must be one of \"fast\", \"default\", \"precise\", got '1'" },
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nsatellites_observed = -5\n", "[settings] satellites_observed: must be > 0, got -5" },
        { "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nhalf_mode_strict_mass_kev = 0.01\n", "[settings] half_mode_strict_mass_kev must be in [0.05, 1000], got 0.01" },
        { "[scan]\nmodel = \"shi-fuller\"\nsterile_mass_kev = \"1:1e300:3\"\nsin2_2theta = \"1e-12:1e-9:3\"\n", "[scan] sterile_mass_kev: must be in (0.1, 100] keV" },
    };

    [Theory]
    [MemberData(nameof(RefusedScanFiles))]
    public void BadScanFileExitsWithCode2NamingTheKeyAndTheRange(string toml, string expected)
    {
        Directory.CreateDirectory(folder.Path);
        string file = folder.Sub("plane.toml");
        File.WriteAllText(file, toml);
        var (code, _, stderr) = CliBasicsTests.Run("scan", file, "--out", folder.Sub("out"));
        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Sub("out")));
    }

    [Fact]
    public void LongBadInputIsEchoedShortAndPrintable()
    {
        string junk = new string('x', 500) + "\u0007";
        var (code, _, stderr) = CliBasicsTests.Run("xray", "--sterile-mass-kev", junk, "--sin2-2theta", "1e-10");
        Assert.Equal(2, code);
        Assert.Contains("--sterile-mass-kev", stderr, StringComparison.Ordinal);
        Assert.True(stderr.TrimEnd().Length < 160, stderr);
        Assert.DoesNotContain('\u0007', stderr);
    }

    [Fact]
    public void FormerOptionNamesAreHiddenFromHelpButAccepted()
    {
        var (_, help, _) = CliBasicsTests.Run("psd", "info", "--help");
        Assert.Contains("--sterile-mass-kev", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--mass-kev ", help, StringComparison.Ordinal);

        var (oldCode, oldOut, _) = CliBasicsTests.Run("psd", "info", Psd, "--json", "--mass-kev", "7");
        var (newCode, newOut, _) = CliBasicsTests.Run("psd", "info", Psd, "--json", "--sterile-mass-kev", "7");
        Assert.Equal(0, oldCode);
        Assert.Equal(0, newCode);
        Assert.Equal(JsonNode.Parse(newOut)!["omegaH2"]!.GetValue<double>(), JsonNode.Parse(oldOut)!["omegaH2"]!.GetValue<double>());
    }

    [Fact]
    public void ThermoOutWritesItsTableAndListsItUnderFiles()
    {
        var (code, stdout, _) = CliBasicsTests.Run("thermo", "--temperature-gev", "1000,1e-3", "--json", "--out", folder.Path);
        Assert.Equal(0, code);
        var files = JsonNode.Parse(stdout)!["files"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        string csv = Assert.Single(files);
        Assert.Equal("thermo.csv", Path.GetFileName(csv));
        var rows = File.ReadAllLines(csv);
        Assert.Equal("temperature_gev,g_star,g_star_s,dln_g_star_s_dln_t,hubble_gev,hubble_per_s,time_s", rows[0]);
        Assert.Equal(3, rows.Length);

        // At 1 TeV every Standard-Model species is relativistic: 28 bosonic + 7/8 · 90 fermionic dof = 106.75 (Kolb & Turner §3.4).
        Assert.InRange(double.Parse(rows[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), 106.75 * 0.995, 106.75);
    }

    [Theory]
    [InlineData("produce", "dodelson-widrow", "--help")]
    [InlineData("produce", "shi-fuller", "--help")]
    [InlineData("produce", "scalar-decay", "--help")]
    [InlineData("transfer", "--help")]
    public void OneNamePerQuantityInHelp(params string[] args)
    {
        var (code, help, _) = CliBasicsTests.Run(args);
        Assert.Equal(0, code);
        Assert.DoesNotContain("--precision", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--omega-h2 ", help, StringComparison.Ordinal);
        Assert.Contains("--omega-dm-h2", help, StringComparison.Ordinal);
    }
}
