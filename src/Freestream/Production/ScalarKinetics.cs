namespace Freestream.Production;

/// <summary>
/// What keeps the momentum distribution of S in shape (docs/physics/scalar_decay_validity.md §3).
/// </summary>
public enum ScalarKinetics
{
    /// <summary>
    /// f_S(p) evolves under production, annihilation and decays only, without elastic S–SM scattering, as in the
    /// momentum-resolved Boltzmann equations of MT15 (arXiv:1502.01011) and KMT16 (arXiv:1609.01289). The default.
    /// </summary>
    Momentum,

    /// <summary>
    /// Elastic scattering assumed fast: after each step f_S is reset to the shape e^{−E/T} with its number kept
    /// (the n-level treatment of the standard relic calculation).
    /// </summary>
    KineticEquilibrium,
}

/// <summary>Names of <see cref="ScalarKinetics"/> and <see cref="ScalarDecayStatistics"/> for the CLI, TOML files and JSON.</summary>
public static class ScalarDecaySettingNames
{
    /// <summary>"momentum" or "kinetic-equilibrium".</summary>
    public static string Name(ScalarKinetics kinetics) => kinetics == ScalarKinetics.Momentum ? "momentum" : "kinetic-equilibrium";

    /// <summary>"quantum" or "classical".</summary>
    public static string Name(ScalarDecayStatistics statistics) => statistics == ScalarDecayStatistics.Quantum ? "quantum" : "classical";

    /// <summary>Inverse of <see cref="Name(ScalarKinetics)"/>; null for any other text.</summary>
    public static ScalarKinetics? ParseKinetics(string? text) => text switch
    {
        "momentum" => ScalarKinetics.Momentum,
        "kinetic-equilibrium" => ScalarKinetics.KineticEquilibrium,
        _ => null,
    };

    /// <summary>Inverse of <see cref="Name(ScalarDecayStatistics)"/>; null for any other text.</summary>
    public static ScalarDecayStatistics? ParseStatistics(string? text) => text switch
    {
        "quantum" => ScalarDecayStatistics.Quantum,
        "classical" => ScalarDecayStatistics.Classical,
        _ => null,
    };
}
