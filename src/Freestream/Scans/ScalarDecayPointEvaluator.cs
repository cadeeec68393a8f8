using System.Diagnostics;
using Freestream.Production;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// One point of a scalar-decay scan, end to end: <see cref="ScalarDecaySolver"/> (f(q), Y_N and the
/// m_N that gives the target Ω h², docs/physics/scalar_decay.md §4.2) → the X-ray verdict of N → νγ at that m_N when the
/// plane sets a mixing sin²2θ (<see cref="XRayLineLimits"/>; without one N cannot decay radiatively and no X-ray verdict is
/// recorded) → <see cref="ScanStructureStage"/> (T²(k), λ_fs and every structure verdict). Thread-safe.
/// </summary>
/// <remarks>
/// The mixing enters the X-ray verdict only: Dodelson–Widrow production at that mixing is not added to the
/// scalar-decay population (<c>produce scalar-decay --sin2-2theta</c> does that for one point).
/// </remarks>
public sealed class ScalarDecayPointEvaluator : IScanPointEvaluator
{
    private readonly ScanSpecification specification;
    private readonly ScalarDecaySolver production;
    private readonly ScanStructureStage structure;

    /// <summary>Sets up the stages and computes the CDM run and the thermal references of the scan.</summary>
    /// <param name="specification">A scalar-decay scan.</param>
    /// <param name="pointsInParallel">Points the engine evaluates at once; with more than one, each Boltzmann run is serial over k.</param>
    public ScalarDecayPointEvaluator(ScanSpecification specification, int pointsInParallel)
    {
        this.specification = ScanModel.ScalarDecay.Require(specification);
        production = new ScalarDecaySolver(ScanSettings.ScalarDecay(specification.Settings));
        structure = new ScanStructureStage(specification, pointsInParallel);
    }

    /// <inheritdoc />
    public IReadOnlyList<ScanCurve> TransferReferences => structure.TransferReferences;

    /// <inheritdoc />
    public ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var clock = Stopwatch.StartNew();
        var inputs = specification.Inputs(point);
        var model = new ScalarDecayModel(
            inputs[ProductionQuantities.ScalarMassGeV.Key], inputs[ProductionQuantities.Lambda.Key], inputs[ProductionQuantities.Yukawa.Key]);
        var produced = ScanStructureStage.Stage("production", () => production.Solve(model, specification.Cosmology.OmegaDarkMatterH2, null, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();

        var timings = new ScanTimings(clock.Elapsed.TotalSeconds, clock.Elapsed.TotalSeconds, 0, 0);
        if (produced.Validity != ScalarDecayValidity.Valid)
        {
            // An impossible point keeps its reason and warnings, gets no m_N, no spectrum, no Boltzmann run and no verdict.
            return new ScanPointResult(point)
            {
                Status = produced.Validity == ScalarDecayValidity.KinematicallyForbidden ? ScanPointStatus.KinematicallyForbidden : ScanPointStatus.OutsideValidity,
                Error = produced.ValidityReason,
                Regime = Regime(produced),
                Warnings = produced.Warnings,
                Timings = timings,
            };
        }

        var verdicts = new Dictionary<string, ScanVerdict>();
        double lifetimeSeconds = double.NaN;
        if (inputs.TryGetValue(ProductionQuantities.Sin2TwoTheta.Key, out double sin2TwoTheta))
        {
            // τ_γ from this point's m_N; no verdict where no tabulated limit covers m_N (XRayLineLimits.NoPublishedLimit).
            lifetimeSeconds = XRayLimit.EffectiveLifetimeSeconds(produced.SterileMassKeV, sin2TwoTheta, 1.0);
            if (ScanStructureStage.Stage("X-ray line", () => XRayLineLimits.Default.Judge(produced.SterileMassKeV, sin2TwoTheta)) is { } xRay)
            {
                verdicts[XRayLimit.Criterion] = ScanStructureStage.ToScanVerdict(xRay.Level);
            }
        }

        var partial = new ScanPointResult(point)
        {
            Regime = Regime(produced),
            XRayLifetimeSeconds = lifetimeSeconds,
            SterileMassKeV = produced.SterileMassKeV,
            OmegaH2 = produced.OmegaH2,
            MeanQ = produced.MeanQ,
            PeaksQ = [.. produced.Components.Select(c => c.PeakQ)],
            ComponentFractions = [.. produced.Components.Select(c => c.NumberFraction)],
            ComponentMeanQ = [.. produced.Components.Select(c => c.MeanQ)],
            DeltaNeffBbn = produced.DeltaNeffBbn,
            DeltaNeffRecombination = produced.DeltaNeffRecombination,
            Warnings = produced.Warnings,
            Spectrum = new ScanCurve("f(q)", [.. produced.Distribution.Q], [.. produced.Distribution.F]),
            Timings = new ScanTimings(0, clock.Elapsed.TotalSeconds, 0, 0),
        };
        return structure.Complete(partial, produced.Distribution, produced.SterileMassKeV, produced.OmegaH2, verdicts, cancellationToken);
    }

    /// <summary>
    /// Production regime (docs/physics/scalar_decay.md §4.2): freeze-in when S never thermalised; equilibrium decay
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
