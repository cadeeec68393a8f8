using System.Diagnostics;
using System.Globalization;
using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Structure;
using Freestream.Thermal;

namespace Freestream.Scans;

/// <summary>
/// One point of a scalar-decay scan, end to end: <see cref="ScalarDecaySolver"/> (f(q), Y_N and the
/// m_N that gives the target Ω h², scalar_decay.md §4.2) → <see cref="LinearPowerCalculator"/>
/// (T²(k) against the CDM run, computed once per scan and cached) → <see cref="FreeStreamingLength"/>
/// and <see cref="StructureJudge"/> (every verdict, against thermal relics run through the same
/// Boltzmann solver and settings, computed once per scan). Thread-safe.
/// </summary>
public sealed class ScalarDecayPointEvaluator : IScanPointEvaluator
{
    private readonly ScanSpecification specification;
    private readonly ScalarDecaySolver production;
    private readonly LinearPowerCalculator power;
    private readonly StructureSettings structure;
    private readonly LateTimeExpansion background;
    private readonly ThermalThresholds thresholds;

    /// <summary>Sets up the stages and computes the CDM run and the thermal references of the scan.</summary>
    /// <param name="specification">A scalar-decay scan.</param>
    /// <param name="pointsInParallel">Points the engine evaluates at once; with more than one, each Boltzmann run is serial over k.</param>
    public ScalarDecayPointEvaluator(ScanSpecification specification, int pointsInParallel)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Model != "scalar-decay")
        {
            throw new ArgumentException($"model: expected scalar-decay, got '{specification.Model}'", nameof(specification));
        }

        this.specification = specification;
        var cosmology = specification.Cosmology;
        var boltzmann = ScanSettings.Boltzmann(specification.Settings) with
        {
            MaxDegreeOfParallelism = pointsInParallel > 1 ? 1 : Environment.ProcessorCount,
        };
        production = new ScalarDecaySolver();
        power = new LinearPowerCalculator(cosmology, boltzmann);
        structure = ScanSettings.Structure(specification.Settings);
        background = new LateTimeExpansion(cosmology);
        var references = ThermalReferences.FromFunction(
            "thermal relics through the Freestream Boltzmann solver (same cosmology and settings)",
            mass => power.Transfer(NcdmSpecies.ThermalRelic(mass, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, boltzmann)));
        thresholds = ThermalThresholds.Compute(references, cosmology, structure);
        TransferReferences = [.. new[] { structure.HalfMode.ConservativeReferenceMassKeV, structure.HalfMode.StrictReferenceMassKeV }.Distinct().Order().Select(m =>
        {
            var t = references.For(m);
            return new ScanCurve(string.Create(CultureInfo.InvariantCulture, $"thermal relic {m:G3} keV"), t.KHMpc, t.TransferSquared);
        })];
    }

    /// <inheritdoc />
    public IReadOnlyList<ScanCurve> TransferReferences { get; }

    /// <inheritdoc />
    public ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var clock = Stopwatch.StartNew();
        var model = new ScalarDecayModel(point.ScalarMassGeV, point.Lambda, point.Yukawa);
        var produced = Stage("production", () => production.Solve(model, specification.Cosmology.OmegaDarkMatterH2, null, cancellationToken));
        double productionSeconds = clock.Elapsed.TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();

        var partial = new ScanPointResult(point)
        {
            Regime = Regime(produced),
            SterileMassKeV = produced.SterileMassKeV,
            OmegaH2 = produced.OmegaH2,
            MeanQ = produced.MeanQ,
            PeaksQ = [.. produced.Peaks.Select(p => p.Q)],
            Spectrum = new ScanCurve("f(q)", [.. produced.Distribution.Q], [.. produced.Distribution.F]),
            Timings = new ScanTimings(0, productionSeconds, 0, 0),
        };
        try
        {
            return Structure(partial, produced, clock, productionSeconds, cancellationToken);
        }
        catch (ScanStageException ex)
        {
            // The production columns stay: the iso-mass lines pass through points whose T²(k) or verdicts failed.
            return partial with { Status = ScanPointStatus.Failed, Error = ex.Message.ReplaceLineEndings(" ") };
        }
    }

    private ScanPointResult Structure(ScanPointResult partial, ScalarDecayResult produced, Stopwatch clock, double productionSeconds, CancellationToken cancellationToken)
    {
        var cosmology = specification.Cosmology;
        var transfer = Stage("Boltzmann solver", () => power.Transfer(
            NcdmSpecies.FromDistribution(produced.Distribution, produced.SterileMassKeV, produced.OmegaH2, cosmology.CmbTemperatureK, power.Settings),
            cancellationToken: cancellationToken));
        double boltzmannSeconds = clock.Elapsed.TotalSeconds - productionSeconds;
        cancellationToken.ThrowIfCancellationRequested();

        // Every verdict without the (α, β, γ) fit: the maps do not use it and it costs time.
        var (measurements, freeStreaming, verdicts) = Stage("verdicts", () =>
        {
            var streaming = FreeStreamingLength.Compute(produced.Distribution, produced.SterileMassKeV, cosmology, structure.FreeStreaming);
            var report = StructureJudge.Judge(transfer, thresholds, cosmology, structure, streaming, background, fit: false);
            return (report.Measurements, streaming, report.Verdicts);
        });
        double verdictSeconds = clock.Elapsed.TotalSeconds - productionSeconds - boltzmannSeconds;

        var m = measurements;
        return partial with
        {
            FreeStreamingLengthMpc = freeStreaming.LengthMpc,
            HalfModeKHMpc = m.HalfMode.KHMpc ?? double.NaN,
            LymanAlphaDeltaA = m.LymanAlpha.DeltaA,
            SubhaloCount = m.Subhalos.Count,
            HighRedshiftDensityMpc3 = m.HighRedshift.MaximumDensityMpc3,
            Verdicts = verdicts.ToDictionary(v => v.Key, v => v.Value.Level switch
            {
                VerdictLevel.Allowed => ScanVerdict.Allowed,
                VerdictLevel.Marginal => ScanVerdict.Marginal,
                _ => ScanVerdict.Excluded,
            }),
            Timings = new ScanTimings(0, productionSeconds, boltzmannSeconds, verdictSeconds),
            Transfer = new ScanCurve("T²(k)", transfer.KHMpc, transfer.TransferSquared),
        };
    }

    /// <summary>Runs one stage; an error names the stage (cancellation passes through).</summary>
    private static T Stage<T>(string stage, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ScanStageException(stage, ex);
        }
    }

    /// <summary>
    /// Production regime (scalar_decay.md §4.2): freeze-in when S never thermalised; equilibrium decay
    /// when S thermalised and half of it had decayed before it froze out; freeze-out otherwise.
    /// </summary>
    public static string Regime(ScalarDecayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.ScalarThermalised)
        {
            return "freeze-in";
        }

        return result.FreezeOutTemperatureGeV is not { } freezeOut || result.DecayTemperatureGeV >= freezeOut ? "equilibrium decay" : "freeze-out";
    }
}
