using System.Globalization;
using Freestream.Thermal;

namespace Freestream.Distributions;

/// <summary>
/// Reads CLASS's own phase-space tables (<c>ncdm_psd_filenames</c>, e.g. <c>psd_FD_single.dat</c> of CLASS
/// v3.3.4). CLASS's energy density is ρ = deg_ncdm · 4π T⁴ ∫ q² ε f₀ dq in units ħ = c = k_B = 1 with
/// T = T_ncdm T_CMB (its <c>background_ncdm_init</c>), whereas ours is ρ = g T_ν0⁴/(2π²) ∫ q² ε f dq; its
/// analytic Fermi–Dirac f₀ = 2/((2π)³(eᵠ + 1)) with deg_ncdm = 1 describes particle + antiparticle.
/// Equating the two with g = 2 deg_ncdm gives f = (2π)³ f₀/2 per internal state, and q rescales by
/// T_ncdm/(4/11)^{1/3}. Conventions: docs/physics/boltzmann.md §3.
/// </summary>
public static class ClassPsdTable
{
    /// <summary>CLASS's default T_ncdm in units of T_CMB (absorbs non-instantaneous neutrino decoupling).</summary>
    public const double DefaultTemperatureRatio = 0.71611;

    /// <summary>Reads a CLASS table; a q = 0 row (CLASS starts its tables there) is dropped.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name for messages.</param>
    /// <param name="degeneracy">Internal states g = 2 deg_ncdm of the run the table was made for (2 for deg_ncdm = 1).</param>
    /// <param name="temperatureRatio">CLASS's T_ncdm (units of T_CMB) the table's q is measured in.</param>
    /// <exception cref="InvalidDataException">The layout is not two numbers per row, or the table is not a distribution.</exception>
    public static MomentumDistribution Read(TextReader reader, string source, double degeneracy = 2, double temperatureRatio = DefaultTemperatureRatio)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!(temperatureRatio > 0) || !double.IsFinite(temperatureRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureRatio), temperatureRatio, "T_ncdm must be a positive number (units of T_CMB)");
        }

        var lines = new List<int>();
        var rows = NumericColumns.Read(reader, source, 2, "'q f0'", lines);
        double qScale = temperatureRatio / PhysicalConstants.NeutrinoToPhotonTemperatureRatio;
        double fScale = Math.Pow(2 * Math.PI, 3) / 2;
        var q = new List<double>(rows.Count);
        var f = new List<double>(rows.Count);
        var rowLines = new List<int>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i][0] != 0)
            {
                if (rows[i][0] < 0 || rows[i][1] < 0 || (q.Count > 0 && rows[i][0] * qScale <= q[^1]))
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                        $"{source}, line {lines[i]}: not a CLASS psd table: q must be > 0 and strictly increasing and f0 >= 0"));
                }

                q.Add(rows[i][0] * qScale);
                f.Add(rows[i][1] * fScale);
                rowLines.Add(lines[i]);
            }
        }

        try
        {
            // The same table checks as Freestream's own format (rows per decade, f > 0 in the body, consistent moments).
            return PsdTableCheck.ToDistribution(q, f, degeneracy, source, rowLines);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}: not a CLASS psd table: {ex.Message}"), ex);
        }
    }
}
