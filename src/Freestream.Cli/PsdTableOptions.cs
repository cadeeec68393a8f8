namespace Freestream.Cli;

/// <summary>
/// The options that say how to read a <c>--psd</c> table written by another code: <c>--psd-format</c>
/// (freestream, class, sterile-dm; detected where unambiguous), <c>--t-ncdm</c> (CLASS's T_ncdm of a CLASS table)
/// and <c>--psd-temperature-mev</c> (the plasma temperature of a sterile-dm snapshot).
/// </summary>
public sealed class PsdTableOptions
{
    private readonly Option<string?> format = new("--psd-format")
    {
        Description = "Layout of the psd table: freestream (q = p/T_nu0, f per state), class (CLASS's own tables: q = p/(T_ncdm T_cmb) from q = 0, f with 1/(2pi)^3), sterile-dm (p[MeV] f_nu f_nubar at --psd-temperature-mev); default: detected (3 columns: sterile-dm, first q = 0: class, else freestream)",
    };

    private readonly Option<double?> classTemperature = new("--t-ncdm")
    {
        Description = "CLASS's T_ncdm (units of T_cmb, in [0.01, 10]) that the q of a --psd-format class table is measured in; default 0.71611 (CLASS's default)",
    };

    private readonly Option<double?> snapshotTemperature = new("--psd-temperature-mev")
    {
        Description = "Plasma temperature in MeV (in [2, 1e4]) of a sterile-dm snapshot (its row in state.dat; the last snapshot of a run is at 10 MeV)",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(format);
        command.Options.Add(classTemperature);
        command.Options.Add(snapshotTemperature);
    }

    /// <summary>Reads <paramref name="file"/> as the options say; bad options or a file that does not fit its layout give a <see cref="UsageException"/> naming the option.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="file">The table.</param>
    /// <param name="degeneracy">Internal states g (for a CLASS table, 2 deg_ncdm).</param>
    /// <param name="option">The option that named the file, for messages.</param>
    public MomentumDistribution Read(ParseResult parse, FileInfo file, double degeneracy, string option = "--psd")
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file.FullName))
        {
            throw new UsageException($"{option}: '{file.FullName}' is a folder: give the table file inside it");
        }

        if (!file.Exists)
        {
            throw new UsageException($"{option}: file '{file.FullName}' does not exist");
        }

        PsdFormat? layout = null;
        if (parse.GetValue(format) is { } name)
        {
            try
            {
                layout = PsdFormats.Parse(name, "--psd-format");
            }
            catch (ArgumentException)
            {
                throw UsageException.OutOfRange("--psd-format", string.Join(", ", PsdFormats.Names), name);
            }
        }

        double tNcdm = parse.GetValue(classTemperature) is double t
            ? OptionChecks.InRange(t, 0.01, 10, "--t-ncdm")
            : ClassPsdTable.DefaultTemperatureRatio;
        double? temperatureMeV = parse.GetValue(snapshotTemperature) is double tMeV
            ? OptionChecks.InRange(tMeV, SterileDmSnapshot.MinimumTemperatureMeV, SterileDmSnapshot.MaximumTemperatureMeV, "--psd-temperature-mev")
            : null;
        layout ??= PsdReader.DetectFile(file.FullName);
        if (layout == PsdFormat.SterileDm && temperatureMeV is null)
        {
            throw new UsageException($"--psd-temperature-mev: {file.Name} is a sterile-dm snapshot; give its plasma temperature in MeV (in [{SterileDmSnapshot.MinimumTemperatureMeV}, {SterileDmSnapshot.MaximumTemperatureMeV}])");
        }

        return PsdReader.Read(file.FullName, new PsdReadOptions(layout, degeneracy, tNcdm, temperatureMeV)).Distribution;
    }
}
