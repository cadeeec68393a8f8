using System.Globalization;

namespace Freestream.Thermal;

/// <summary>
/// Temperature-independent degrees of freedom (for analytic tests and the constant-g* approximation
/// of Merle &amp; Totzauer, arXiv:1502.01011): g* and g*s fixed, both logarithmic derivatives zero.
/// </summary>
public sealed class ConstantDegreesOfFreedom : IDegreesOfFreedom
{
    /// <summary>Equal energy and entropy degrees of freedom, g* = g*s = <paramref name="g"/>.</summary>
    /// <param name="g">Degrees of freedom (finite, &gt; 0), e.g. 106.75.</param>
    public ConstantDegreesOfFreedom(double g)
        : this(g, g)
    {
    }

    /// <summary>Separate constant energy and entropy degrees of freedom.</summary>
    /// <param name="energyDof">g* (finite, &gt; 0).</param>
    /// <param name="entropyDof">g*s (finite, &gt; 0).</param>
    public ConstantDegreesOfFreedom(double energyDof, double entropyDof)
    {
        if (!double.IsFinite(energyDof) || energyDof <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(energyDof), energyDof, string.Create(CultureInfo.InvariantCulture, $"{nameof(energyDof)} must be a finite number > 0, got {energyDof}"));
        }

        if (!double.IsFinite(entropyDof) || entropyDof <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(entropyDof), entropyDof, string.Create(CultureInfo.InvariantCulture, $"{nameof(entropyDof)} must be a finite number > 0, got {entropyDof}"));
        }

        G = energyDof;
        GS = entropyDof;
    }

    /// <summary>The constant g*.</summary>
    public double G { get; }

    /// <summary>The constant g*s.</summary>
    public double GS { get; }

    /// <inheritdoc />
    public double EnergyDof(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return G;
    }

    /// <inheritdoc />
    public double EntropyDof(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return GS;
    }

    /// <inheritdoc />
    public double LogEntropyDofDerivative(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return 0.0;
    }

    /// <inheritdoc />
    public double LogEnergyDofDerivative(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return 0.0;
    }
}
