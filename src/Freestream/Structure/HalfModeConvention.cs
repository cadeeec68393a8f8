namespace Freestream.Structure;

/// <summary>
/// Which suppression defines the half-mode wavenumber k_1/2 (docs/physics/structure.md §3.2).
/// </summary>
public enum HalfModeConvention
{
    /// <summary>
    /// T(k_1/2) = 1/2, i.e. P_model/P_CDM = 1/4: the convention of Schneider et al. 2012
    /// (arXiv:1112.0330) for the half-mode mass and of the Murgia et al. 2017 k_1/2 formula.
    /// </summary>
    Amplitude,

    /// <summary>T²(k_1/2) = 1/2, i.e. P_model/P_CDM = 1/2.</summary>
    Power,
}
