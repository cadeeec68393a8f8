using System.Globalization;
using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>The active-neutrino flavour α that a sterile neutrino mixes with (sin²2θ_α).</summary>
public enum ActiveNeutrinoFlavour
{
    /// <summary>ν_e: the charged-current interaction with the e± of the plasma enlarges both Γ_α and V_T.</summary>
    Electron,

    /// <summary>ν_μ: the flavour of most published Dodelson–Widrow numbers (e.g. Venumadhav et al. 2016).</summary>
    Muon,

    /// <summary>ν_τ.</summary>
    Tau,
}

/// <summary>Parsing and naming of <see cref="ActiveNeutrinoFlavour"/>.</summary>
public static class ActiveNeutrinoFlavours
{
    /// <summary>Short names accepted by <see cref="Parse"/>: e, mu, tau.</summary>
    public const string AllowedNames = "e, mu, tau";

    /// <summary>Parses "e"/"electron", "mu"/"muon", "tau" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown flavour name.</exception>
    public static ActiveNeutrinoFlavour Parse(string name, string paramName = "flavour") =>
        name.Trim().ToLower(CultureInfo.InvariantCulture) switch
        {
            "e" or "electron" or "nue" => ActiveNeutrinoFlavour.Electron,
            "mu" or "muon" or "numu" => ActiveNeutrinoFlavour.Muon,
            "tau" or "nutau" => ActiveNeutrinoFlavour.Tau,
            _ => throw new ArgumentException($"unknown flavour '{name}'; allowed: {AllowedNames}", paramName),
        };

    /// <summary>The short name (e, mu, tau).</summary>
    public static string ShortName(this ActiveNeutrinoFlavour flavour) => flavour switch
    {
        ActiveNeutrinoFlavour.Electron => "e",
        ActiveNeutrinoFlavour.Muon => "mu",
        ActiveNeutrinoFlavour.Tau => "tau",
        _ => throw new ArgumentOutOfRangeException(nameof(flavour), flavour, "unknown flavour"),
    };

    /// <summary>Mass of the charged lepton of the same flavour, in GeV (PDG 2024).</summary>
    public static double ChargedLeptonMassGeV(this ActiveNeutrinoFlavour flavour) => flavour switch
    {
        ActiveNeutrinoFlavour.Electron => Thermal.PhysicalConstants.ElectronMassGeV,
        ActiveNeutrinoFlavour.Muon => Thermal.PhysicalConstants.MuonMassGeV,
        ActiveNeutrinoFlavour.Tau => Thermal.PhysicalConstants.TauMassGeV,
        _ => throw new ArgumentOutOfRangeException(nameof(flavour), flavour, "unknown flavour"),
    };
}
