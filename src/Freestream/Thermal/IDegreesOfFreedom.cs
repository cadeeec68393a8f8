namespace Freestream.Thermal;

/// <summary>
/// Effective numbers of relativistic degrees of freedom of the primordial plasma as functions of the
/// photon temperature T: g*(T) defined by the total energy density ρ = (π²/30) g* T⁴ and g*s(T)
/// defined by the total entropy density s = (2π²/45) g*s T³ (Kolb &amp; Turner, The Early Universe,
/// eqs. 3.61–3.62), with their logarithmic derivatives.
/// </summary>
/// <remarks>
/// Every method throws <see cref="ArgumentOutOfRangeException"/> naming <c>temperatureGeV</c> when the
/// temperature is negative, zero or not finite. Implementations used in inner loops do not allocate.
/// </remarks>
public interface IDegreesOfFreedom
{
    /// <summary>g*(T): energy-density degrees of freedom, ρ = (π²/30) g* T⁴.</summary>
    /// <param name="temperatureGeV">Photon temperature T in GeV (&gt; 0).</param>
    double EnergyDof(double temperatureGeV);

    /// <summary>g*s(T): entropy degrees of freedom, s = (2π²/45) g*s T³.</summary>
    /// <param name="temperatureGeV">Photon temperature T in GeV (&gt; 0).</param>
    double EntropyDof(double temperatureGeV);

    /// <summary>d ln g*s / d ln T (dimensionless; ≥ 0 for the Standard Model).</summary>
    /// <param name="temperatureGeV">Photon temperature T in GeV (&gt; 0).</param>
    double LogEntropyDofDerivative(double temperatureGeV);

    /// <summary>d ln g* / d ln T (dimensionless).</summary>
    /// <param name="temperatureGeV">Photon temperature T in GeV (&gt; 0).</param>
    double LogEnergyDofDerivative(double temperatureGeV);
}
