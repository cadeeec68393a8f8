using System.Collections.Concurrent;
using System.Globalization;
using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>
/// Where the thermal warm-DM reference spectra come from. The like-for-like rule (docs/physics/structure.md §0)
/// asks for thermal relics run through the same Boltzmann solver, cosmology and settings as the model
/// (<see cref="FromFunction"/> with the solver); tables (e.g. CLASS runs) and the Viel et al. 2005 fit
/// are offered for tests and quick estimates. Each spectrum is computed once per mass and cached.
/// </summary>
public sealed class ThermalReferences
{
    private readonly Func<double, TransferFunction> compute;
    private readonly ConcurrentDictionary<double, TransferFunction> cache = new();

    private ThermalReferences(string description, Func<double, TransferFunction> compute)
    {
        Description = description;
        this.compute = compute;
    }

    /// <summary>How the references were obtained (echoed in every verdict).</summary>
    public string Description { get; }

    /// <summary>References from any function of the mass in keV (e.g. the project's Boltzmann solver).</summary>
    public static ThermalReferences FromFunction(string description, Func<double, TransferFunction> transferOfMassKeV)
    {
        ArgumentNullException.ThrowIfNull(transferOfMassKeV);
        return new ThermalReferences(description, transferOfMassKeV);
    }

    /// <summary>References from precomputed tables keyed by mass in keV (exact match to 1e-9 keV).</summary>
    public static ThermalReferences FromTables(string description, IReadOnlyDictionary<double, TransferFunction> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new ThermalReferences(description, mass =>
        {
            foreach (var (m, transfer) in tables)
            {
                if (Math.Abs(m - mass) < 1e-9)
                {
                    return transfer;
                }
            }

            string available = string.Join(", ", tables.Keys.Order().Select(m => m.ToString("G6", CultureInfo.InvariantCulture)));
            throw new ArgumentException($"no thermal reference table for {mass.ToString("G6", CultureInfo.InvariantCulture)} keV (available: {available} keV); add one or change the reference masses", nameof(tables));
        });
    }

    /// <summary>
    /// References from a fitting formula times the model's own P_CDM (not like-for-like: the Viel fit
    /// places k_1/2 3–9 % below a Boltzmann solution at 2–5.3 keV, docs/physics/structure.md §3.3a).
    /// </summary>
    public static ThermalReferences FromFit(TransferFunction cdmCarrier, CosmologyParameters cosmology, ThermalTransferFit fit = ThermalTransferFit.Viel2005)
    {
        ArgumentNullException.ThrowIfNull(cdmCarrier);
        ArgumentNullException.ThrowIfNull(cosmology);
        string name = fit == ThermalTransferFit.Viel2005 ? "Viel et al. 2005" : "Bode et al. 2001";
        return new ThermalReferences(
            $"{name} fit x the model's P_CDM (not like-for-like)",
            mass => ThermalWarmDarkMatter.FitTransfer(cdmCarrier, mass, cosmology, fit));
    }

    /// <summary>The reference transfer function of a thermal relic of the given mass.</summary>
    public TransferFunction For(double massKeV) => cache.GetOrAdd(massKeV, compute);
}
