using System.Globalization;
using System.Text;
using Freestream.Production;

namespace Freestream.Distributions;

/// <summary>
/// Two-column text tables of a momentum distribution, one "q f(q)" pair per line, as read by CLASS's
/// <c>ncdm_psd_filenames</c> (Lesgourgues &amp; Tram 2011, arXiv:1104.2935): q = p/T_ncdm with
/// T_ncdm = T_ν0 = (4/11)^{1/3} T_CMB (set <c>T_ncdm = 0.71377</c> in a CLASS run that reads a
/// Freestream file, not the default 0.71611), f per internal state (<c>deg_ncdm</c> = g/2 in CLASS).
/// </summary>
public static class PsdFile
{
    private static readonly char[] Separators = [' ', '\t', ','];

    /// <summary>
    /// Reads a table: two numbers per line separated by spaces, tabs or a comma; lines whose first
    /// non-blank character is <c>#</c> and blank lines are skipped.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="degeneracy">Number of internal states g the distribution is given for.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is not two finite numbers with f ≥ 0, q is not
    /// positive and strictly increasing, there are fewer than <see cref="MomentumDistribution.MinimumPoints"/>
    /// points, or ∫q² f dq is not positive; the message names the file and, where it applies, the line.</exception>
    public static MomentumDistribution Read(string path, double degeneracy = 2)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"momentum-distribution file '{path}' does not exist", path);
        }

        using var reader = new StreamReader(path);
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
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            string[] fields = trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
            {
                throw Error(source, lineNumber, $"expected two numbers 'q f', got '{trimmed}'");
            }

            double qValue = Parse(fields[0], source, lineNumber, "q");
            double fValue = Parse(fields[1], source, lineNumber, "f");
            if (qValue <= 0)
            {
                throw Error(source, lineNumber, $"q = {fields[0]} must be > 0");
            }

            if (q.Count > 0 && qValue <= q[^1])
            {
                throw Error(source, lineNumber, $"q = {fields[0]} must be larger than the previous q = {q[^1].ToString("R", CultureInfo.InvariantCulture)} (strictly increasing)");
            }

            if (fValue < 0)
            {
                throw Error(source, lineNumber, $"f = {fields[1]} must be >= 0");
            }

            q.Add(qValue);
            f.Add(fValue);
        }

        if (q.Count < MomentumDistribution.MinimumPoints)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}: {q.Count} data points, at least {MomentumDistribution.MinimumPoints} are needed"));
        }

        try
        {
            return new MomentumDistribution(q, f, degeneracy);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Writes the table as "q f" lines with the shortest round-trip representation of each number,
    /// invariant culture, no header (CLASS stops reading at the first non-numeric line).
    /// </summary>
    /// <param name="path">The file (overwritten).</param>
    /// <param name="distribution">The distribution; its degeneracy is not stored (pass it to <see cref="Read(string, double)"/>).</param>
    public static void Write(string path, MomentumDistribution distribution)
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

        File.WriteAllText(path, text.ToString());
    }

    private static double Parse(string field, string source, int lineNumber, string column)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw Error(source, lineNumber, $"{column} = '{field}' is not a number");
        }

        if (!double.IsFinite(value))
        {
            throw Error(source, lineNumber, $"{column} = '{field}' is not finite");
        }

        return value;
    }

    private static InvalidDataException Error(string source, int lineNumber, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}, line {lineNumber}: {message}"));
}
