using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>
/// Half-mode wavenumbers, length and mass of a transfer function.
/// </summary>
/// <param name="KPowerHMpc">k where T² = 1/2 (h/Mpc), null if T² never drops to 1/2.</param>
/// <param name="KAmplitudeHMpc">k where T = 1/2, i.e. T² = 1/4 (h/Mpc), null if never.</param>
/// <param name="Convention">The convention of <see cref="KHMpc"/>, <see cref="LengthMpcH"/> and <see cref="MassMsunH"/>.</param>
/// <param name="KHMpc">k_1/2 in the selected convention (null if none).</param>
/// <param name="LengthMpcH">λ_hm = 2π/k_1/2 in Mpc/h (null if none).</param>
/// <param name="MassMsunH">M_hm = (4π/3) ρ̄_m (λ_hm/2)³ in M_sun/h (null if none).</param>
public sealed record HalfModeResult(
    double? KPowerHMpc,
    double? KAmplitudeHMpc,
    HalfModeConvention Convention,
    double? KHMpc,
    double? LengthMpcH,
    double? MassMsunH);

/// <summary>
/// Half-mode analysis: first downward crossing of T² = 1/2 and of T = 1/2, with the half-mode length
/// and mass of Schneider et al. 2012 (arXiv:1112.0330, eqs. 6–7), and the three-way verdict of König,
/// Merle &amp; Totzauer 2016 (arXiv:1609.01289) against thermal references.
/// </summary>
public static class HalfModeScale
{
    /// <summary>Computes both half-mode wavenumbers and the length/mass in the selected convention.</summary>
    public static HalfModeResult Compute(TransferShape shape, CosmologyParameters cosmology, HalfModeConvention convention)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(cosmology);
        double? kPower = shape.FirstDownwardCrossing(0.5);
        double? kAmplitude = shape.FirstDownwardCrossing(0.25);
        double? k = convention == HalfModeConvention.Power ? kPower : kAmplitude;
        double? length = k is double kk ? 2 * Math.PI / kk : null;
        double? mass = length is double l
            ? 4 * Math.PI / 3 * StructureConstants.MeanMatterDensity(cosmology) * Math.Pow(l / 2, 3)
            : null;
        return new HalfModeResult(kPower, kAmplitude, convention, k, length, mass);
    }

    /// <summary>k_1/2 in the given convention from a result.</summary>
    public static double? Select(HalfModeResult result, HalfModeConvention convention) =>
        convention == HalfModeConvention.Power ? result.KPowerHMpc : result.KAmplitudeHMpc;

    /// <summary>
    /// Allowed if k_1/2 ≥ k_1/2(m_hi), marginal if k_1/2(m_lo) ≤ k_1/2 &lt; k_1/2(m_hi), excluded otherwise;
    /// a spectrum without a half-mode (no suppression) is allowed.
    /// </summary>
    public static Verdict Judge(HalfModeResult model, ThermalThresholds thresholds, HalfModeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(settings);
        var strict = thresholds.For(settings.StrictReferenceMassKeV);
        var conservative = thresholds.For(settings.ConservativeReferenceMassKeV);
        double kStrict = Select(strict.HalfMode, settings.Convention) ?? double.NaN;
        double kConservative = Select(conservative.HalfMode, settings.Convention) ?? double.NaN;
        double k = model.KHMpc ?? double.PositiveInfinity;
        string label = settings.Convention == HalfModeConvention.Power ? "T²=1/2" : "T=1/2";
        return new Verdict(
            "halfMode",
            Verdict.LargerIsBetter(k, kStrict, kConservative),
            model.KHMpc ?? double.NaN,
            "h/Mpc",
            $"k_1/2({label}) >= k_1/2(m_hi) allowed; k_1/2(m_lo) <= k_1/2 < k_1/2(m_hi) marginal; below excluded (no half-mode: allowed)",
            [
                new ReferenceValue($"k_1/2({label}) of {settings.StrictReferenceMassKeV} keV thermal relic (m_hi)", kStrict, "h/Mpc", thresholds.Source),
                new ReferenceValue($"k_1/2({label}) of {settings.ConservativeReferenceMassKeV} keV thermal relic (m_lo)", kConservative, "h/Mpc", thresholds.Source),
            ]);
    }
}
