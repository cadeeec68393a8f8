using System.Globalization;

namespace Freestream.Structure;

/// <summary>
/// Bounds on extra radiation at BBN, ΔN_eff(T = 1 MeV). Defaults from the BBN + CMB (Planck 2018) analysis of
/// Fields, Olive, Yeh &amp; Young 2020 (arXiv:1912.01132): N_eff at BBN = 2.86 ± 0.15 against the Standard-Model
/// N_ν = 3, so ΔN_eff ≈ 0.16 at 2σ and ≈ 0.31 at 3σ above the central value.
/// </summary>
/// <param name="MarginalAbove">ΔN_eff above this is marginal (default 0.15, the 2σ bound).</param>
/// <param name="ExcludedAbove">ΔN_eff above this is excluded (default 0.3, the 3σ bound).</param>
public sealed record DarkRadiationSettings(double MarginalAbove = 0.15, double ExcludedAbove = 0.3)
{
    /// <summary>The defaults.</summary>
    public static DarkRadiationSettings Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 ≤ marginal ≤ excluded, both finite.</summary>
    public DarkRadiationSettings Validated()
    {
        SettingsChecks.NonNegative(MarginalAbove, nameof(MarginalAbove));
        SettingsChecks.NotBelow(ExcludedAbove, MarginalAbove, nameof(ExcludedAbove), nameof(MarginalAbove));
        return this;
    }
}

/// <summary>The dark-radiation verdict: ΔN_eff of the species at BBN against <see cref="DarkRadiationSettings"/>.</summary>
public static class DarkRadiationVerdict
{
    /// <summary>Criterion key of the dark-radiation verdict.</summary>
    public const string Criterion = "darkRadiation";

    /// <summary>Allowed if ΔN_eff(BBN) ≤ marginal bound, marginal up to the excluded bound, excluded above.</summary>
    /// <param name="deltaNeffBbn">ΔN_eff at T = 1 MeV (Freestream.Production.DarkRadiationDensity).</param>
    /// <param name="settings">The bounds.</param>
    public static Verdict Judge(double deltaNeffBbn, DarkRadiationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validated();
        if (!double.IsFinite(deltaNeffBbn) || deltaNeffBbn < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deltaNeffBbn), deltaNeffBbn, "Delta N_eff must be a finite number >= 0");
        }

        string source = "BBN + CMB, N_eff = 2.86 +- 0.15 (Fields et al. 2020, arXiv:1912.01132; DarkRadiationSettings)";
        return new Verdict(
            Criterion,
            Verdict.SmallerIsBetter(deltaNeffBbn, settings.MarginalAbove, settings.ExcludedAbove),
            deltaNeffBbn,
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"allowed if Delta N_eff(T = 1 MeV) <= {settings.MarginalAbove:G3}, excluded above {settings.ExcludedAbove:G3}"),
            [
                new ReferenceValue("Delta N_eff (marginal above)", settings.MarginalAbove, string.Empty, source),
                new ReferenceValue("Delta N_eff (excluded above)", settings.ExcludedAbove, string.Empty, source),
            ]);
    }
}
