using System.Globalization;
using System.Text.Json.Nodes;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

public sealed class JudgeCommandTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("freestream-judge-");

    public void Dispose() => directory.Delete(recursive: true);

    private string Table(double massKeV)
    {
        string path = Path.Combine(directory.FullName, $"wdm{ClassTables.Label(massKeV)}.csv");
        TransferTable.Write(path, ClassTables.Thermal(massKeV));
        return path;
    }

    private string[] LikeForLike(double massKeV) =>
    [
        "judge", "--transfer-table", Table(massKeV),
        .. ClassTables.MassesKeV.SelectMany(m => new[] { "--reference-table", $"{m.ToString(CultureInfo.InvariantCulture)}={Table(m)}" }),
        "--lyman-alpha-masses-kev", "3.3,5.3", "--high-z-masses-kev", "3.3,2,1",
    ];

    [Fact]
    public void JsonCarriesEveryCriterionAndVerdict()
    {
        var (code, output, _) = CliBasicsTests.Run([.. LikeForLike(3.3), "--json"]);
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        foreach (string key in new[] { "freeStreamingMpc", "halfModeK", "halfModeKAmplitude", "deltaA", "satellites", "highZDensity", "alphaBetaGamma", "verdicts" })
        {
            Assert.True(json.ContainsKey(key), key);
        }

        // CLASS v3.3.4 khalf_summary.dat: 27.555 (T² = 1/2), 38.786 (T = 1/2) h/Mpc.
        Assert.InRange(json["halfModeK"]!.GetValue<double>(), 27.555 * 0.99, 27.555 * 1.01);
        Assert.InRange(json["halfModeKAmplitude"]!.GetValue<double>(), 38.786 * 0.99, 38.786 * 1.01);
        var verdicts = json["verdicts"]!.AsObject();
        Assert.Equal("allowed", verdicts["halfMode"]!.GetValue<string>());
        Assert.Equal("marginal", verdicts["lymanAlpha"]!.GetValue<string>());
        Assert.Equal("allowed", verdicts["satellites"]!.GetValue<string>());
    }

    [Fact]
    public void OutWritesVerdictTableAndCurves()
    {
        string outDir = Path.Combine(directory.FullName, "out");
        var (code, _, _) = CliBasicsTests.Run([.. LikeForLike(2.0), "--out", outDir]);
        Assert.Equal(0, code);
        string verdict = File.ReadAllText(Path.Combine(outDir, "verdict.md"));
        Assert.Contains("| halfMode |", verdict);
        Assert.Contains("**excluded**", verdict);
        foreach (string name in new[] { "lyman_alpha_ratio.csv", "transfer_squared.png", "lyman_alpha_ratio.svg", "subhalos.png", "high_z_counts.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(outDir, name)).Length > 1000, name);
        }
    }

    [Fact]
    public void MissingReferenceMassIsAOneLineUsageError()
    {
        var (code, _, error) = CliBasicsTests.Run([.. LikeForLike(2.0).Take(..^4)]);
        Assert.Equal(2, code);
        Assert.Contains("no thermal reference table for 2.1 keV", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void BadThresholdNamesTheOption()
    {
        var (code, _, error) = CliBasicsTests.Run("judge", "--transfer-table", Table(2.0), "--half-mode-masses-kev", "3.3,2");
        Assert.Equal(2, code);
        Assert.Contains("the conservative mass (3.3) must be smaller than the strict mass (2)", error);
        Assert.DoesNotContain("ReferenceMassKeV", error);
        Assert.StartsWith("freestream: --half-mode-masses-kev:", error.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--hubble-h", "5")]
    [InlineData("--omega-b-h2", "0.5")]
    [InlineData("--host-mass-msun-h", "1")]
    [InlineData("--subhalo-c", "9")]
    [InlineData("--high-z-c", "9")]
    [InlineData("--lyman-alpha-k-range-hmpc", "50,0.5")]
    public void OutOfRangeModelAndThresholdOptionsAreNamed(string option, string value)
    {
        var (code, _, error) = CliBasicsTests.Run("judge", "--transfer-table", Table(2.0), option, value);
        Assert.Equal(2, code);
        Assert.StartsWith($"freestream: {option}:", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void ThermalMassGivesTheFreeStreamingLengthAndItsIndicativeVerdict()
    {
        // docs/physics/structure.md §1.5: thermal relic 3.3 keV, λ_FS = 0.1263 Mpc (P15; Planck 2018 differs by < 1 %) → hot.
        var (code, output, _) = CliBasicsTests.Run([.. LikeForLike(3.3), "--thermal-mass-kev", "3.3", "--json"]);
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.InRange(json["freeStreamingMpc"]!.GetValue<double>(), 0.1263 * 0.99, 0.1263 * 1.01);
        Assert.Equal("hot", json["freeStreamingClass"]!.GetValue<string>());
        Assert.Equal("excluded", json["verdicts"]!["freeStreaming"]!.GetValue<string>());
        Assert.Equal("allowed", json["verdicts"]!["halfMode"]!.GetValue<string>());
    }

    [Fact]
    public void PsdFileNeedsItsMass()
    {
        string psdPath = Path.Combine(directory.FullName, "fd.dat");
        File.WriteAllLines(psdPath, Enumerable.Range(1, 200).Select(i => string.Create(CultureInfo.InvariantCulture, $"{0.1 * i} {1 / (Math.Exp(0.1 * i) + 1)}")));
        var (code, _, error) = CliBasicsTests.Run("judge", "--transfer-table", Table(2.0), "--psd", psdPath);
        Assert.Equal(2, code);
        Assert.Contains("--sterile-mass-kev", error);
        var (ok, output, _) = CliBasicsTests.Run([.. LikeForLike(3.3), "--psd", psdPath, "--sterile-mass-kev", "7.1", "--json"]);
        Assert.Equal(0, ok);

        // FD at T_ν with m = 7.1 keV: λ_FS ≈ 0.35 Mpc (docs/physics/structure.md §1.5: 0.3512 for P15).
        Assert.InRange(JsonNode.Parse(output)!["freeStreamingMpc"]!.GetValue<double>(), 0.345, 0.36);
    }

    [Fact]
    public void ThermalModelGoesThroughTheBoltzmannSolver()
    {
        // Without --transfer-table the model is solved (fast preset); k_1/2 of a 2 keV relic within 1 % of CLASS
        // (khalf_summary.dat: 15.398 h/Mpc for T² = 1/2).
        var (code, output, error) = CliBasicsTests.Run("judge", "--thermal-mass-kev", "2", "--preset", "fast", "--references", "viel2005", "--json");
        Assert.Equal(0, code);
        Assert.Contains("model k modes: ", error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.InRange(json["halfModeK"]!.GetValue<double>(), 15.398 * 0.99, 15.398 * 1.01);
        Assert.Contains("Viel", json["thermalReferenceSource"]!.GetValue<string>());
    }

    [Fact]
    public void MissingTableIsAUsageError()
    {
        var (code, _, error) = CliBasicsTests.Run("judge");
        Assert.Equal(2, code);
        Assert.Contains("--transfer-table", error);
    }
}
