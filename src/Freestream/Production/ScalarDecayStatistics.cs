namespace Freestream.Production;

/// <summary>How the S ↔ NN collision term treats the occupations of S and N (docs/physics/scalar_decay_validity.md §2).</summary>
public enum ScalarDecayStatistics
{
    /// <summary>
    /// S → NN with Pauli blocking (1 − f_N)(1 − f_N) and the inverse decay NN → S with Bose enhancement (1 + f_S):
    /// f_N ≤ 1 always, and N is held at equilibrium while S ↔ NN is faster than the expansion.
    /// </summary>
    Quantum,

    /// <summary>
    /// Maxwell–Boltzmann decays only (no blocking, no inverse decay), as in MT15/KMT16; valid only while f_N ≪ 1.
    /// </summary>
    Classical,
}
