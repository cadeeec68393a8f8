using System.Globalization;
using Freestream.Scans;
using Freestream.Tests.Scans;

namespace Freestream.Tests.Cli;

/// <summary>
/// The reproducers of issue 14 items 2–4, table-driven through the real command line: each bad input
/// ends in its exit code with one stderr line naming the option or path, nothing on stdout (also with
/// --json), no NaN or Infinity anywhere, and no file left behind.
/// </summary>
public sealed class HardeningReproducerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-hardening-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<string, string[], string> Refusals => new()
    {
        { "plane above the point limit", ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8:1e-6:10000", "--yukawa", "1e-11:1e-6:10000", "--out", "{dir}/big"], "--max-points" },
        { "point limit of a scan file", ["scan", "{dir}/big.toml", "--max-points", "10", "--out", "{dir}/big"], "--max-points" },
        { "coarse table whose spline moments were NaN", ["psd", "info", "{dir}/coarse.dat"], "rows per decade" },
        { "coarse table, JSON", ["psd", "info", "{dir}/coarse.dat", "--json"], "rows per decade" },
        { "table whose moments overflow", ["psd", "info", "{dir}/overflow.dat", "--json"], "overflows" },
        { "folder given as the table", ["psd", "info", "{dir}"], "is a folder" },
        { "absurd mass", ["psd", "info", "{dir}/fd.dat", "--sterile-mass-kev", "1e300"], "--sterile-mass-kev" },
        { "--out is a file", ["psd", "info", "{dir}/fd.dat", "--out", "{dir}/fd.dat"], "--out" },
        { "--out cannot be created", ["psd", "info", "{dir}/fd.dat", "--out", "/proc/freestream-out"], "--out" },
        { "folder given as the scan file", ["scan", "{dir}", "--out", "{dir}/plane"], "is a folder" },
        { "damaged scan.db", ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:2", "--yukawa", "1e-9:1e-7:2", "--out", "{dir}/damaged"], "--fresh" },
        { "folder held by a running scan", ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:2", "--yukawa", "1e-9:1e-7:2", "--out", "{dir}/locked"], "process {pid} on host" },
        { "merge of a file", ["merge", "{dir}/fd.dat", "--out", "{dir}/merged"], "is a file" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void BadInputExitsWith2BeforeAnyWork(string what, string[] template, string expected)
    {
        Prepare();
        var before = Snapshot();
        string[] args = [.. template.Select(Fill)];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (code, output, err) = CliBasicsTests.Run(args);
        Assert.True(code == 2, $"{what}: exit {code}, stderr {err}");
        Assert.Contains(Fill(expected), err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Empty(output);
        Assert.DoesNotContain("NaN", err);
        Assert.DoesNotContain("Infinity", err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{what}: refused only after {clock.Elapsed}");
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void MergeWithAMissingShardExitsNonZeroKeepingThePointsFound()
    {
        var specification = ScanTestSpecs.Plane(3, 2);
        var evaluator = new AnalyticScanEvaluator(specification);
        string shard = Path.Combine(directory, "shard-1");
        using (var store = ScanStore.Open(shard, specification, fresh: false))
        {
            ScanEngine.Run(store, evaluator, new ScanRunOptions(1, ScanShard.Parse("1/2")), null, CancellationToken.None);
        }

        string merged = Path.Combine(directory, "merged");
        var (code, output, err) = CliBasicsTests.Run("merge", shard, "--out", merged, "--json");
        Assert.Equal(3, code);
        Assert.Contains("3 of 6 grid points", err);
        Assert.Contains("first: point 1", err);
        Assert.Contains("\"missing\": 3", output);
        Assert.False(File.Exists(Path.Combine(merged, "points.csv")));
        using var result = ScanStore.OpenExisting(merged);
        Assert.Equal([0, 2, 4], result.FinishedIndices().Order());
    }

    private string Fill(string text) => text
        .Replace("{dir}", directory, StringComparison.Ordinal)
        .Replace("{pid}", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The input files of the table; the lock of "locked" claims that folder for this (live) process.</summary>
    private void Prepare()
    {
        string Q(double q) => q.ToString("R", CultureInfo.InvariantCulture);
        double Fd(double q) => 1 / (Math.Exp(q) + 1);
        File.WriteAllLines(Path.Combine(directory, "fd.dat"), Enumerable.Range(0, 200).Select(i => 1e-3 * Math.Pow(4e4, i / 199.0)).Select(q => $"{Q(q)} {Q(Fd(q))}"));

        // Eight rows of a Fermi–Dirac spectrum, 0.4 decades apart: the natural spline of q⁴f overshot below zero here.
        File.WriteAllLines(Path.Combine(directory, "coarse.dat"), Enumerable.Range(0, 8).Select(i => 0.01 * Math.Pow(10, 0.45 * i)).Select(q => $"{Q(q)} {Q(Fd(q))}"));
        File.WriteAllLines(Path.Combine(directory, "overflow.dat"), Enumerable.Range(0, 40).Select(i => Math.Pow(10, 100 + (0.1 * i))).Select(q => $"{Q(q)} 1e300"));
        File.WriteAllText(Path.Combine(directory, "big.toml"), "[scan]\nscalar_mass_gev = 100.0\nlambda = \"1e-9:1e-6:4\"\nyukawa = \"1e-9:1e-7:4\"\n");
        Directory.CreateDirectory(Path.Combine(directory, "damaged"));
        File.WriteAllBytes(Path.Combine(directory, "damaged", ScanStore.FileName), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i % 253))]);
        Directory.CreateDirectory(Path.Combine(directory, "locked"));
        File.WriteAllText(Path.Combine(directory, "locked", ScanFolderLock.FileName), string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {Environment.MachineName} 2026-12-07T18:00:00Z\n"));
    }

    /// <summary>Every file and folder under the test folder with its size.</summary>
    private SortedDictionary<string, long> Snapshot()
    {
        var entries = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories))
        {
            entries[path] = File.Exists(path) ? new FileInfo(path).Length : -1;
        }

        return entries;
    }
}
