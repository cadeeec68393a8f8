using System.Globalization;

namespace Freestream.Cosmology;

/// <summary>Which effective-atom model evolves hydrogen and neutral-helium recombination.</summary>
public enum RecombinationScheme
{
    /// <summary>
    /// RECFAST 1.5 (Wong, Moss &amp; Scott 2008, arXiv:0711.1357): hydrogen fudge F = 1.125 with the
    /// double-Gaussian correction of the Peebles K factor; He I with the Sobolev escape probability,
    /// the hydrogen continuum opacity (Kholupenko, Ivanchik &amp; Varshalovich 2007) and the triplet channel.
    /// </summary>
    Recfast15,

    /// <summary>
    /// RECFAST 1.0 (Seager, Sasselov &amp; Scott 1999, astro-ph/9909275): hydrogen fudge F = 1.14, He I
    /// with a Peebles-type factor of the 2¹p line only.
    /// </summary>
    Recfast10,
}

/// <summary>
/// Precision and model knobs of <see cref="Thermodynamics"/>, separate from the physical inputs in
/// <see cref="CosmologyParameters"/>.
/// </summary>
public sealed record ThermodynamicsSettings
{
    /// <summary>Recombination model. Default <see cref="RecombinationScheme.Recfast15"/>.</summary>
    public RecombinationScheme Scheme { get; init; } = RecombinationScheme.Recfast15;

    /// <summary>
    /// Spacing of the tabulation grid in ln(1+z) (uniform from z = 0 to <see cref="MaxRedshift"/>).
    /// Default 1e-3 (the recombination and reionisation features are ≳ 0.05 wide in ln(1+z)).
    /// </summary>
    public double LogRedshiftStep { get; init; } = 1e-3;

    /// <summary>
    /// Highest tabulated redshift. Above it hydrogen and helium are fully ionised and T_b = T_γ
    /// (analytic forms). Default 1e6.
    /// </summary>
    public double MaxRedshift { get; init; } = 1e6;

    /// <summary>
    /// Photon temperature in K at which the rate equations take over from Saha equilibrium (helium is then
    /// 1 − 1e-5 singly ionised and He III below 1e-9; the rate equations ignore He III, hence at most
    /// 11 000 K). Default 9540 K, i.e. z = 3500 for T_CMB = 2.7255 K as in RECFAST; a temperature rather
    /// than a redshift so that other T_CMB start at the same stage of recombination.
    /// </summary>
    public double RateEquationStartTemperatureK { get; init; } = 9540.0;

    /// <summary>Relative tolerance of the stiff integration of the rate equations. Default 1e-8.</summary>
    public double RelativeTolerance { get; init; } = 1e-8;

    /// <summary>Width Δz of the hydrogen (+ first helium) reionisation step. Default 0.5 (CLASS/CAMB).</summary>
    public double ReionizationWidth { get; init; } = 0.5;

    /// <summary>Redshift of the second helium reionisation (He II → He III). Default 3.5 (CLASS/CAMB).</summary>
    public double HeliumReionizationRedshift { get; init; } = 3.5;

    /// <summary>Width Δz of the second helium reionisation. Default 0.5 (CLASS/CAMB).</summary>
    public double HeliumReionizationWidth { get; init; } = 0.5;

    /// <summary>
    /// τ_reio is the optical depth up to z_reio + this factor × <see cref="ReionizationWidth"/>.
    /// Default 8 (CLASS's reionization_z_start factor).
    /// </summary>
    public double ReionizationStartFactor { get; init; } = 8.0;

    /// <summary>The default settings.</summary>
    public static ThermodynamicsSettings Default { get; } = new();

    /// <summary>Twice finer grid and a tighter integration tolerance (convergence checks).</summary>
    public static ThermodynamicsSettings Precise { get; } = new() { LogRedshiftStep = 5e-4, RelativeTolerance = 1e-10 };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending setting.</summary>
    /// <returns>This instance.</returns>
    public ThermodynamicsSettings Validated()
    {
        Check(LogRedshiftStep, 1e-5, 0.02, nameof(LogRedshiftStep));
        Check(MaxRedshift, 2e4, 1e12, nameof(MaxRedshift));
        Check(RateEquationStartTemperatureK, 8000.0, 11000.0, nameof(RateEquationStartTemperatureK));
        Check(RelativeTolerance, 1e-13, 1e-4, nameof(RelativeTolerance));
        Check(ReionizationWidth, 0.05, 5.0, nameof(ReionizationWidth));
        Check(HeliumReionizationRedshift, 0.0, 10.0, nameof(HeliumReionizationRedshift));
        Check(HeliumReionizationWidth, 0.05, 5.0, nameof(HeliumReionizationWidth));
        Check(ReionizationStartFactor, 2.0, 50.0, nameof(ReionizationStartFactor));
        if (!Enum.IsDefined(Scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(Scheme), Scheme, $"{nameof(Scheme)} must be Recfast15 or Recfast10, got {Scheme}");
        }

        return this;
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must lie in [{min}, {max}], got {value}"));
        }
    }
}
