using MathNet.Numerics;

namespace Freestream.Production;

/// <summary>
/// Exponentially scaled modified Bessel function e^z K₁(z), safe on the whole positive axis.
/// </summary>
/// <remarks>
/// MathNet.Numerics 5.0.0 <c>SpecialFunctions.BesselK1e</c> is wrong for z ≤ 2 (e.g. it returns 2.309 at
/// z = 1, where e K₁(1) = 1.6362; checked against mpmath), while the unscaled <c>BesselK1</c> is right
/// there and does not underflow. The scaled form is used only for z ≥ 3, where it agrees with mpmath to 1e-15.
/// </remarks>
internal static class ScaledBessel
{
    /// <summary>e^z K₁(z) for z &gt; 0.</summary>
    public static double K1(double z) => z < 3 ? SpecialFunctions.BesselK1(z) * Math.Exp(z) : SpecialFunctions.BesselK1e(z);
}
