using System.Globalization;

namespace Freestream.Structure;

/// <summary>
/// Lower bounds on the radiative lifetime τ_γ = 1/Γ(N → νγ) from the non-detection of the decay line,
/// for a species that makes all of the dark matter.
/// </summary>
/// <param name="ConservativeMinLifetimeSeconds">
/// Below this a point is excluded. Default 7×10²⁷ s: the lower end of the 95 % bound τ &gt; (7–9)×10²⁷ s
/// from XMM-Newton observations of Draco (Ruchayskiy et al. 2016, arXiv:1512.07217; physics note §4.2),
/// which sits at the lifetime of the 3.55 keV line interpretation (5.8×10²⁷ s at 7.1 keV, sin²2θ = 7×10⁻¹¹).
/// </param>
/// <param name="StrictMinLifetimeSeconds">
/// Above this a point is allowed; in between it is marginal. Default 1.4×10²⁸ s, twice the conservative
/// bound: the dark-matter column of dwarf and Milky-Way targets is uncertain by about that factor (cored
/// versus cuspy profiles), and the bounds of different groups on the same target differ by as much
/// (note §4.2: Jeltema &amp; Profumo versus Ruchayskiy et al. on Draco).
/// </param>
/// <remarks>
/// The bound is taken as independent of the line energy: published bounds between 1 and 50 keV scatter
/// within about an order of magnitude around 10²⁸ s, whereas Γ_γ ∝ sin²2θ m_s⁵ varies by many orders
/// across a scan, so the m_s⁻⁵ shape of the excluded region is set by the width formula, not by the
/// energy dependence of the bound. The default X-ray verdict of the CLI and of Shi–Fuller scans uses the published
/// limits by mass instead (<see cref="XRayLineLimits"/>, docs/constraints.md); these settings replace them by one
/// energy-independent bound (scan settings x_ray_min_lifetime_s, x_ray_strict_min_lifetime_s).
/// </remarks>
public sealed record XRayLimitSettings(double ConservativeMinLifetimeSeconds = 7e27, double StrictMinLifetimeSeconds = 1.4e28)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; conservative ≤ strict, both finite.</summary>
    public XRayLimitSettings Validated()
    {
        SettingsChecks.Positive(ConservativeMinLifetimeSeconds, nameof(ConservativeMinLifetimeSeconds));
        SettingsChecks.NotBelow(StrictMinLifetimeSeconds, ConservativeMinLifetimeSeconds, nameof(StrictMinLifetimeSeconds), nameof(ConservativeMinLifetimeSeconds));
        return this;
    }
}

/// <summary>
/// The X-ray verdict of a sterile neutrino: its line is as bright as that of a full-dark-matter species
/// with lifetime τ_eff = τ_γ Ω_DM/Ω_s (the flux of eq. 9 of physics note §4.3 scales as Γ_γ ρ_s), judged
/// against <see cref="XRayLimitSettings"/>.
/// </summary>
public static class XRayLimit
{
    /// <summary>Criterion key of the X-ray verdict.</summary>
    public const string Criterion = "xRay";

    /// <summary>Effective lifetime τ_γ Ω_DM/Ω_s in seconds (Γ_γ of physics note eq. 8).</summary>
    /// <param name="massKeV">m_s in keV.</param>
    /// <param name="sin2TwoTheta">Vacuum mixing sin²2θ.</param>
    /// <param name="darkMatterFraction">Ω_s/Ω_DM, in (0, 1].</param>
    /// <param name="nature">Majorana (default) or Dirac.</param>
    public static double EffectiveLifetimeSeconds(double massKeV, double sin2TwoTheta, double darkMatterFraction, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana)
    {
        if (!double.IsFinite(darkMatterFraction) || darkMatterFraction <= 0 || darkMatterFraction > 1 + 1e-6)
        {
            throw new ArgumentOutOfRangeException(nameof(darkMatterFraction), darkMatterFraction, "the dark-matter fraction Omega_s/Omega_DM must lie in (0, 1]");
        }

        return XRayDecay.LifetimeSeconds(massKeV, sin2TwoTheta, nature) / darkMatterFraction;
    }

    /// <summary>Allowed if τ_eff ≥ strict bound, marginal between the bounds, excluded below the conservative one.</summary>
    public static Verdict Judge(double massKeV, double sin2TwoTheta, double darkMatterFraction, XRayLimitSettings settings, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validated();
        double lifetime = EffectiveLifetimeSeconds(massKeV, sin2TwoTheta, darkMatterFraction, nature);
        string source = "lifetime bound (Ruchayskiy et al. 2016, arXiv:1512.07217; XRayLimitSettings)";
        return new Verdict(
            Criterion,
            Verdict.LargerIsBetter(lifetime, settings.StrictMinLifetimeSeconds, settings.ConservativeMinLifetimeSeconds),
            lifetime,
            "s",
            string.Create(CultureInfo.InvariantCulture, $"allowed if tau_gamma * Omega_DM/Omega_s >= {settings.StrictMinLifetimeSeconds:G3} s, excluded below {settings.ConservativeMinLifetimeSeconds:G3} s"),
            [
                new ReferenceValue("tau_min (strict)", settings.StrictMinLifetimeSeconds, "s", source),
                new ReferenceValue("tau_min (conservative)", settings.ConservativeMinLifetimeSeconds, "s", source),
            ]);
    }
}
