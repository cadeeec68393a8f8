using BenchmarkDotNet.Attributes;
using Freestream.Cosmology;
using Freestream.Structure;
using Freestream.Thermal;

namespace Freestream.Bench;

/// <summary>
/// All structure criteria for one model given its P(k): half-mode, δA, N_sub, φ̄(z = 6), (α, β, γ) fit and
/// the verdicts against precomputed thermal references (target &lt; 50 ms). The spectra are a BBKS CDM
/// P(k) (Bardeen et al. 1986, Γ = Ω_m h) on the CLASS table grid (266 points, 1e-3–200 h/Mpc) times the
/// Viel et al. 2005 thermal T², so the benchmark needs no data files.
/// </summary>
[MemoryDiagnoser]
public class VerdictBenchmark
{
    private readonly CosmologyParameters cosmology = CosmologyParameters.Planck2018;
    private readonly StructureSettings settings = StructureSettings.Default;
    private TransferFunction model = null!;
    private ThermalReferences references = null!;
    private ThermalThresholds thresholds = null!;
    private LateTimeExpansion background = null!;

    /// <summary>Builds the model (a 3.3 keV thermal relic) and the thermal references once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var cdm = Bbks(cosmology);
        model = ThermalWarmDarkMatter.FitTransfer(cdm, 3.3, cosmology);
        references = ThermalReferences.FromFit(cdm, cosmology);
        thresholds = ThermalThresholds.Compute(references, cosmology, settings);
        background = new LateTimeExpansion(cosmology);
    }

    /// <summary>Every criterion and verdict for one model against cached references.</summary>
    [Benchmark]
    public StructureReport JudgeOneModel() => StructureJudge.Judge(model, thresholds, cosmology, settings);

    /// <summary>The same with the background (growth factor) built once, as a scan over models would.</summary>
    [Benchmark]
    public StructureReport JudgeOneModelReusingBackground() => StructureJudge.Judge(model, thresholds, cosmology, settings, background: background);

    /// <summary>The reference thresholds themselves (five thermal masses by default).</summary>
    [Benchmark]
    public ThermalThresholds ComputeThresholds() => ThermalThresholds.Compute(references, cosmology, settings);

    private static TransferFunction Bbks(CosmologyParameters cosmology)
    {
        double gamma = StructureConstants.OmegaMatter(cosmology) * cosmology.H;
        var k = Enumerable.Range(0, 266).Select(i => Math.Pow(10, -3 + i * Math.Log10(2e5) / 265)).ToArray();
        var power = k.Select(x =>
        {
            double q = x / gamma;
            double t = Math.Log(1 + 2.34 * q) / (2.34 * q) * Math.Pow(1 + 3.89 * q + Math.Pow(16.1 * q, 2) + Math.Pow(5.46 * q, 3) + Math.Pow(6.71 * q, 4), -0.25);
            return 2e7 * Math.Pow(x, cosmology.SpectralIndex) * t * t;
        }).ToArray();
        return new TransferFunction(k, power, [.. power], 0);
    }
}
