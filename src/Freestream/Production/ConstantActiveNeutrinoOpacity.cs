namespace Freestream.Production;

/// <summary>
/// The constant-coefficient opacity Γ_α = y G_F² p T⁴ (leptons only, 1 MeV ≪ T ≲ m_μ); kept for
/// analytic tests. At keV masses it underestimates the Dodelson–Widrow abundance several-fold.
/// </summary>
/// <remarks>
/// y_e = 1.27, y_μ,τ = 0.92: Abazajian, Fuller &amp; Patel 2001 (astro-ph/0101524), after eq. (4);
/// 7π/24 ≈ 0.916 is the value of Dodelson &amp; Widrow 1994 (hep-ph/9303287).
/// </remarks>
public sealed class ConstantActiveNeutrinoOpacity : IActiveNeutrinoOpacity
{
    /// <summary>y_e = 1.27 (AFP 2001).</summary>
    public const double ElectronCoefficient = 1.27;

    /// <summary>y_μ = y_τ = 0.92 (AFP 2001).</summary>
    public const double MuonTauCoefficient = 0.92;

    /// <summary>Creates Γ_α = <paramref name="coefficient"/> G_F² p T⁴.</summary>
    public ConstantActiveNeutrinoOpacity(double coefficient)
    {
        if (!double.IsFinite(coefficient) || coefficient <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "the opacity coefficient must be a finite number > 0");
        }

        Value = coefficient;
    }

    /// <summary>The constant y.</summary>
    public double Value { get; }

    /// <summary>The AFP 2001 value for a flavour: 1.27 for e, 0.92 for μ and τ.</summary>
    public static ConstantActiveNeutrinoOpacity ForFlavour(ActiveNeutrinoFlavour flavour) =>
        new(flavour == ActiveNeutrinoFlavour.Electron ? ElectronCoefficient : MuonTauCoefficient);

    /// <inheritdoc />
    public double Coefficient(double temperatureGeV, double momentumOverTemperature) => Value;
}
