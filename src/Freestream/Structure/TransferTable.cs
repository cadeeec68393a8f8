using System.Globalization;
using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>
/// Reads a transfer-function table with columns k [h/Mpc], T², P_model [(Mpc/h)³], P_CDM [(Mpc/h)³]
/// (comma- or whitespace-separated; '#' comments; an optional header line of column names), as the
/// <c>transfer</c> command writes it.
/// </summary>
public static class TransferTable
{
    /// <summary>Relative tolerance on T² = P_model/P_CDM when the T² column is checked.</summary>
    public const double RatioTolerance = 1e-3;

    /// <summary>Reads the table; throws <see cref="InvalidDataException"/> naming the file and line on bad input.</summary>
    public static TransferFunction Read(string path, double redshift = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"transfer table '{path}' does not exist", path);
        }

        var k = new List<double>();
        var model = new List<double>();
        var cdm = new List<double>();
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split([',', ' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries);
            if (k.Count == 0 && !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            if (parts.Length < 4)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 4 columns (k_hMpc, T2, P_model, P_cdm), got {parts.Length}");
            }

            var values = new double[4];
            for (int i = 0; i < 4; i++)
            {
                if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: column {i + 1} '{parts[i]}' is not a number");
                }
            }

            if (values[3] > 0 && Math.Abs(values[2] / values[3] - values[1]) > RatioTolerance * Math.Max(values[1], 1e-12) + 1e-12)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: T2 = {parts[1]} differs from P_model/P_cdm = {(values[2] / values[3]).ToString("G6", CultureInfo.InvariantCulture)}");
            }

            k.Add(values[0]);
            model.Add(values[2]);
            cdm.Add(values[3]);
        }

        if (k.Count < 8)
        {
            throw new InvalidDataException($"{path}: needs at least 8 rows of (k_hMpc, T2, P_model, P_cdm), got {k.Count}");
        }

        return new TransferFunction([.. k], [.. model], [.. cdm], redshift);
    }

    /// <summary>Writes a table in the format <see cref="Read"/> accepts (header comment + CSV rows).</summary>
    public static void Write(string path, TransferFunction transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# z = {transfer.Redshift}"));
        writer.WriteLine("k_hMpc,T2,P_model,P_cdm");
        var t2 = transfer.TransferSquared;
        for (int i = 0; i < transfer.KHMpc.Length; i++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{transfer.KHMpc[i]:R},{t2[i]:R},{transfer.PowerModel[i]:R},{transfer.PowerCdm[i]:R}"));
        }
    }
}
