using System.Globalization;
using System.Text.Json.Nodes;

namespace Freestream.Tests.Cosmology;

/// <summary>The <c>freestream transfer</c> and <c>freestream power</c> commands.</summary>
public class TransferCommandTests
{
    [Fact]
    public void ThermalRelicJsonHasHalfModeAndArrays()
    {
        var (code, output, err) = CliBasicsTests.Run("transfer", "--thermal-mass-kev", "3.3", "--preset", "fast", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;

        // Progress goes to stderr, at most one line per tenth of the candidate modes decided (solved or interpolated;
        // the adaptive sampling decides several at once), rising and ending with "n/n".
        var progress = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("model k modes: ", StringComparison.Ordinal)).ToArray();
        Assert.InRange(progress.Length, 2, 10);
        var counts = progress.Select(l => int.Parse(l["model k modes: ".Length..].Split('/')[0], CultureInfo.InvariantCulture)).ToArray();
        Assert.True(counts.Zip(counts.Skip(1), (a, b) => b > a).All(rising => rising), string.Join(", ", counts));
        var last = progress[^1]["model k modes: ".Length..].Split('/');
        Assert.Equal(last[1].Trim(), last[0]);
        // CLASS v3.3.4 reference k_1/2 = 27.555 h/Mpc, k(T = 1/2) = 38.786 h/Mpc (Data/class README); the
        // thermal relic here has T chosen for ω = 0.12 from the project's constants, within 0.2 % of CLASS's T_ncdm.
        Assert.InRange(json["halfModeK"]!.GetValue<double>(), 27.555 * 0.98, 27.555 * 1.02);
        Assert.InRange(json["halfModeKAmplitude"]!.GetValue<double>(), 38.786 * 0.98, 38.786 * 1.02);
        Assert.InRange(json["sigma8"]!.GetValue<double>(), 0.80, 0.83);
        int n = json["kHMpc"]!.AsArray().Count;
        Assert.Equal(n, json["transferSquared"]!.AsArray().Count);
        Assert.True(json["kHMpc"]!.AsArray()[0]!.GetValue<double>() <= 1e-3 * 1.0001);
        Assert.True(json["kHMpc"]!.AsArray()[n - 1]!.GetValue<double>() >= 300 * 0.9999);
    }

    [Fact]
    public void OutWritesCsvAndPlots()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"fs-transfer-{Guid.NewGuid():N}");
        try
        {
            var (code, _, err) = CliBasicsTests.Run("transfer", "--thermal-mass-kev", "2", "--preset", "fast", "--out", dir);
            Assert.True(code == 0, err);
            var lines = File.ReadAllLines(Path.Combine(dir, "transfer.csv"));
            Assert.Equal("k_hMpc,T2,P_model,P_cdm", lines[0]);
            var first = lines[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(first[1], first[2] / first[3], 1e-12);
            Assert.True(File.Exists(Path.Combine(dir, "transfer.png")));
            Assert.True(File.Exists(Path.Combine(dir, "transfer.svg")));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [Theory]
    [InlineData("--thermal-mass-kev", "0")]
    [InlineData("--thermal-mass-kev", "-3")]
    [InlineData("--redshift", "-1")]
    [InlineData("--omega-h2", "0.5")]
    public void BadNumbersExitWithCode2NamingTheOption(string option, string value)
    {
        var args = option == "--thermal-mass-kev"
            ? new[] { "transfer", option, value, "--preset", "fast" }
            : new[] { "transfer", "--thermal-mass-kev", "3", "--preset", "fast", option, value };
        var (code, _, err) = CliBasicsTests.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option, err);
    }

    [Fact]
    public void NonNormalisablePsdExitsWithCode2()
    {
        string file = Path.Combine(Path.GetTempPath(), $"fs-psd-{Guid.NewGuid():N}.dat");
        try
        {
            // f = 1 everywhere: ∫q² f dq diverges.
            File.WriteAllLines(file, Enumerable.Range(1, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"{0.5 * i} 1")));
            var (code, _, err) = CliBasicsTests.Run("transfer", "--psd", file, "--sterile-mass-kev", "7", "--preset", "fast");
            Assert.Equal(2, code);
            Assert.Contains("--psd", err);
            var (codeMass, _, errMass) = CliBasicsTests.Run("transfer", "--psd", file, "--sterile-mass-kev", "-7");
            Assert.Equal(2, codeMass);
            Assert.Contains("--sterile-mass-kev", errMass);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void PowerCommandReportsSigma8()
    {
        var (code, output, _) = CliBasicsTests.Run("power", "--preset", "fast", "--json");
        Assert.Equal(0, code);
        // σ_8 = 0.82291 (CLASS v3.3.4 reference, khalf_summary.dat).
        Assert.InRange(JsonNode.Parse(output)!["sigma8"]!.GetValue<double>(), 0.82291 * 0.99, 0.82291 * 1.01);
    }
}
