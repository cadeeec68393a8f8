using Freestream.Distributions;

namespace Freestream.Tests.Distributions;

/// <summary>
/// Reading other codes' tables (Data/psd/README.md gives their provenance): CLASS's own Fermi–Dirac table and a
/// sterile-dm snapshot, each checked against the relic abundance its own code states.
/// </summary>
public sealed class PsdFormatReaderTests
{
    private static readonly string ClassTable = DataFile("class_psd_FD_single.dat");
    private static readonly string SterileDm = DataFile("sterile-dm_ms7.115keV_Snapshot100_T10MeV.dat");
    private static readonly string Freestream = DataFile("fermi_dirac.dat");

    [Fact]
    public void LayoutIsDetectedWhereUnambiguous()
    {
        Assert.Equal(PsdFormat.Class, PsdReader.DetectFile(ClassTable));
        Assert.Equal(PsdFormat.SterileDm, PsdReader.DetectFile(SterileDm));
        Assert.Equal(PsdFormat.Freestream, PsdReader.DetectFile(Freestream));
    }

    [Fact]
    public void FormatNamesParseAndOthersAreRefusedNamingTheOption()
    {
        Assert.Equal(PsdFormat.SterileDm, PsdFormats.Parse("Sterile-DM", "--psd-format"));
        var error = Assert.Throws<ArgumentException>(() => PsdFormats.Parse("camb", "--psd-format"));
        Assert.Contains("--psd-format", error.Message);
        Assert.Contains("freestream, class, sterile-dm", error.Message);
    }

    [Fact]
    public void ClassFermiDiracTableIsOneFermionPerStateAtClassTemperature()
    {
        var (distribution, format) = PsdReader.Read(ClassTable);
        Assert.Equal(PsdFormat.Class, format);

        // The q = 0 row is dropped; the next node is q_CLASS = 12/99, rescaled by T_ncdm/T_ν0 = 0.71611/(4/11)^{1/3}.
        double qClass = 12.0 / 99.0;
        Assert.Equal(qClass * 0.71611 / Math.Cbrt(4.0 / 11.0), distribution.Q[0], 1e-7);

        // f = (2π)³ f₀/2 must be the Fermi–Dirac occupation per state, 1/(e^q + 1) at CLASS's q (table printed to 8 digits).
        Assert.Equal(1 / (Math.Exp(qClass) + 1), distribution.F[0], 2e-7);

        // CLASS (explanatory.ini, T_ncdm = 0.71611): m/ω = 93.14 eV for deg_ncdm = 1 (g = 2). The table stops at
        // q = 12, which loses ≈ 7e-4 of ∫q²f (Freestream's tail estimate), hence the 2e-3 tolerance.
        Assert.Equal(1.0, distribution.OmegaH2(1.0) / (1000 / 93.14), 2e-3);
    }

    [Fact]
    public void ClassTableAtTheNeutrinoTemperatureIsFreestreamsFermiDirac()
    {
        // Read with T_ncdm = (4/11)^{1/3}, the same numbers are the instantaneous-decoupling relic: m/Ω h² = 94.07 eV.
        var (distribution, _) = PsdReader.Read(ClassTable, new PsdReadOptions(PsdFormat.Class, ClassTemperatureRatio: Math.Cbrt(4.0 / 11.0)));
        Assert.Equal(1.0, distribution.OmegaH2(1.0) / (1000 / 94.07), 2e-3);
    }

    [Fact]
    public void SterileDmSnapshotGivesTheAbundanceSterileDmStates()
    {
        // sterile-dm run m_s = 7.115 keV, sin²2θ = 4e-11 (its params.dat): Ω_s h² + Ω_s̄ h² = 0.11879 from this
        // snapshot at T = 10 MeV; committed every tenth row, so allow 0.5 %.
        var (distribution, format) = PsdReader.Read(SterileDm, new PsdReadOptions(SnapshotTemperatureMeV: 10));
        Assert.Equal(PsdFormat.SterileDm, format);
        Assert.Equal(2, distribution.Degeneracy);
        Assert.Equal(1.0, distribution.OmegaH2(7.115) / 0.11879, 5e-3);
    }

    [Fact]
    public void SterileDmSnapshotNeedsItsTemperature()
    {
        Assert.Throws<ArgumentException>(() => PsdReader.Read(SterileDm));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PsdReader.Read(SterileDm, new PsdReadOptions(SnapshotTemperatureMeV: 0.5)));
        Assert.Contains("[2, 10000] MeV", error.Message);
    }

    [Fact]
    public void SnapshotReadAsTwoColumnsNamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => PsdReader.Read(SterileDm, new PsdReadOptions(PsdFormat.Class)));
        Assert.Contains("line 2", error.Message);
        Assert.Contains("expected 2 numbers", error.Message);
    }

    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "psd", name);
}
