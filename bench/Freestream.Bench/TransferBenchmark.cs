using BenchmarkDotNet.Attributes;
using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Bench;

/// <summary>
/// T²(k) of one thermal relic (1 and 3.3 keV, all of the dark matter, z = 0) on the full k grid (1e-3–300 h/Mpc with
/// the cutoff refinement, adaptive k sampling) at each accuracy preset, with the CDM run cached, on one thread so that
/// wall time is the CPU time of one core (issue 18 target: ≤ 0.6 s on one core at the default preset;
/// docs/performance.md), and the cold CDM run itself for comparison.
/// </summary>
[MemoryDiagnoser]
public class TransferBenchmark
{
    private LinearPowerCalculator calculator = null!;
    private NcdmSpecies species = null!;

    /// <summary>Accuracy preset.</summary>
    [Params("fast", "default", "precise")]
    public string Preset { get; set; } = "default";

    /// <summary>Thermal-relic mass in keV (the lightest and a middle CLASS reference mass).</summary>
    [Params(1.0, 3.3)]
    public double MassKeV { get; set; } = 3.3;

    /// <summary>Builds the species and fills the CDM cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = BoltzmannSettings.FromName(Preset) with { MaxDegreeOfParallelism = 1 };
        calculator = new LinearPowerCalculator(CosmologyParameters.Planck2018, settings);
        species = NcdmSpecies.ThermalRelic(MassKeV, 0.12, CosmologyParameters.Planck2018.CmbTemperatureK, settings);
        calculator.Cdm();
    }

    /// <summary>T²(k) of the thermal relic against the cached CDM run.</summary>
    [Benchmark]
    public double ThermalRelicTransfer() => TransferAnalysis.HalfModeScale(calculator.Transfer(species));

    /// <summary>The ΛCDM P(k) solve on the same grid (uncached).</summary>
    [Benchmark]
    public double LambdaCdmPower() => calculator.Solve(null, 0.12, LinearPowerCalculator.BaseGrid(calculator.Settings), 0).Sigma();
}
