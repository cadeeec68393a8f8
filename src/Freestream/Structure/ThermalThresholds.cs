using System.Globalization;
using Freestream.Cosmology;
using Freestream.Thermal;

namespace Freestream.Structure;

/// <summary>The structure quantities of one thermal reference relic.</summary>
/// <param name="MassKeV">Thermal-relic mass in keV.</param>
/// <param name="HalfMode">Its half-mode wavenumbers.</param>
/// <param name="DeltaA">Its δA (δA_REF when it is a Lyman-α reference mass).</param>
/// <param name="Subhalos">Its N_sub.</param>
/// <param name="HighRedshiftDensityMpc3">Its φ̄ at the high-z redshift, Mpc⁻³.</param>
public sealed record ThermalReferenceResult(double MassKeV, HalfModeResult HalfMode, double DeltaA, double Subhalos, double HighRedshiftDensityMpc3);

/// <summary>
/// The reference thresholds of every criterion, computed like-for-like (docs/physics/structure.md §0): each thermal
/// reference relic of the settings is run through exactly the same measurements as the model.
/// Compute once per (references, cosmology, settings) and reuse for any number of models.
/// </summary>
public sealed class ThermalThresholds
{
    private readonly Dictionary<double, ThermalReferenceResult> byMass;

    private ThermalThresholds(string source, Dictionary<double, ThermalReferenceResult> byMass)
    {
        Source = source;
        this.byMass = byMass;
    }

    /// <summary>Where the reference spectra came from.</summary>
    public string Source { get; }

    /// <summary>All reference results, ascending in mass.</summary>
    public IReadOnlyList<ThermalReferenceResult> All => [.. byMass.Values.OrderBy(r => r.MassKeV)];

    /// <summary>Measures every reference mass the settings need.</summary>
    public static ThermalThresholds Compute(ThermalReferences references, CosmologyParameters cosmology, StructureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validated();
        var byMass = new Dictionary<double, ThermalReferenceResult>();
        var background = new LateTimeExpansion(cosmology);
        foreach (double mass in settings.ReferenceMassesKeV)
        {
            var measured = StructureMeasurements.Measure(references.For(mass), cosmology, settings, fit: false, background);
            byMass[mass] = new ThermalReferenceResult(mass, measured.HalfMode, measured.LymanAlpha.DeltaA, measured.Subhalos.Count, measured.HighRedshift.MaximumDensityMpc3);
        }

        return new ThermalThresholds(references.Description, byMass);
    }

    /// <summary>The reference result for a mass in keV.</summary>
    public ThermalReferenceResult For(double massKeV) =>
        byMass.TryGetValue(massKeV, out var result)
            ? result
            : throw new ArgumentException($"no thermal reference computed for {massKeV.ToString("G6", CultureInfo.InvariantCulture)} keV", nameof(massKeV));
}
