using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Standard-Model inputs of the Higgs-portal rates: masses, colour factors and widths of the states
/// an off-shell Higgs decays into, and the Higgs mass, width and vacuum expectation value.
/// </summary>
/// <remarks>
/// Masses from <see cref="PhysicalConstants"/> (PDG 2024); the bottom and charm masses are the
/// MS-bar values m_b(m_b) = 4.183 GeV and m_c(m_c) = 1.2730 GeV, the masses in the Higgs Yukawa couplings.
/// Lighter fermions are left out: their off-shell Higgs width scales as m_f² and is below 10⁻³ of the bottom one
/// (docs/physics/scalar_decay.md §3.2).
/// </remarks>
public static class HiggsSectorParameters
{
    /// <summary>Higgs mass m_h in GeV.</summary>
    public const double HiggsMassGeV = PhysicalConstants.HiggsMassGeV;

    /// <summary>Higgs vacuum expectation value v in GeV.</summary>
    public const double VevGeV = PhysicalConstants.HiggsVevGeV;

    /// <summary>Standard-Model Higgs total width Γ_h(m_h) in GeV (<see cref="StandardModelHiggsWidth"/>, ≈ 4.1 MeV).</summary>
    public static double HiggsWidthGeV { get; } = StandardModelHiggsWidth.TotalGeV(HiggsMassGeV);

    /// <summary>The fermions with their colour factor N_c that an off-shell Higgs decays into: t, b, c, τ.</summary>
    public static IReadOnlyList<(double MassGeV, int Colours)> Fermions { get; } =
    [
        (PhysicalConstants.TopMassGeV, 3),
        (PhysicalConstants.BottomMassGeV, 3),
        (PhysicalConstants.CharmMassGeV, 3),
        (PhysicalConstants.TauMassGeV, 1),
    ];
}
