using System.Globalization;

namespace Freestream.Structure;

/// <summary>
/// Judges measured structure quantities against a <see cref="ConstraintSet"/>: each entry gives allowed /
/// marginal / excluded through its mapping (like for like: a thermal-mass bound is applied through that
/// relic's own measurement, <see cref="ThermalThresholds"/>); a criterion with several entries takes the
/// worst and names the entry that decided it. Every reference value carries the set name and the citation.
/// </summary>
public static class ConstraintJudge
{
    /// <summary>The verdicts of every criterion of the set that the measurements can judge (not darkRadiation).</summary>
    /// <param name="model">The model's measurements.</param>
    /// <param name="thresholds">Thermal references measured with the same settings, including every mass of the set.</param>
    /// <param name="set">The bounds.</param>
    /// <param name="convention">Half-mode convention of k_1/2 (the model's and the references').</param>
    public static Dictionary<string, Verdict> Judge(StructureMeasurements model, ThermalThresholds thresholds, ConstraintSet set, HalfModeConvention convention)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(set);
        var verdicts = new Dictionary<string, Verdict>();
        foreach (string criterion in set.JudgedCriteria)
        {
            var entries = set.Entries.Where(e => e.Criterion == criterion && e.Mapping != ConstraintMapping.DeltaNeff).ToList();
            if (entries.Count > 0)
            {
                verdicts[criterion] = Combine(criterion, set, [.. entries.Select(e => (e, One(e, model, thresholds, convention, set.Name)))]);
            }
        }

        return verdicts;
    }

    /// <summary>The darkRadiation verdict of ΔN_eff, or null when the set has no ΔN_eff bound.</summary>
    public static Verdict? JudgeDarkRadiation(double deltaNeff, ConstraintSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var entries = set.Entries.Where(e => e.Mapping == ConstraintMapping.DeltaNeff).ToList();
        return entries.Count == 0
            ? null
            : Combine("darkRadiation", set, [.. entries.Select(e => (e, new Verdict(
                "darkRadiation",
                Verdict.SmallerIsBetter(deltaNeff, e.Strict, e.Conservative),
                deltaNeff,
                "",
                Invariant($"dN_eff <= {e.Strict} allowed; <= {e.Conservative} marginal; above excluded"),
                [
                    new ReferenceValue("dN_eff allowed up to", e.Strict, "", Source(set.Name, e)),
                    new ReferenceValue("dN_eff excluded above", e.Conservative, "", Source(set.Name, e)),
                ])))]);
    }

    private static Verdict One(ConstraintEntry e, StructureMeasurements model, ThermalThresholds thresholds, HalfModeConvention convention, string setName)
    {
        string source = Source(setName, e);
        switch (e.Mapping)
        {
            case ConstraintMapping.HalfModeK:
                {
                    double Reference(double mass) => HalfModeScale.Select(thresholds.For(mass).HalfMode, convention) ?? double.NaN;
                    double? k = HalfModeScale.Select(model.HalfMode, convention);
                    string label = convention == HalfModeConvention.Power ? "T²=1/2" : "T=1/2";
                    return new Verdict(e.Criterion, Verdict.LargerIsBetter(k ?? double.PositiveInfinity, Reference(e.Strict), Reference(e.Conservative)), k ?? double.NaN, "h/Mpc",
                        $"k_1/2({label}) >= k_1/2 of the {Band(e)}, below excluded (no half-mode: allowed)",
                        ThermalPair($"k_1/2({label})", "h/Mpc", e, Reference, source));
                }

            case ConstraintMapping.DeltaA:
                {
                    double Reference(double mass) => thresholds.For(mass).DeltaA;
                    return new Verdict(e.Criterion, Verdict.SmallerIsBetter(model.LymanAlpha.DeltaA, Reference(e.Strict), Reference(e.Conservative)), model.LymanAlpha.DeltaA, "",
                        $"dA <= dA of the {Band(e)}, above excluded",
                        ThermalPair("dA_REF", "", e, Reference, source));
                }

            case ConstraintMapping.HighRedshiftDensity:
                {
                    double Reference(double mass) => thresholds.For(mass).HighRedshiftDensityMpc3;
                    return new Verdict(e.Criterion, Verdict.LargerIsBetter(model.HighRedshift.MaximumDensityMpc3, Reference(e.Strict), Reference(e.Conservative)), model.HighRedshift.MaximumDensityMpc3, "Mpc^-3",
                        $"phi_bar >= phi_bar of the {Band(e)}, below excluded",
                        ThermalPair("phi_bar", "Mpc^-3", e, Reference, source));
                }

            case ConstraintMapping.SatelliteCount:
                return new Verdict(e.Criterion, Verdict.LargerIsBetter(model.Subhalos.Count, e.Strict, e.Conservative), model.Subhalos.Count, "",
                    Invariant($"N_sub >= {e.Strict} allowed, >= {e.Conservative} marginal, below excluded"),
                    [
                        new ReferenceValue("observed satellites (allowed at or above)", e.Strict, "", source),
                        new ReferenceValue("observed satellites (excluded below)", e.Conservative, "", source),
                    ]);

            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Mapping, "deltaNeff is judged by JudgeDarkRadiation");
        }
    }

    private static ReferenceValue[] ThermalPair(string quantity, string unit, ConstraintEntry e, Func<double, double> reference, string source) =>
        e.Strict == e.Conservative
            ? [new ReferenceValue(Invariant($"{quantity} of {e.Strict} keV thermal relic (bound)"), reference(e.Strict), unit, source)]
            : [
                new ReferenceValue(Invariant($"{quantity} of {e.Strict} keV thermal relic (strict)"), reference(e.Strict), unit, source),
                new ReferenceValue(Invariant($"{quantity} of {e.Conservative} keV thermal relic (conservative)"), reference(e.Conservative), unit, source),
            ];

    /// <summary>The worst verdict of the entries, naming the set and the entry that decided.</summary>
    private static Verdict Combine(string criterion, ConstraintSet set, (ConstraintEntry Entry, Verdict Verdict)[] judged)
    {
        var worst = judged.MaxBy(j => j.Verdict.Level);
        string others = judged.Length == 1 ? string.Empty : $"; worst of {judged.Length} entries";
        return worst.Verdict with
        {
            Criterion = criterion,
            Rule = $"set '{set.Name}', decided by {worst.Entry.Reference} (arXiv:{worst.Entry.ArXiv}): {worst.Verdict.Rule}{others}",
            References = [.. judged.SelectMany(j => j.Verdict.References)],
        };
    }

    /// <summary>"5.3 keV relic allowed, that of 3.5 keV marginal" (or just "6.5 keV relic allowed" for a single bound).</summary>
    private static string Band(ConstraintEntry e) => e.Strict == e.Conservative
        ? Invariant($"{e.Strict} keV relic allowed")
        : Invariant($"{e.Strict} keV relic allowed, that of {e.Conservative} keV marginal");

    private static string Source(string setName, ConstraintEntry e) => $"set '{setName}': {e.Citation}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
