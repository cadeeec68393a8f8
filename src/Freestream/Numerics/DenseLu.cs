using System.Numerics.Tensors;

namespace Freestream.Numerics;

/// <summary>
/// In-place LU decomposition with partial (row) pivoting of a dense row-major n×n matrix, PA = LU
/// (Golub &amp; Van Loan, Matrix Computations, 4th ed., Alg. 3.4.1), into storage allocated once, so that
/// repeated factor/solve cycles allocate nothing.
/// </summary>
internal sealed class DenseLu
{
    private readonly int n;
    private readonly int[] pivots;

    /// <summary>Allocates storage for an n×n matrix.</summary>
    public DenseLu(int n)
    {
        this.n = n;
        Matrix = new double[n * n];
        pivots = new int[n];
    }

    /// <summary>Row-major matrix to be factorised; after <see cref="Factor"/> it holds L (unit diagonal, below) and U.</summary>
    public double[] Matrix { get; }

    /// <summary>Factorises <see cref="Matrix"/> in place. Returns false if a pivot is zero or non-finite (singular matrix).</summary>
    public bool Factor()
    {
        var a = Matrix.AsSpan();
        for (int k = 0; k < n; k++)
        {
            int pivotRow = k;
            double pivotMagnitude = Math.Abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++)
            {
                double magnitude = Math.Abs(a[i * n + k]);
                if (magnitude > pivotMagnitude)
                {
                    pivotMagnitude = magnitude;
                    pivotRow = i;
                }
            }

            pivots[k] = pivotRow;
            if (!(pivotMagnitude > 0) || !double.IsFinite(pivotMagnitude))
            {
                return false;
            }

            if (pivotRow != k)
            {
                var upper = a.Slice(k * n, n);
                var lower = a.Slice(pivotRow * n, n);
                for (int j = 0; j < n; j++)
                {
                    (upper[j], lower[j]) = (lower[j], upper[j]);
                }
            }

            var pivotRowSpan = a.Slice(k * n + k + 1, n - k - 1);
            double inversePivot = 1.0 / a[k * n + k];
            for (int i = k + 1; i < n; i++)
            {
                double factor = a[i * n + k] * inversePivot;
                a[i * n + k] = factor;
                if (factor != 0)
                {
                    // row ← row − factor · (pivot row), vectorised.
                    var row = a.Slice(i * n + k + 1, n - k - 1);
                    TensorPrimitives.MultiplyAdd(pivotRowSpan, -factor, row, row);
                }
            }
        }

        return true;
    }

    /// <summary>Solves A x = b after <see cref="Factor"/>; <paramref name="b"/> is overwritten by x.</summary>
    public void Solve(Span<double> b)
    {
        ReadOnlySpan<double> a = Matrix;
        for (int k = 0; k < n; k++)
        {
            int p = pivots[k];
            if (p != k)
            {
                (b[k], b[p]) = (b[p], b[k]);
            }
        }

        for (int i = 1; i < n; i++)
        {
            b[i] -= TensorPrimitives.Dot(a.Slice(i * n, i), b[..i]);
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i] - TensorPrimitives.Dot(a.Slice(i * n + i + 1, n - i - 1), b[(i + 1)..]);
            b[i] = sum / a[i * n + i];
        }
    }
}
