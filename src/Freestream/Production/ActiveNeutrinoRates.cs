namespace Freestream.Production;

/// <summary>
/// Which active-neutrino opacity Γ_α(p, T) the mixing-driven solvers (Dodelson–Widrow alone and on top of scalar decay,
/// Shi–Fuller) use: CLI option <c>--rates</c>, JSON key <c>rates</c>.
/// </summary>
public enum ActiveNeutrinoRates
{
    /// <summary>The published tabulation in p/T and T (<see cref="TabulatedActiveNeutrinoOpacity"/>); the default.</summary>
    Tabulated,

    /// <summary>The own tree-level channel sum without Pauli blocking, independent of p/T (<see cref="StandardModelActiveNeutrinoOpacity"/>).</summary>
    TreeLevel,

    /// <summary>The constant AFP 2001 coefficient (<see cref="ConstantActiveNeutrinoOpacity"/>); analytic tests only.</summary>
    Constant,
}

/// <summary>The opacity of each <see cref="ActiveNeutrinoRates"/> choice, and the names used for it on the command line.</summary>
public static class ActiveNeutrinoOpacities
{
    /// <summary>Names accepted by <see cref="Parse"/>.</summary>
    public const string AllowedNames = "tabulated, tree-level, constant";

    /// <summary>The default opacity of flavour α: the tabulated one.</summary>
    public static IActiveNeutrinoOpacity Default(ActiveNeutrinoFlavour flavour) => For(ActiveNeutrinoRates.Tabulated, flavour);

    /// <summary>The opacity of flavour α for a choice of rates.</summary>
    public static IActiveNeutrinoOpacity For(ActiveNeutrinoRates rates, ActiveNeutrinoFlavour flavour) => rates switch
    {
        ActiveNeutrinoRates.Tabulated => TabulatedActiveNeutrinoOpacity.For(flavour),
        ActiveNeutrinoRates.TreeLevel => StandardModelActiveNeutrinoOpacity.For(flavour),
        ActiveNeutrinoRates.Constant => ConstantActiveNeutrinoOpacity.ForFlavour(flavour),
        _ => throw new ArgumentOutOfRangeException(nameof(rates), rates, "unknown rates"),
    };

    /// <summary>Parses tabulated, tree-level or constant (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static ActiveNeutrinoRates Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "tabulated" => ActiveNeutrinoRates.Tabulated,
        "tree-level" => ActiveNeutrinoRates.TreeLevel,
        "constant" => ActiveNeutrinoRates.Constant,
        _ => throw new ArgumentException($"unknown rates '{name}'; allowed: {AllowedNames}", nameof(name)),
    };

    /// <summary>The command-line name of a choice.</summary>
    public static string Name(this ActiveNeutrinoRates rates) => rates switch
    {
        ActiveNeutrinoRates.Tabulated => "tabulated",
        ActiveNeutrinoRates.TreeLevel => "tree-level",
        ActiveNeutrinoRates.Constant => "constant",
        _ => throw new ArgumentOutOfRangeException(nameof(rates), rates, "unknown rates"),
    };
}
