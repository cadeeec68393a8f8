namespace Freestream.Production;

/// <summary>Whether a scalar-decay result describes a possible universe (docs/physics/scalar_decay_validity.md §5).</summary>
public enum ScalarDecayValidity
{
    /// <summary>Every gate passed: the point may be judged.</summary>
    Valid,

    /// <summary>The m_N that gives the target Ω h² is ≥ m_S/2: S → NN is closed, the point cannot exist.</summary>
    KinematicallyForbidden,

    /// <summary>
    /// The calculation does not apply: f_N &gt; 1, N above equilibrium while NN → S is fast (classical statistics), or
    /// S dominating the energy density while H omits it.
    /// </summary>
    OutsideValidity,
}
