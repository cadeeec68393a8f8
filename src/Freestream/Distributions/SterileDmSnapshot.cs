using System.Globalization;
using Freestream.Thermal;

namespace Freestream.Distributions;

/// <summary>
/// Reads a snapshot of the sterile-dm code (Venumadhav, Cyr-Racine, Abazajian &amp; Hirata,
/// arXiv:1507.06655; github.com/ntveem/sterile-dm, <c>outfiles/&lt;run&gt;/SnapshotNNN.dat</c>): three columns
/// p [MeV], f_ν(p), f_ν̄(p) at the plasma temperature T of that snapshot (its row in <c>state.dat</c>;
/// the last snapshot of a run is at T = 10 MeV). Each column is a distribution per state (that code's
/// ρ = (1/2π²) ∫ p² E f dp per helicity), so the result has g = 2 and f = (f_ν + f_ν̄)/2.
/// Comoving momentum today: q = (p/T) (10.75/g*s(T))^{1/3} by entropy conservation, valid once production
/// has stopped and above e± annihilation (docs/physics/structure.md §1.2).
/// </summary>
public static class SterileDmSnapshot
{
    /// <summary>Lowest snapshot temperature accepted [MeV]: below ~2 MeV neutrinos decouple and e± annihilate, so p/T no longer maps to q by g*s alone.</summary>
    public const double MinimumTemperatureMeV = 2;

    /// <summary>Highest snapshot temperature accepted [MeV] (the top of the sterile-dm code's range).</summary>
    public const double MaximumTemperatureMeV = 1e4;

    /// <summary>Reads a snapshot taken at <paramref name="temperatureMeV"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name for messages.</param>
    /// <param name="temperatureMeV">Plasma temperature of the snapshot in MeV, in [<see cref="MinimumTemperatureMeV"/>, <see cref="MaximumTemperatureMeV"/>].</param>
    /// <param name="degreesOfFreedom">g*s(T); default the Standard Model's.</param>
    /// <exception cref="InvalidDataException">Not three numbers per row, or the table is not a distribution.</exception>
    public static MomentumDistribution Read(TextReader reader, string source, double temperatureMeV, IDegreesOfFreedom? degreesOfFreedom = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!(temperatureMeV >= MinimumTemperatureMeV && temperatureMeV <= MaximumTemperatureMeV))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureMeV), temperatureMeV, string.Create(CultureInfo.InvariantCulture,
                $"the snapshot temperature must lie in [{MinimumTemperatureMeV}, {MaximumTemperatureMeV}] MeV, got {temperatureMeV}"));
        }

        var rows = NumericColumns.Read(reader, source, 3, "'p[MeV] f_nu f_nubar'");
        double entropyDof = (degreesOfFreedom ?? StandardModelDegreesOfFreedom.Instance).EntropyDof(temperatureMeV * 1e-3);
        var x = rows.Select(r => r[0] / temperatureMeV).ToArray();
        var f = rows.Select(r => 0.5 * (r[1] + r[2])).ToArray();
        try
        {
            return MomentumDistribution.FromProductionVariable(x, f, entropyDof, degeneracy: 2);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}: not a sterile-dm snapshot: {ex.Message}"), ex);
        }
    }
}
