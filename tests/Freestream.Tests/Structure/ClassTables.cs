using System.Globalization;
using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

/// <summary>
/// Reads the CLASS v3.3.4 reference tables in Data/class/ (see PROVENANCE.md) into exact
/// <see cref="TransferFunction"/> inputs: P_WDM from wdm_m*keV_T2.dat (column 4 at z = 0, 6 at z = 5.4)
/// over P_CDM from cdm_pk.dat (column 2 at z = 0, 3 at z = 5.4), full-hierarchy reference set.
/// </summary>
internal static class ClassTables
{
    public static readonly double[] MassesKeV = [1.0, 2.0, 3.3, 5.3];

    private static readonly Lazy<double[][]> Cdm = new(() => Read("cdm_pk.dat"));

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "class", file);

    public static double[][] Read(string file)
    {
        return File.ReadLines(DataPath(file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(x => x == "nan" ? double.NaN : double.Parse(x, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
    }

    public static string Label(double massKeV) => massKeV.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The thermal relic of the given mass (1, 2, 3.3, 5.3 keV) at z = 0 or z = 5.4.</summary>
    public static TransferFunction Thermal(double massKeV, double redshift = 0)
    {
        var rows = Read($"wdm_m{Label(massKeV)}keV_T2.dat");
        var cdm = Cdm.Value;
        int modelColumn = redshift == 0 ? 3 : 5;
        int cdmColumn = redshift == 0 ? 1 : 2;
        return new TransferFunction(
            rows.Select(r => r[0]).ToArray(),
            rows.Select(r => r[modelColumn]).ToArray(),
            cdm.Select(r => r[cdmColumn]).ToArray(),
            redshift);
    }

    /// <summary>Pure CDM (T² = 1) on the common grid.</summary>
    public static TransferFunction ColdDarkMatter(double redshift = 0)
    {
        var cdm = Cdm.Value;
        int column = redshift == 0 ? 1 : 2;
        var power = cdm.Select(r => r[column]).ToArray();
        return new TransferFunction(cdm.Select(r => r[0]).ToArray(), power, [.. power], redshift);
    }

    /// <summary>Reference k_1/2 from khalf_summary.dat: (T²=1/2, T=1/2) at z = 0, full hierarchy.</summary>
    public static (double Power, double Amplitude) HalfMode(double massKeV)
    {
        string name = $"wdm_m{Label(massKeV)}keV";
        foreach (var line in File.ReadLines(DataPath("khalf_summary.dat")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 5 && parts[0] == name)
            {
                return (double.Parse(parts[4], CultureInfo.InvariantCulture), double.Parse(parts[5], CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidDataException($"{name} not in khalf_summary.dat");
    }

    /// <summary>Thermal references from the CLASS tables at one redshift.</summary>
    public static Freestream.Structure.ThermalReferences References(double redshift = 0) =>
        Freestream.Structure.ThermalReferences.FromTables(
            "CLASS v3.3.4 full-hierarchy thermal relics (test tables)",
            MassesKeV.ToDictionary(m => m, m => Thermal(m, redshift)));
}
