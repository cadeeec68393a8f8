using System.Diagnostics;
using System.Text.Json.Nodes;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

/// <summary>
/// The real CLI in a child process, killed part-way through a 6 × 6 scalar-decay plane (SIGKILL and
/// SIGINT) and re-run: every point ends up in the store exactly once and no finished point is lost.
/// After SIGKILL the run resumes from a copy of scan.db alone (no scan.db-wal, no scan.lock), which must
/// hold every point the killed run finished. Slow: real production → Boltzmann → verdicts points.
/// </summary>
[Trait("Category", "Slow")]
public class ScanKillTests
{
    private static readonly string[] ScanArguments =
        ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-9:1e-6:6", "--yukawa", "1e-9:1e-7:6", "--threads", "2", "--json"];

    [Theory]
    [InlineData("KILL")]
    [InlineData("INT")]
    public void KilledScanResumesWithEveryPointComputedOnce(string signal)
    {
        using var folder = new ScanTestFolder();
        using (var child = Start(folder.Path))
        {
            WaitForPoints(folder.Path, 3, child);
            if (signal == "KILL")
            {
                child.Kill();
            }
            else
            {
                using var kill = Process.Start("kill", ["-INT", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                kill.WaitForExit();
            }

            Assert.True(child.WaitForExit(TimeSpan.FromMinutes(5)));
            if (signal == "INT")
            {
                Assert.Equal(130, child.ExitCode);
            }
        }

        // Copy scan.db alone before anything opens the killed store (closing the last connection would
        // checkpoint its log and hide a missing checkpoint).
        string resumeFolder = signal == "KILL" ? folder.Sub("copy-of-scan-db") : folder.Path;
        if (signal == "KILL")
        {
            Directory.CreateDirectory(resumeFolder);
            File.Copy(Path.Combine(folder.Path, ScanStore.FileName), Path.Combine(resumeFolder, ScanStore.FileName));
        }

        int before;
        using (var store = ScanStore.OpenExisting(folder.Path))
        {
            before = store.FinishedIndices().Count;
        }

        Assert.InRange(before, 3, 35);
        if (signal == "KILL")
        {
            using var copy = ScanStore.OpenExisting(resumeFolder);
            Assert.Equal(before, copy.FinishedIndices().Count);
        }

        using var rerun = Start(resumeFolder);
        string output = rerun.StandardOutput.ReadToEnd();
        Assert.True(rerun.WaitForExit(TimeSpan.FromMinutes(30)));
        Assert.Equal(0, rerun.ExitCode);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal(before, summary["skipped"]!.GetValue<int>());
        Assert.Equal(36 - before, summary["computed"]!.GetValue<int>());
        using var final = ScanStore.OpenExisting(resumeFolder);
        Assert.Equal(Enumerable.Range(0, 36), final.ReadAll(withTables: false).Select(r => r.Point.Index));
    }

    private static Process Start(string directory)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "freestream.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        foreach (string argument in ScanArguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--out");
        info.ArgumentList.Add(directory);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Points in scan.db alone, read from a copy of the file: a reader of the live store would hold a
    /// read mark in its log and could stall the checkpoint this test is about. 0 while the child is
    /// still creating the store.
    /// </summary>
    private static int Committed(string directory)
    {
        using var copy = new ScanTestFolder();
        try
        {
            Directory.CreateDirectory(copy.Path);
            File.Copy(Path.Combine(directory, ScanStore.FileName), Path.Combine(copy.Path, ScanStore.FileName));
            using var store = ScanStore.OpenExisting(copy.Path);
            return store.FinishedIndices().Count;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return 0;
        }
    }

    private static void WaitForPoints(string directory, int count, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            Assert.False(child.HasExited, "the scan finished or failed before it could be interrupted");
            if (File.Exists(Path.Combine(directory, ScanStore.FileName)) && Committed(directory) >= count)
            {
                return;
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException($"fewer than {count} points were committed in 10 minutes");
    }
}
