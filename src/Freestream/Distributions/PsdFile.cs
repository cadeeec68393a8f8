using System.Globalization;
using System.Text;
using Freestream.Numerics;
using Freestream.Production;

namespace Freestream.Distributions;

/// <summary>
/// Freestream's two-column text tables of a momentum distribution, one "q f(q)" pair per line, as read by
/// CLASS's <c>ncdm_psd_filenames</c> (Lesgourgues &amp; Tram 2011, arXiv:1104.2935): q = p/T_ν0 with
/// T_ν0 = (4/11)^{1/3} T_CMB and f per internal state, so a CLASS run reading the file needs
/// <c>T_ncdm = 0.7137658555</c> and <c>deg_ncdm = g/(2π)³</c> (CLASS's f₀ carries 1/(2π)³;
/// see <c>Freestream.Cosmology.ClassNcdmSettings</c>). Other layouts: <see cref="PsdReader"/>.
/// </summary>
public static class PsdFile
{
    /// <summary>
    /// Reads a table: two numbers per line separated by spaces, tabs or a comma; lines whose first
    /// non-blank character is <c>#</c> and blank lines are skipped.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="degeneracy">Number of internal states g the distribution is given for.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The path is a folder or cannot be read, or the table is invalid (below).</exception>
    /// <exception cref="InvalidDataException">A line is not two finite numbers with f ≥ 0, q is not
    /// positive and strictly increasing, there are fewer than <see cref="MomentumDistribution.MinimumPoints"/>
    /// points, or the table fails a check of <see cref="PsdTableCheck"/> (f = 0 or too few rows per decade
    /// inside the distribution, moments not finite or not consistent); the message names the file and the
    /// lines.</exception>
    public static MomentumDistribution Read(string path, double degeneracy = 2)
    {
        using var reader = InputFile.OpenText(path, "momentum-distribution file", "give the table file inside it");
        return Read(reader, path, degeneracy);
    }

    /// <summary>Reads a table from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name or description used in error messages.</param>
    /// <param name="degeneracy">Number of internal states g the distribution is given for.</param>
    public static MomentumDistribution Read(TextReader reader, string source, double degeneracy = 2)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var q = new List<double>();
        var f = new List<double>();
        var lines = new List<int>();
        foreach (var (lineNumber, text, fields) in NumericColumns.DataLines(reader))
        {
            if (fields.Length != 2)
            {
                throw NumericColumns.Error(source, lineNumber, $"expected two numbers 'q f', got {InputEcho.Quote(text)}");
            }

            double qValue = Parse(fields[0], source, lineNumber, "q");
            double fValue = Parse(fields[1], source, lineNumber, "f");
            if (qValue <= 0)
            {
                throw NumericColumns.Error(source, lineNumber, $"q = {fields[0]} must be > 0");
            }

            if (q.Count > 0 && qValue <= q[^1])
            {
                throw NumericColumns.Error(source, lineNumber, $"q = {fields[0]} must be larger than the previous q = {q[^1].ToString("R", CultureInfo.InvariantCulture)} (strictly increasing)");
            }

            if (fValue < 0)
            {
                throw NumericColumns.Error(source, lineNumber, $"f = {fields[1]} must be >= 0");
            }

            q.Add(qValue);
            f.Add(fValue);
            lines.Add(lineNumber);
        }

        return PsdTableCheck.ToDistribution(q, f, degeneracy, source, lines);
    }

    /// <summary>
    /// Relative level below which the tail of a table written for CLASS is dropped: the dropped part of
    /// ∫q² f dq of an exponential tail cut at f = ε f_max is ≈ ε (q_cut/⟨q⟩)² ≲ 1e-9, while CLASS's
    /// quadrature of a table running on to f ~ 1e-50 exhausted memory (issue 16).
    /// </summary>
    public const double TailThreshold = 1e-12;

    /// <summary>
    /// The table up to and including the first node after the last one with f ≥ <paramref name="relativeThreshold"/>
    /// × max f (the tail beyond is dropped); unchanged when nothing lies below the threshold.
    /// </summary>
    /// <param name="distribution">The distribution.</param>
    /// <param name="relativeThreshold">Level relative to the maximum of f, in (0, 1).</param>
    public static MomentumDistribution WithoutTail(MomentumDistribution distribution, double relativeThreshold = TailThreshold)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (!(relativeThreshold > 0 && relativeThreshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeThreshold), relativeThreshold, "the tail threshold must lie in (0, 1)");
        }

        var f = distribution.F;
        double level = relativeThreshold * f.Max();
        int last = f.Count - 1;
        while (last > 0 && f[last] < level)
        {
            last--;
        }

        int count = Math.Max(Math.Min(last + 2, f.Count), MomentumDistribution.MinimumPoints);
        return count >= f.Count
            ? distribution
            : new MomentumDistribution([.. distribution.Q.Take(count)], [.. f.Take(count)], distribution.Degeneracy);
    }

    /// <summary>
    /// Writes the table as "q f" lines with the shortest round-trip representation of each number,
    /// invariant culture, then <paramref name="trailer"/> as <c>#</c> comment lines. Comments go after the
    /// numbers because CLASS reads the table with <c>fscanf("%lf %lf")</c> until the first line that is not
    /// two numbers: a leading comment would give it an empty table.
    /// </summary>
    /// <param name="path">The file (overwritten).</param>
    /// <param name="distribution">The distribution; its degeneracy is not stored (pass it to <see cref="Read(string, double)"/>).</param>
    /// <param name="trailer">Comment lines (without the leading "# ") written after the table.</param>
    public static void Write(string path, MomentumDistribution distribution, IEnumerable<string>? trailer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(distribution);
        var text = new StringBuilder();
        for (int i = 0; i < distribution.Q.Count; i++)
        {
            text.Append(distribution.Q[i].ToString("R", CultureInfo.InvariantCulture))
                .Append(' ')
                .Append(distribution.F[i].ToString("R", CultureInfo.InvariantCulture))
                .Append('\n');
        }

        foreach (string line in trailer ?? [])
        {
            text.Append("# ").Append(line).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static double Parse(string field, string source, int lineNumber, string column)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw NumericColumns.Error(source, lineNumber, $"{column} = {InputEcho.Quote(field)} is not a number");
        }

        if (!double.IsFinite(value))
        {
            throw NumericColumns.Error(source, lineNumber, $"{column} = {InputEcho.Quote(field)} is not finite");
        }

        return value;
    }
}
