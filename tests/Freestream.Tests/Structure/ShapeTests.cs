using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

public class ShapeTests
{
    private static readonly CosmologyParameters Cosmology = CosmologyParameters.Planck2018;

    /// <summary>T = [1 + (αk)^β]^γ on the CLASS CDM grid with α chosen so that T(k_1/2) = 1/2.</summary>
    private static TransferFunction Shape(double beta, double gamma, double kHalf)
    {
        var cdm = ClassTables.ColdDarkMatter();
        double alpha = Math.Pow(Math.Pow(0.5, 1 / gamma) - 1, 1 / beta) / kHalf;
        var model = cdm.KHMpc.Select((k, i) => Math.Max(Math.Pow(TransferFit.Evaluate(k, alpha, beta, gamma), 2), 1e-300) * cdm.PowerCdm[i]).ToArray();
        return new TransferFunction(cdm.KHMpc, model, cdm.PowerCdm, 0);
    }

    [Fact]
    public void SameHalfModeDifferentShapesGiveDifferentAreasAndCounts()
    {
        // Murgia et al. 2017's motivation for δA: shapes sharing the 3.3 keV half-mode (T = 1/2 at 35.89 h/Mpc)
        // differ in δA and N_sub. docs/physics/structure.md §4.3/§5.2 ([derived], P15/EH98): δA = 0.534, 0.500, 0.464, 0.430 and
        // N_sub = 74.5, 80.5, 87.8, 100.2 for (β, γ) = (2.24, −4.46), (3, −10), (5, −1), (10, −0.5); CLASS P_CDM and
        // Planck 2018 move them by about ±0.01 in δA and ±8 % in N_sub.
        (double Beta, double Gamma, double DeltaA, double Satellites)[] shapes =
            [(2.24, -4.46, 0.534, 74.5), (3, -10, 0.500, 80.5), (5, -1, 0.464, 87.8), (10, -0.5, 0.430, 100.2)];
        var settings = StructureSettings.Default;
        double previousArea = 1;
        double previousCount = 0;
        foreach (var (beta, gamma, deltaA, satellites) in shapes)
        {
            var measured = StructureMeasurements.Measure(Shape(beta, gamma, 35.89), Cosmology, settings, fit: false);
            Assert.InRange(measured.HalfMode.KAmplitudeHMpc!.Value, 35.89 * 0.999, 35.89 * 1.001);
            Assert.InRange(measured.LymanAlpha.DeltaA, deltaA - 0.015, deltaA + 0.015);
            Assert.InRange(measured.Subhalos.Count, satellites * 0.92, satellites * 1.08);
            Assert.True(measured.LymanAlpha.DeltaA < previousArea && measured.Subhalos.Count > previousCount);
            previousArea = measured.LymanAlpha.DeltaA;
            previousCount = measured.Subhalos.Count;
        }
    }
}
