using Freestream.Cosmology;
using MathNet.Numerics;

namespace Freestream.Structure;

/// <summary>
/// Ratio of linear growth factors between two redshifts in flat ΛCDM with D(a) ∝ H(a) ∫_0^a da′/(a′H)³
/// (Heath 1977; radiation neglected, as in structure.md Appendix A).
/// </summary>
public static class GrowthRatio
{
    /// <summary>D(z_to)/D(z_from).</summary>
    public static double Between(CosmologyParameters cosmology, double zFrom, double zTo)
    {
        ArgumentNullException.ThrowIfNull(cosmology);
        SettingsChecks.InRange(zFrom, 0, 1e4, nameof(zFrom));
        SettingsChecks.InRange(zTo, 0, 1e4, nameof(zTo));
        return zFrom == zTo ? 1 : Growth(cosmology, 1 / (1 + zTo)) / Growth(cosmology, 1 / (1 + zFrom));
    }

    private static double Growth(CosmologyParameters cosmology, double a)
    {
        double omegaM = StructureConstants.OmegaMatter(cosmology);
        double omegaL = 1 - omegaM;
        double E(double x) => Math.Sqrt(omegaM / (x * x * x) + omegaL);
        double integral = Integrate.DoubleExponential(x => x <= 0 ? 0 : 1 / Math.Pow(x * E(x), 3), 0, a, 1e-12);
        return E(a) * integral;
    }
}
