
namespace Freestream.Distributions;

/// <summary>How to read a momentum-distribution table: its layout and the numbers the layout does not carry.</summary>
/// <param name="Format">The layout; null detects it (<see cref="PsdFormats.Detect"/>).</param>
/// <param name="Degeneracy">Internal states g (for a CLASS table g = 2 deg_ncdm; a sterile-dm snapshot always has g = 2).</param>
/// <param name="ClassTemperatureRatio">CLASS's T_ncdm (units of T_CMB) of a CLASS table.</param>
/// <param name="SnapshotTemperatureMeV">Plasma temperature of a sterile-dm snapshot in MeV (required for that layout).</param>
public sealed record PsdReadOptions(
    PsdFormat? Format = null,
    double Degeneracy = 2,
    double ClassTemperatureRatio = ClassPsdTable.DefaultTemperatureRatio,
    double? SnapshotTemperatureMeV = null);

/// <summary>Reads a momentum-distribution table in any <see cref="PsdFormat"/> into Freestream's q = p/T_ν0 and f per state.</summary>
public static class PsdReader
{
    /// <summary>Reads <paramref name="path"/>, detecting the layout unless <see cref="PsdReadOptions.Format"/> is given.</summary>
    /// <returns>The distribution and the layout it was read as.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The text does not fit the layout.</exception>
    /// <exception cref="ArgumentException">A sterile-dm snapshot without a temperature, or an option out of range.</exception>
    public static (MomentumDistribution Distribution, PsdFormat Format) Read(string path, PsdReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new PsdReadOptions();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"momentum-distribution file '{path}' does not exist", path);
        }

        PsdFormat format = options.Format ?? DetectFile(path);
        using var reader = new StreamReader(path);
        var distribution = format switch
        {
            PsdFormat.Class => ClassPsdTable.Read(reader, path, options.Degeneracy, options.ClassTemperatureRatio),
            PsdFormat.SterileDm => SterileDmSnapshot.Read(
                reader,
                path,
                options.SnapshotTemperatureMeV ?? throw new ArgumentException($"{path} is a sterile-dm snapshot: its plasma temperature in MeV is needed (the snapshot's row of state.dat)", nameof(options)),
                degreesOfFreedom: null),
            _ => PsdFile.Read(reader, path, options.Degeneracy),
        };
        return (distribution, format);
    }

    /// <summary>The layout of <paramref name="path"/> as <see cref="PsdFormats.Detect"/> sees it.</summary>
    public static PsdFormat DetectFile(string path)
    {
        using var reader = new StreamReader(path);
        return PsdFormats.Detect(reader);
    }
}
