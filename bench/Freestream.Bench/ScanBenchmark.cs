using BenchmarkDotNet.Attributes;
using Freestream.Cosmology;
using Freestream.Scans;

namespace Freestream.Bench;

/// <summary>
/// Cost of the scan machinery itself, per point: committing one finished point (row, a 400-point
/// f(q) table and a 200-point T²(k) table) to the SQLite store in its own WAL transaction with
/// synchronous=FULL, which is what a killed scan relies on. The throughput of the physics per point
/// (production, Boltzmann solver, verdicts) is measured on a real plane with
/// <c>freestream scan</c> and the per-stage seconds stored with every point (README, Scans).
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmark
{
    private static readonly ScanSpecification Specification = ScanSpecification.ScalarDecay(
        100, ScanAxis.LogSpaced("lambda", 1e-10, 1e-4, 200), ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, 200), CosmologyParameters.Planck2018);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "freestream-scan-bench-" + Guid.NewGuid().ToString("N"));
    private ScanStore? store;
    private int next;

    /// <summary>Opens an empty store.</summary>
    [GlobalSetup]
    public void Setup() => store = ScanStore.Open(directory, Specification, fresh: true);

    /// <summary>Closes and deletes the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        store?.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>One committed point with its tables.</summary>
    [Benchmark]
    public void CommitPoint()
    {
        var point = Specification.PointAt(next++ % Specification.PointCount);
        if (point.Index == 0 && next > 1)
        {
            store!.Dispose();
            store = ScanStore.Open(directory, Specification, fresh: true);
        }

        var q = new double[400];
        var f = new double[400];
        for (int i = 0; i < q.Length; i++)
        {
            q[i] = 1e-3 * Math.Pow(10, i * 5.0 / 399);
            f[i] = Math.Exp(-q[i]);
        }

        var k = new double[200];
        var t2 = new double[200];
        for (int i = 0; i < k.Length; i++)
        {
            k[i] = 1e-3 * Math.Pow(10, i * 5.0 / 199);
            t2[i] = 1 / (1 + k[i] * k[i]);
        }

        store!.Commit(new ScanPointResult(point)
        {
            Regime = "freeze-in",
            SterileMassKeV = 10,
            OmegaH2 = 0.12,
            MeanQ = 2.5,
            PeaksQ = [1.2],
            Verdicts = new Dictionary<string, ScanVerdict> { ["halfMode"] = ScanVerdict.Allowed },
            Spectrum = new ScanCurve("f(q)", q, f),
            Transfer = new ScanCurve("T²(k)", k, t2),
        });
    }
}
