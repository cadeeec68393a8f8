using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>The Milky-Way subhalo count of one spectrum.</summary>
/// <param name="Count">N_sub = N(&gt;M_min).</param>
/// <param name="MassMsunH">Subhalo masses (M_sun/h), descending from M_host to M_min.</param>
/// <param name="Cumulative">N(&gt;M) at those masses.</param>
public sealed record SubhaloResult(double Count, double[] MassMsunH, double[] Cumulative);

/// <summary>
/// Sharp-k extended Press–Schechter subhalo mass function (Schneider 2015, arXiv:1412.2133, eq. 12;
/// as used in Schneider 2016, arXiv:1601.07553, and Murgia et al. 2017, arXiv:1704.07838):
/// dN/d ln M = (1/C_n) (1/6π²) (M_host/M) P(1/R)/(R³ √(2π(S − S_host))), S the sharp-k variance at
/// z = 0 and M = (4π/3) ρ̄_m (cR)³.
/// </summary>
public static class SubhaloCount
{
    /// <summary>
    /// N(&gt;M) for M_min ≤ M ≤ M_host. The integrable 1/√(S − S_host) end point is removed by the
    /// substitution ln M = ln M_host − t², integrated with the trapezoidal rule in t.
    /// </summary>
    /// <param name="grid">The model spectrum (and CDM) at redshift z_in.</param>
    /// <param name="growthToZero">D(0)/D(z_in): scales P to z = 0 (1 for a z = 0 table).</param>
    /// <param name="cosmology">Cosmology (for ρ̄_m).</param>
    /// <param name="settings">Host mass, minimum mass, c, C_n.</param>
    /// <param name="nodes">Nodes in t.</param>
    public static SubhaloResult Compute(PowerSpectrumGrid grid, double growthToZero, CosmologyParameters cosmology, SubhaloSettings settings, int nodes)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(settings);
        var spectrum = grid.Model;
        double g2 = growthToZero * growthToZero;
        double rho = StructureConstants.MeanMatterDensity(cosmology);
        double c = settings.FilterMassConstant;
        double lnHost = Math.Log(settings.HostMassMsunH);
        double rHost = StructureConstants.SharpKRadius(settings.HostMassMsunH, c, rho);
        double sHost = g2 * spectrum.SharpKVariance(1 / rHost);
        double tMax = Math.Sqrt(lnHost - Math.Log(settings.MinimumMassMsunH));
        double dt = tMax / (nodes - 1);
        double prefactor = 1 / (settings.Normalisation * 6 * Math.PI * Math.PI);

        var mass = new double[nodes];
        var cumulative = new double[nodes];
        mass[0] = settings.HostMassMsunH;

        // t → 0 limit of 2t·dN/dlnM: S − S_host ≈ |dS/dlnM| t², |dS/dlnM| = P(1/R)/(6π²R³).
        double previous = 2 / settings.Normalisation * Math.Sqrt(g2 * spectrum.Power(1 / rHost) / (6 * Math.PI * Math.PI * rHost * rHost * rHost) / (2 * Math.PI));
        for (int i = 1; i < nodes; i++)
        {
            double t = i * dt;
            double m = Math.Exp(lnHost - t * t);
            double r = StructureConstants.SharpKRadius(m, c, rho);
            double difference = g2 * spectrum.SharpKVariance(1 / r) - sHost;
            double current = difference > 0
                ? 2 * t * prefactor * (settings.HostMassMsunH / m) * g2 * spectrum.Power(1 / r) / (r * r * r * Math.Sqrt(2 * Math.PI * difference))
                : 0;
            cumulative[i] = cumulative[i - 1] + 0.5 * dt * (previous + current);
            mass[i] = m;
            previous = current;
        }

        return new SubhaloResult(cumulative[^1], mass, cumulative);
    }

    /// <summary>
    /// Allowed if N_sub ≥ the strict observed count, marginal if ≥ the conservative count, excluded otherwise.
    /// The thermal-reference counts are echoed for context.
    /// </summary>
    public static Verdict Judge(SubhaloResult model, SubhaloSettings settings, ThermalThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        var references = new List<ReferenceValue>
        {
            new("observed satellites, strict (allowed at or above)", settings.StrictObservedSatellites, "", "Polisensky & Ricotti 2011 (15 SDSS objects)"),
            new("observed satellites, conservative (excluded below)", settings.ObservedSatellites, "", "Polisensky & Ricotti 2011 as used by Murgia et al. 2017"),
            new("host mass", settings.HostMassMsunH, "M_sun/h", "settings"),
            new("minimum subhalo mass", settings.MinimumMassMsunH, "M_sun/h", "settings"),
            new("c (sharp-k mass assignment)", settings.FilterMassConstant, "", "settings"),
            new("C_n", settings.Normalisation, "", "settings"),
        };
        if (thresholds is not null)
        {
            foreach (var reference in thresholds.All)
            {
                references.Add(new ReferenceValue($"N_sub of {reference.MassKeV} keV thermal relic", reference.Subhalos, "", thresholds.Source));
            }
        }

        return new Verdict(
            "satellites",
            Verdict.LargerIsBetter(model.Count, settings.StrictObservedSatellites, settings.ObservedSatellites),
            model.Count,
            "",
            "N_sub >= N_strict allowed; N_conservative <= N_sub < N_strict marginal; below excluded",
            references);
    }
}
