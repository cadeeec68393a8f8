using Freestream.Structure;

namespace Freestream.Tests.Structure;

internal static class TestSettings
{
    /// <summary>
    /// Defaults, with every reference mass moved onto the CLASS test tables (1, 2, 3.3, 5.3 keV): Lyman-α
    /// marginal at 3.3 keV instead of 3.5 keV, z = 6 limits from 3.3 / 2 / 1 keV.
    /// </summary>
    public static StructureSettings ForClassTables() => StructureSettings.Default with
    {
        LymanAlpha = new LymanAlphaSettings(ConservativeReferenceMassKeV: 3.3),
        HighRedshift = new HighRedshiftSettings(ReferenceMassesKeV: [3.3, 2.0, 1.0]),
    };
}
