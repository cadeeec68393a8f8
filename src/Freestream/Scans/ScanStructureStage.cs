using System.Diagnostics;
using System.Globalization;
using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Structure;
using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Scans;

/// <summary>
/// The part of a scan point after production, shared by every model: <see cref="LinearPowerCalculator"/>
/// (T²(k) against the CDM run, computed once per scan and cached) → <see cref="FreeStreamingLength"/>
/// and <see cref="StructureJudge"/> (every verdict, against thermal relics run through the same
/// Boltzmann solver and settings, computed once per scan, judged against the scan's constraint set). Thread-safe.
/// </summary>
internal sealed class ScanStructureStage
{
    private readonly CosmologyParameters cosmology;
    private readonly LinearPowerCalculator power;
    private readonly StructureSettings structure;
    private readonly LateTimeExpansion background;
    private readonly ThermalThresholds thresholds;
    private readonly ConstraintSet? constraints;

    /// <summary>Sets up the Boltzmann solver and computes the CDM run and the thermal references of the scan.</summary>
    /// <param name="specification">The scan (cosmology and [settings]).</param>
    /// <param name="pointsInParallel">Points the engine evaluates at once; with more than one, each Boltzmann run is serial over k.</param>
    public ScanStructureStage(ScanSpecification specification, int pointsInParallel)
    {
        cosmology = specification.Cosmology;
        var boltzmann = ScanSettings.Boltzmann(specification.Settings) with
        {
            MaxDegreeOfParallelism = pointsInParallel > 1 ? 1 : Environment.ProcessorCount,
        };
        power = new LinearPowerCalculator(cosmology, boltzmann);
        structure = ScanSettings.Structure(specification.Settings);
        background = new LateTimeExpansion(cosmology);
        var references = ThermalReferences.FromFunction(
            "thermal relics through the Freestream Boltzmann solver (same cosmology and settings)",
            mass => power.Transfer(NcdmSpecies.ThermalRelic(mass, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, boltzmann)));
        constraints = specification.Constraints;

        // The thermal relics run before the first point, each serial over k when points run in parallel: run them
        // side by side instead (a few seconds of a scan otherwise spent on one core).
        power.Cdm();
        double[] halfModeMasses = [.. new[] { structure.HalfMode.ConservativeReferenceMassKeV, structure.HalfMode.StrictReferenceMassKeV }.Distinct().Order()];
        double[] referenceMasses = [.. (constraints?.ThermalMassesKeV ?? structure.ReferenceMassesKeV).Concat(halfModeMasses).Distinct()];
        Parallel.ForEach(referenceMasses, new ParallelOptions { MaxDegreeOfParallelism = pointsInParallel }, mass => references.For(mass));
        thresholds = ThermalThresholds.Compute(references, cosmology, structure, constraints);
        TransferReferences = [.. halfModeMasses.Select(m =>
        {
            var t = references.For(m);
            return new ScanCurve(string.Create(CultureInfo.InvariantCulture, $"thermal relic {m:G3} keV"), t.KHMpc, t.TransferSquared);
        })];
    }

    /// <summary>T²(k) of the thermal relics at the half-mode reference masses.</summary>
    public IReadOnlyList<ScanCurve> TransferReferences { get; }

    /// <summary>
    /// Runs one stage; an error names the stage (cancellation passes through).
    /// </summary>
    public static T Stage<T>(string stage, Func<T> run)
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
    /// Adds T²(k), λ_fs, the structure measurements and verdicts to <paramref name="partial"/> (which holds
    /// the production columns); a failure of a later stage keeps the production columns and marks the point failed.
    /// </summary>
    /// <param name="partial">The point with its production columns and production time.</param>
    /// <param name="distribution">f(q) today.</param>
    /// <param name="massKeV">Particle mass in keV.</param>
    /// <param name="omegaH2">Ω h² of the species.</param>
    /// <param name="extraVerdicts">Verdicts of the production stage (e.g. X-ray), merged with the structure ones.</param>
    /// <param name="cancellationToken">Stops the Boltzmann run.</param>
    public ScanPointResult Complete(ScanPointResult partial, MomentumDistribution distribution, double massKeV, double omegaH2, IReadOnlyDictionary<string, ScanVerdict> extraVerdicts, CancellationToken cancellationToken)
    {
        try
        {
            return Structure(partial, distribution, massKeV, omegaH2, extraVerdicts, cancellationToken);
        }
        catch (ScanStageException ex)
        {
            // The production columns stay: contour lines pass through points whose T²(k) or verdicts failed.
            return partial with { Status = ScanPointStatus.Failed, Error = ex.Message.ReplaceLineEndings(" "), Verdicts = extraVerdicts };
        }
    }

    /// <summary>Allowed / marginal / excluded of a structure verdict as a scan verdict.</summary>
    public static ScanVerdict ToScanVerdict(VerdictLevel level) => level switch
    {
        VerdictLevel.Allowed => ScanVerdict.Allowed,
        VerdictLevel.Marginal => ScanVerdict.Marginal,
        _ => ScanVerdict.Excluded,
    };

    private ScanPointResult Structure(ScanPointResult partial, MomentumDistribution distribution, double massKeV, double omegaH2, IReadOnlyDictionary<string, ScanVerdict> extraVerdicts, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var transfer = Stage("Boltzmann solver", () => power.Transfer(
            NcdmSpecies.FromDistribution(distribution, massKeV, omegaH2, cosmology.CmbTemperatureK, power.Settings),
            cancellationToken: cancellationToken));
        double boltzmannSeconds = clock.Elapsed.TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();

        // Every verdict without the (α, β, γ) fit: the maps do not use it and it costs time.
        var (measurements, freeStreaming, verdicts) = Stage("verdicts", () =>
        {
            var streaming = FreeStreamingLength.Compute(distribution, massKeV, cosmology, structure.FreeStreaming);
            double deltaNeffBbn = DarkRadiationDensity.DeltaNeff(distribution, massKeV, DarkRadiationDensity.BbnNeutrinoTemperatureGeV);
            var report = StructureJudge.Judge(transfer, thresholds, cosmology, structure, streaming, background, fit: false, constraints, deltaNeffBbn);
            return (report.Measurements, streaming, report.Verdicts);
        });
        double verdictSeconds = clock.Elapsed.TotalSeconds - boltzmannSeconds;

        var all = verdicts.ToDictionary(v => v.Key, v => ToScanVerdict(v.Value.Level));
        foreach (var (key, verdict) in extraVerdicts)
        {
            all[key] = verdict;
        }

        var m = measurements;
        return partial with
        {
            FreeStreamingLengthMpc = freeStreaming.LengthMpc,
            HalfModeKHMpc = m.HalfMode.KHMpc ?? double.NaN,
            LymanAlphaDeltaA = m.LymanAlpha.DeltaA,
            SubhaloCount = m.Subhalos.Count,
            HighRedshiftDensityMpc3 = m.HighRedshift.MaximumDensityMpc3,
            Verdicts = all,
            Timings = partial.Timings with { BoltzmannSeconds = boltzmannSeconds, VerdictSeconds = verdictSeconds },
            Transfer = new ScanCurve("T²(k)", transfer.KHMpc, transfer.TransferSquared),
        };
    }
}
