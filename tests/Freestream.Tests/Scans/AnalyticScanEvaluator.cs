using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Tests.Scans;

/// <summary>
/// Test double for the scan engine: closed-form stand-ins for the scalar-decay pipeline that keep
/// the topology of docs/physics/scalar_decay.md §4.2 — freeze-in yield Y ∝ λ²/m_S (U5: vertical iso-mass lines)
/// and equilibrium-decay yield Y ∝ K ∝ y²/m_S (U7: horizontal lines), combined harmonically — with
/// a thermal-shaped spectrum, the Viel et al. 2005 transfer fit and threshold verdicts. Deterministic,
/// thread-safe, optionally slow or failing, and counting its calls per point.
/// </summary>
internal sealed class AnalyticScanEvaluator(ScanSpecification specification) : IScanPointEvaluator
{
    private readonly int[] calls = new int[specification.PointCount];
    private readonly double scalarMassGeV = specification.Parameters["scalar_mass_gev"];

    /// <summary>Points whose index is a multiple of this number (≥ 1) throw; 0 for none.</summary>
    public int FailEvery { get; init; }

    /// <summary>Milliseconds each point sleeps (observing cancellation).</summary>
    public int DelayMilliseconds { get; init; }

    /// <summary>Cancels this source after the given number of evaluations have completed (0: never).</summary>
    public CancellationTokenSource? CancelAfterSource { get; init; }

    public int CancelAfter { get; init; }

    public IReadOnlyList<ScanCurve> TransferReferences { get; } = [Thermal("3.3 keV thermal", 3.3)];

    public int Calls(int index) => Volatile.Read(ref calls[index]);

    public int TotalCalls => calls.Sum();

    public ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls[point.Index]);
        if (DelayMilliseconds > 0)
        {
            cancellationToken.WaitHandle.WaitOne(DelayMilliseconds);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (CancelAfterSource is not null && TotalCalls >= CancelAfter)
        {
            CancelAfterSource.Cancel();
        }

        if (FailEvery > 0 && point.Index % FailEvery == 0)
        {
            throw new InvalidOperationException($"analytic failure at point {point.Index}");
        }

        return Compute(point);
    }

    /// <summary>m_N in keV from the two-channel yield (docs/physics/scalar_decay.md §4.2: m_N = 4.373e-4 keV / Y).</summary>
    public static double SterileMassKeV(double lambda, double yukawa, double scalarMassGeV)
    {
        double freezeIn = 1e12 * lambda * lambda * (100 / scalarMassGeV);
        double equilibriumDecay = 1e11 * yukawa * yukawa * (100 / scalarMassGeV);
        double yield = 1 / (1 / freezeIn + 1 / equilibriumDecay);
        return 4.373e-4 / yield;
    }

    private ScanPointResult Compute(ScanPoint point)
    {
        double mass = SterileMassKeV(point.X, point.Y, scalarMassGeV);
        double meanQ = 2.5 + 1e-8 / point.Y;
        double a = meanQ / 3;
        var q = Enumerable.Range(0, 200).Select(i => 1e-3 * Math.Pow(10, i * 5.0 / 199)).ToArray();
        var f = q.Select(x => Math.Exp(-x / a)).ToArray();
        double equivalentThermalKeV = mass * 3.15 / meanQ;
        var transfer = Thermal("model", equivalentThermalKeV);
        double kHalf = HalfModeK(equivalentThermalKeV);
        var verdicts = new Dictionary<string, ScanVerdict>
        {
            ["halfMode"] = Level(kHalf, HalfModeK(3.3), HalfModeK(2.0)),
            ["freeStreaming"] = Level(kHalf, HalfModeK(6.0), HalfModeK(4.0)),
            ["lymanAlpha"] = Level(kHalf, HalfModeK(5.3), HalfModeK(3.5)),
            ["satellites"] = Level(kHalf, HalfModeK(2.5), HalfModeK(1.5)),
            ["highRedshift"] = Level(kHalf, HalfModeK(1.5), HalfModeK(1.0)),
        };
        return new ScanPointResult(point)
        {
            Regime = point.X < 1e-7 ? "freeze-in" : "freeze-out",
            SterileMassKeV = mass,
            OmegaH2 = 0.12,
            MeanQ = meanQ,
            PeaksQ = [2 * a],
            FreeStreamingLengthMpc = 0.1 * meanQ / mass,
            HalfModeKHMpc = kHalf,
            LymanAlphaDeltaA = 1 / (1 + kHalf),
            SubhaloCount = 10 * kHalf,
            HighRedshiftDensityMpc3 = 1e-3 * kHalf,
            Verdicts = verdicts,
            Timings = new ScanTimings(0, 1e-4, 2e-4, 3e-5),
            Spectrum = new ScanCurve("f(q)", q, f),
            Transfer = transfer with { Name = "T²(k)" },
        };
    }

    /// <summary>k₁/₂ of the Viel et al. 2005 fit, T(k) = [1 + (αk)^{2ν}]^{−5/ν}, α = 0.049 m^{−1.11} (h/Mpc).</summary>
    private static double HalfModeK(double massKeV) =>
        Math.Pow(Math.Pow(2, 1.12 / 5) - 1, 1 / (2 * 1.12)) / (0.049 * Math.Pow(massKeV, -1.11));

    private static ScanVerdict Level(double value, double strict, double conservative) =>
        value >= strict ? ScanVerdict.Allowed : value >= conservative ? ScanVerdict.Marginal : ScanVerdict.Excluded;

    private static ScanCurve Thermal(string name, double massKeV)
    {
        var k = Enumerable.Range(0, 80).Select(i => 0.1 * Math.Pow(10, i * 3.0 / 79)).ToArray();
        double alpha = 0.049 * Math.Pow(massKeV, -1.11);
        var t2 = k.Select(x => Math.Pow(1 + Math.Pow(alpha * x, 2.24), -10 / 1.12)).ToArray();
        return new ScanCurve(name, k, t2);
    }
}
