using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>The z = 6 halo abundance of one spectrum.</summary>
/// <param name="MaximumDensityMpc3">φ̄ = max_M N(&gt;M, z) = N(&gt;M_min, z) in Mpc⁻³.</param>
/// <param name="MassMsunH">Halo masses (M_sun/h), ascending from M_min.</param>
/// <param name="CumulativeMpc3">N(&gt;M, z) in Mpc⁻³ at those masses.</param>
public sealed record HighRedshiftResult(double MaximumDensityMpc3, double[] MassMsunH, double[] CumulativeMpc3);

/// <summary>
/// Maximum halo number density at high redshift (Menci et al. 2016, arXiv:1606.02530; 2017,
/// arXiv:1701.01339): sharp-k Sheth–Tormen mass function dn/d ln M = (ρ̄_m/M) f(ν) |d ln σ/d ln M|,
/// f(ν) = A √(2qν/π) (1 + (qν)^−p) e^{−qν/2}, ν = δ_c²/σ², |d ln σ/d ln M| = P(1/R)/(12π²R³σ²)
/// (Schneider, Smith &amp; Reed 2013, arXiv:1303.0839; Sheth &amp; Tormen 1999, arXiv:astro-ph/9901122).
/// </summary>
public static class HighRedshiftGalaxyCount
{
    /// <summary>N(&gt;M, z) on a log mass grid and its maximum φ̄ (at M_min, since N(&gt;M) decreases with M).</summary>
    /// <param name="grid">The model spectrum at redshift z_in.</param>
    /// <param name="growthToTarget">D(z)/D(z_in), z = <see cref="HighRedshiftSettings.Redshift"/>.</param>
    /// <param name="cosmology">Cosmology (ρ̄_m, h).</param>
    /// <param name="settings">Mass-function parameters.</param>
    /// <param name="numerics">Mass-grid density and upper mass.</param>
    public static HighRedshiftResult Compute(PowerSpectrumGrid grid, double growthToTarget, CosmologyParameters cosmology, HighRedshiftSettings settings, StructureNumerics numerics)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(cosmology);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(numerics);
        var spectrum = grid.Model;
        double g2 = growthToTarget * growthToTarget;
        double rho = StructureConstants.MeanMatterDensity(cosmology);
        double lnMin = Math.Log(settings.MinimumHaloMassMsunH);
        double lnMax = Math.Log(numerics.MaximumHaloMassMsunH);
        int n = (int)Math.Ceiling((lnMax - lnMin) / Math.Log(10) * numerics.HaloMassPointsPerDecade) + 1;
        double dLnM = (lnMax - lnMin) / (n - 1);
        double a = settings.ShethTormenA;
        double p = settings.ShethTormenP;
        double q = settings.ShethTormenQ;
        double deltaC2 = settings.CollapseThreshold * settings.CollapseThreshold;

        var mass = new double[n];
        var density = new double[n];
        for (int i = 0; i < n; i++)
        {
            double m = Math.Exp(lnMin + i * dLnM);
            double r = StructureConstants.SharpKRadius(m, settings.FilterMassConstant, rho);
            double k = 1 / r;
            double variance = g2 * spectrum.SharpKVariance(k);
            double nu = deltaC2 / variance;
            double multiplicity = a * Math.Sqrt(2 * q * nu / Math.PI) * (1 + Math.Pow(q * nu, -p)) * Math.Exp(-q * nu / 2);
            double slope = g2 * spectrum.Power(k) / (12 * Math.PI * Math.PI * r * r * r * variance);
            mass[i] = m;
            density[i] = rho / m * multiplicity * slope;
        }

        double h3 = cosmology.H * cosmology.H * cosmology.H;
        var cumulative = new double[n];
        for (int i = n - 2; i >= 0; i--)
        {
            cumulative[i] = cumulative[i + 1] + 0.5 * dLnM * (density[i] + density[i + 1]);
        }

        for (int i = 0; i < n; i++)
        {
            cumulative[i] *= h3;
        }

        return new HighRedshiftResult(cumulative[0], mass, cumulative);
    }

    /// <summary>
    /// The observational lower limits (1σ, 2σ, 3σ) in Mpc⁻³: explicit values from the settings, or φ̄ of
    /// the thermal relics at Menci et al.'s 1σ/2σ/3σ bounds computed through the same pipeline.
    /// </summary>
    public static (double[] Limits, string Source) ObservedLimits(ThermalThresholds thresholds, HighRedshiftSettings settings)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ObservedDensitiesMpc3 is { } explicitLimits)
        {
            return ([.. explicitLimits], "settings (observed density of galaxies with M_UV <= -12.5)");
        }

        var masses = settings.ReferenceMasses;
        return ([.. masses.Select(m => thresholds.For(m).HighRedshiftDensityMpc3)],
            $"phi_bar of thermal relics at Menci et al. 2016's 1/2/3 sigma bounds ({string.Join(", ", masses)} keV), {thresholds.Source}");
    }

    /// <summary>
    /// The number of σ at which the model is excluded decides: not excluded at 2σ → allowed; excluded at
    /// 2σ but not at 3σ → marginal; excluded at 3σ → excluded (φ̄ below the 3σ lower limit).
    /// </summary>
    public static Verdict Judge(HighRedshiftResult model, ThermalThresholds thresholds, HighRedshiftSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (limits, source) = ObservedLimits(thresholds, settings);
        return new Verdict(
            "highRedshift",
            Verdict.LargerIsBetter(model.MaximumDensityMpc3, limits[1], limits[2]),
            model.MaximumDensityMpc3,
            "Mpc^-3",
            $"phi_bar(z={settings.Redshift}) >= 2 sigma limit allowed; >= 3 sigma limit marginal; below excluded",
            [
                new ReferenceValue("1 sigma lower limit", limits[0], "Mpc^-3", source),
                new ReferenceValue("2 sigma lower limit", limits[1], "Mpc^-3", source),
                new ReferenceValue("3 sigma lower limit", limits[2], "Mpc^-3", source),
            ]);
    }

    /// <summary>How many σ the model is excluded at: 0 (none), 1, 2 or 3.</summary>
    public static int ExcludedAtSigma(double maximumDensityMpc3, IReadOnlyList<double> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        int sigma = 0;
        for (int i = 0; i < limits.Count; i++)
        {
            if (maximumDensityMpc3 < limits[i])
            {
                sigma = i + 1;
            }
        }

        return sigma;
    }
}
