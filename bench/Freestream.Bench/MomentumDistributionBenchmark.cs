using BenchmarkDotNet.Attributes;
using Freestream.Plotting;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Bench;

/// <summary>
/// Cost of building a 400-point <see cref="MomentumDistribution"/> (validation, three spline moments,
/// PCHIP interpolant), of reading the same table from a file, and of plotting it as a PNG.
/// </summary>
[MemoryDiagnoser]
public class MomentumDistributionBenchmark
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-bench-psd-").FullName;
    private string table = string.Empty;
    private MomentumDistribution fermiDirac = MomentumDistribution.FermiDirac();

    /// <summary>Writes the table once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        fermiDirac = MomentumDistribution.FermiDirac();
        table = Path.Combine(directory, "fermi_dirac.dat");
        PsdFile.Write(table, fermiDirac);
    }

    /// <summary>Removes the temporary files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>Tabulate Fermi–Dirac on the default grid and compute its moments.</summary>
    [Benchmark(Baseline = true)]
    public double BuildFermiDirac() => MomentumDistribution.FermiDirac().MeanQ;

    /// <summary>Read and validate the 400-line table.</summary>
    [Benchmark]
    public double ReadTable() => PsdFile.Read(table).MeanQ;

    /// <summary>Plot q² f(q) on a log-q axis as an 800×600 PNG.</summary>
    [Benchmark]
    public void PlotPng()
    {
        double[] q2f = [.. fermiDirac.Q.Select((q, i) => q * q * fermiDirac.F[i])];
        new LinePlot("Fermi–Dirac", "q = p/T_ν0", "q² f(q)") { LogX = true }
            .AddSeries("q² f(q)", fermiDirac.Q, q2f)
            .SavePng(Path.Combine(directory, "psd.png"));
    }
}
