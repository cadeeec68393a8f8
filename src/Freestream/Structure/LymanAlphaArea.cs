namespace Freestream.Structure;

/// <summary>The area criterion of one spectrum.</summary>
/// <param name="DeltaA">δA = (A_CDM − A)/A_CDM, 0 for CDM, → 1 for a total cut-off.</param>
/// <param name="KHMpc">k nodes of the ratio curve (h/Mpc, uniform in k over the window).</param>
/// <param name="Ratio">r(k) = P_1D^model(k)/P_1D^CDM(k) at the nodes.</param>
public sealed record LymanAlphaResult(double DeltaA, double[] KHMpc, double[] Ratio);

/// <summary>
/// Lyman-α area criterion of Murgia, Merle, Viel, Totzauer &amp; Schneider 2017 (arXiv:1704.07838,
/// §3): P_1D(k) = (1/2π) ∫_k^∞ k′P(k′) dk′, r = P_1D^model/P_1D^CDM, A = ∫_{k_min}^{k_max} r dk,
/// δA = (A_CDM − A)/A_CDM with A_CDM = k_max − k_min; compatible if δA ≤ δA_REF of the thermal
/// relic at the Lyman-α mass bound.
/// </summary>
public static class LymanAlphaArea
{
    private const int Intervals = 400;

    /// <summary>δA and the ratio curve over [k_min, k_max] (composite Simpson rule in k).</summary>
    public static LymanAlphaResult Compute(PowerSpectrumGrid grid, LymanAlphaSettings settings)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(settings);
        double kMin = settings.KMinHMpc;
        double kMax = settings.KMaxHMpc;
        var k = new double[Intervals + 1];
        var ratio = new double[Intervals + 1];
        double h = (kMax - kMin) / Intervals;
        double area = 0;
        for (int i = 0; i <= Intervals; i++)
        {
            k[i] = kMin + i * h;
            ratio[i] = grid.Model.OneDimensionalPower(k[i]) / grid.Cdm.OneDimensionalPower(k[i]);
            double weight = i == 0 || i == Intervals ? 1 : i % 2 == 1 ? 4 : 2;
            area += weight * ratio[i];
        }

        area *= h / 3;
        double areaCdm = kMax - kMin;
        return new LymanAlphaResult((areaCdm - area) / areaCdm, k, ratio);
    }

    /// <summary>Allowed if δA ≤ δA_REF(strict mass), marginal if ≤ δA_REF(conservative mass), excluded otherwise.</summary>
    public static Verdict Judge(LymanAlphaResult model, ThermalThresholds thresholds, LymanAlphaSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(settings);
        double strict = thresholds.For(settings.StrictReferenceMassKeV).DeltaA;
        double conservative = thresholds.For(settings.ConservativeReferenceMassKeV).DeltaA;
        return new Verdict(
            "lymanAlpha",
            Verdict.SmallerIsBetter(model.DeltaA, strict, conservative),
            model.DeltaA,
            "",
            $"dA <= dA_REF(m_strict) allowed; dA <= dA_REF(m_conservative) marginal; above excluded (k in [{settings.KMinHMpc}, {settings.KMaxHMpc}] h/Mpc)",
            [
                new ReferenceValue($"dA_REF of {settings.StrictReferenceMassKeV} keV thermal relic", strict, "", thresholds.Source),
                new ReferenceValue($"dA_REF of {settings.ConservativeReferenceMassKeV} keV thermal relic", conservative, "", thresholds.Source),
            ]);
    }
}
