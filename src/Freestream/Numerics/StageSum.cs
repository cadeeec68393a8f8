using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Freestream.Numerics;

/// <summary>
/// The stage combinations of explicit Runge–Kutta steps, d = y + Σⱼ cⱼkⱼ over up to six stage vectors, in one pass
/// with <see cref="Vector{T}"/> (four doubles per operation on AVX2) and a scalar tail. In the large Boltzmann states
/// (hundreds of components) these sums are a tenth of a step's time when written as scalar loops; TensorPrimitives
/// offers only one-term a·x + y, which would take one pass over the data per term.
/// </summary>
internal static class StageSum
{
    /// <summary>d = y + c₁k₁ + … + c₆k₆; omitted terms are zero; d may be y.</summary>
    public static void Combine(
        Span<double> d, ReadOnlySpan<double> y,
        double c1, ReadOnlySpan<double> k1,
        double c2 = 0, ReadOnlySpan<double> k2 = default,
        double c3 = 0, ReadOnlySpan<double> k3 = default,
        double c4 = 0, ReadOnlySpan<double> k4 = default,
        double c5 = 0, ReadOnlySpan<double> k5 = default,
        double c6 = 0, ReadOnlySpan<double> k6 = default)
    {
        // An omitted term reads k₁ with a zero coefficient: one loop body, and 0·k₁ adds nothing to a finite sum.
        Sum(d, y, c1, k1, c2, k2.IsEmpty ? k1 : k2, c3, k3.IsEmpty ? k1 : k3, c4, k4.IsEmpty ? k1 : k4, c5, k5.IsEmpty ? k1 : k5, c6, k6.IsEmpty ? k1 : k6);
    }

    private static void Sum(
        Span<double> d, ReadOnlySpan<double> y,
        double c1, ReadOnlySpan<double> k1, double c2, ReadOnlySpan<double> k2, double c3, ReadOnlySpan<double> k3,
        double c4, ReadOnlySpan<double> k4, double c5, ReadOnlySpan<double> k5, double c6, ReadOnlySpan<double> k6)
    {
        int n = d.Length;
        int i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            ref double rd = ref MemoryMarshal.GetReference(d);
            ref double ry = ref MemoryMarshal.GetReference(y);
            ref double r1 = ref MemoryMarshal.GetReference(k1);
            ref double r2 = ref MemoryMarshal.GetReference(k2);
            ref double r3 = ref MemoryMarshal.GetReference(k3);
            ref double r4 = ref MemoryMarshal.GetReference(k4);
            ref double r5 = ref MemoryMarshal.GetReference(k5);
            ref double r6 = ref MemoryMarshal.GetReference(k6);
            var v1 = new Vector<double>(c1);
            var v2 = new Vector<double>(c2);
            var v3 = new Vector<double>(c3);
            var v4 = new Vector<double>(c4);
            var v5 = new Vector<double>(c5);
            var v6 = new Vector<double>(c6);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                nuint at = (nuint)i;
                var sum = Load(ref ry, at) + v1 * Load(ref r1, at) + v2 * Load(ref r2, at) + v3 * Load(ref r3, at)
                    + v4 * Load(ref r4, at) + v5 * Load(ref r5, at) + v6 * Load(ref r6, at);
                sum.StoreUnsafe(ref rd, at);
            }
        }

        for (; i < n; i++)
        {
            d[i] = y[i] + c1 * k1[i] + c2 * k2[i] + c3 * k3[i] + c4 * k4[i] + c5 * k5[i] + c6 * k6[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Load(ref double start, nuint offset) => Vector.LoadUnsafe(ref start, offset);
}
