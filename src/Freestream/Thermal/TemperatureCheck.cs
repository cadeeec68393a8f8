using System.Globalization;

namespace Freestream.Thermal;

/// <summary>The one validation of a temperature argument shared by the thermal types.</summary>
internal static class TemperatureCheck
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; T &lt; ∞.</summary>
    public static void Validate(double temperatureGeV, string paramName = "temperatureGeV")
    {
        if (!(temperatureGeV > 0) || double.IsPositiveInfinity(temperatureGeV))
        {
            Throw(temperatureGeV, paramName);
        }
    }

    private static void Throw(double value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be a finite temperature > 0 GeV, got {value}"));
}
