using Freestream.Cli.Commands;
using Freestream.Cosmology;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

public class ScanCliTests
{
    [Theory]
    [InlineData("1e-4:1e-10:6", "1e-11:1e-6:6", "--lambda")] // min > max
    [InlineData("1e-10:1e-4:0", "1e-11:1e-6:6", "--lambda")] // zero points
    [InlineData("1e-10:1e-4:6", "1e-11:1e-6", "--yukawa")] // not min:max:points
    [InlineData("1e-10:1e-4:6", "-1e-9,1e-8", "--yukawa")] // negative coupling
    public void BadAxesExitWithCode2AndCreateNoStore(string lambda, string yukawa, string option)
    {
        using var folder = new ScanTestFolder();
        var (code, _, err) = CliBasicsTests.Run("scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", lambda, "--yukawa", yukawa, "--out", folder.Path);
        Assert.Equal(2, code);
        Assert.Contains(option, err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder.Path));
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--threads", "0")]
    [InlineData("--scalar-mass-gev", "0.5")]
    public void BadRunOptionsExitWithCode2AndCreateNoStore(string option, string value)
    {
        using var folder = new ScanTestFolder();
        string[] args = ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:3", "--yukawa", "1e-9:1e-7:3", "--out", folder.Path];
        var (code, _, err) = CliBasicsTests.Run(WithOption(args, option, value));
        Assert.Equal(2, code);
        Assert.Contains(option, err);
        Assert.False(Directory.Exists(folder.Path));
    }

    /// <summary>The arguments with <paramref name="option"/> set to <paramref name="value"/> (replaced, or appended).</summary>
    internal static string[] WithOption(string[] args, string option, string value)
    {
        int at = Array.IndexOf(args, option);
        return at >= 0 ? [.. args[..(at + 1)], value, .. args[(at + 2)..]] : [.. args, option, value];
    }

    [Fact]
    public void MissingOutExitsWithCode2()
    {
        var (code, _, err) = CliBasicsTests.Run("scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:3", "--yukawa", "1e-9:1e-7:3");
        Assert.Equal(2, code);
        Assert.Contains("--out", err);
    }

    [Theory]
    [InlineData("[scan]\nmodel = \"sterile-magic\"\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n", "sterile-magic")]
    [InlineData("[scan\nmodel = ", "not valid TOML")]
    [InlineData("[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-6:1e-9:3\"\nyukawa = \"1e-9:1e-7:3\"\n", "lambda")]
    [InlineData("[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\nlamda = 2.0\n", "unknown key 'lamda'")]
    [InlineData("[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\n", "yukawa")]
    [InlineData("[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nboltzman_preset = 1\n", "boltzman_preset")]
    [InlineData("[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:3\"\nyukawa = \"1e-9:1e-7:3\"\n[settings]\nboltzmann_preset = \"medium\"\n", "boltzmann_preset")]
    public void BadScanFilesExitWithCode2AndCreateNoStore(string toml, string expected)
    {
        using var folder = new ScanTestFolder();
        Directory.CreateDirectory(folder.Path);
        string file = folder.Sub("bad.toml");
        File.WriteAllText(file, toml);
        var (code, _, err) = CliBasicsTests.Run("scan", file, "--out", folder.Sub("out"));
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.False(Directory.Exists(folder.Sub("out")));
    }

    [Fact]
    public void MissingScanFileExitsWithCode2()
    {
        var (code, _, err) = CliBasicsTests.Run("scan", "/nonexistent/plane.toml", "--out", "/tmp/never");
        Assert.Equal(2, code);
        Assert.Contains("plane.toml", err);
    }

    [Fact]
    public void MergeOfAFolderWithoutStoreExitsWithCode2()
    {
        using var folder = new ScanTestFolder();
        Directory.CreateDirectory(folder.Sub("empty"));
        var (code, _, err) = CliBasicsTests.Run("merge", folder.Sub("empty"), "--out", folder.Sub("merged"));
        Assert.Equal(2, code);
        Assert.Contains("scan.db", err);
        Assert.False(Directory.Exists(folder.Sub("merged")));
    }

    [Fact]
    public void HelpListsScanAndMerge()
    {
        var (code, output, _) = CliBasicsTests.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("scan", output);
        Assert.Contains("merge", output);
    }

    [Fact]
    public void RunSummaryKeepsImpossiblePointsApartFromFailures()
    {
        // A point outside the production model's validity gets no verdict by design; the plane's summary line must not
        // call it a failure (the report's wording).
        var plane = ScanSpecification.ScalarDecay(100, ScanAxis.LogSpaced("lambda", 1e-10, 1e-4, 2), ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, 2), CosmologyParameters.Planck2018);
        ScanPointStatus[] statuses = [ScanPointStatus.Ok, ScanPointStatus.Ok, ScanPointStatus.OutsideValidity, ScanPointStatus.Failed];
        var results = statuses.Select((status, i) => new ScanPointResult(plane.PointAt(i)) { Status = status }).ToList();
        string line = RunJob.Describe(plane, "out/plane", results);
        Assert.Contains("2 computed, 1 without a verdict (kinematically forbidden or outside validity), 1 failed", line);

        // A single (benchmark) point: no verdict when forbidden or outside validity, failed only when the solver failed.
        foreach (var (status, outcome) in new[] { (ScanPointStatus.KinematicallyForbidden, "no verdict"), (ScanPointStatus.OutsideValidity, "no verdict"), (ScanPointStatus.Failed, "failed") })
        {
            string single = RunJob.Describe(plane, "out/benchmark", [new ScanPointResult(plane.PointAt(0)) { Status = status, Error = "reason" }]);
            Assert.Contains($": {outcome}: reason", single);
        }
    }

    [Fact]
    public void ShippedExamplesParse()
    {
        string examples = Path.Combine(RepositoryRoot(), "examples");
        var quickstart = RunJob.From(ScanFile.ParseToml(File.ReadAllText(Path.Combine(examples, "quickstart.toml")), "quickstart.toml"), "quickstart.toml");
        Assert.Equal(1, quickstart.Benchmark!.PointCount);
        Assert.Equal(144, quickstart.Plane!.PointCount);
        Assert.Equal("out/quickstart", quickstart.OutputDirectory);

        var (full100, output) = ScanFile.Read(Path.Combine(examples, "scan-100GeV.toml"));
        Assert.Equal((100.0, 625), (full100.Parameters["scalar_mass_gev"], full100.PointCount));
        Assert.NotNull(output);
        var (full65, _) = ScanFile.Read(Path.Combine(examples, "scan-65GeV.toml"));
        Assert.Equal((65.0, 625), (full65.Parameters["scalar_mass_gev"], full65.PointCount));
        // Same grid: the two planes differ only in m_S.
        Assert.Equal(full100.X.Values, full65.X.Values);
    }

    [Fact]
    public void RunFileWithoutBenchmarkOrScanIsRejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => RunJob.From(ScanFile.ParseToml("[output]\ndirectory = \"x\"\n", "r.toml"), "r.toml"));
        Assert.Contains("[benchmark]", error.Message);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Freestream.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root (Freestream.sln) not found above the test folder");
    }
}
