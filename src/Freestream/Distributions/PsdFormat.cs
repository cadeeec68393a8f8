using System.Globalization;

namespace Freestream.Distributions;

/// <summary>The momentum-distribution table layouts <see cref="PsdReader"/> understands.</summary>
public enum PsdFormat
{
    /// <summary>Freestream's own two columns "q f": q = p/T_ν0 with T_ν0 = (4/11)^{1/3} T_CMB, f per internal state.</summary>
    Freestream,

    /// <summary>
    /// CLASS's <c>ncdm_psd_filenames</c> tables (e.g. its <c>psd_FD_single.dat</c>): two columns "q f₀",
    /// q = p/(T_ncdm T_CMB), first row q = 0, f₀ in CLASS's normalisation, which includes 1/(2π)³ and
    /// counts particle + antiparticle (f₀ = 2 f/(2π)³ for <c>deg_ncdm</c> = 1).
    /// </summary>
    Class,

    /// <summary>
    /// Snapshot files of the sterile-dm code (Venumadhav et al., arXiv:1507.06655): a header line and three
    /// columns p [MeV], f_ν, f_ν̄ at a plasma temperature the file does not state.
    /// </summary>
    SterileDm,
}

/// <summary>Names and detection of <see cref="PsdFormat"/>.</summary>
public static class PsdFormats
{
    /// <summary>The option values, as written on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["freestream", "class", "sterile-dm"];

    /// <summary>Parses "freestream", "class" or "sterile-dm" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Any other name; the message names <paramref name="parameterName"/>.</exception>
    public static PsdFormat Parse(string name, string parameterName) => name.Trim().ToLowerInvariant() switch
    {
        "freestream" => PsdFormat.Freestream,
        "class" => PsdFormat.Class,
        "sterile-dm" => PsdFormat.SterileDm,
        _ => throw new ArgumentException($"{parameterName} must be one of {string.Join(", ", Names)}, got '{name}'", parameterName),
    };

    /// <summary>
    /// Detects the layout where it is unambiguous: three numeric columns (or a "p(MeV)" header) mean
    /// sterile-dm, a first row with q = 0 means CLASS; any other two-column table is read as Freestream's
    /// own (a CLASS table that does not start at q = 0 cannot be told apart: pass the format).
    /// </summary>
    /// <param name="reader">The text, read up to its first data line.</param>
    public static PsdFormat Detect(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                if (trimmed.Contains("p(MeV)", StringComparison.OrdinalIgnoreCase))
                {
                    return PsdFormat.SterileDm;
                }

                continue;
            }

            string[] fields = trimmed.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 3)
            {
                return PsdFormat.SterileDm;
            }

            bool zeroFirstQ = double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double q) && q == 0;
            return zeroFirstQ ? PsdFormat.Class : PsdFormat.Freestream;
        }

        return PsdFormat.Freestream;
    }
}
