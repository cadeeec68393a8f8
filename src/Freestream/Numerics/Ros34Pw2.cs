using System.Numerics.Tensors;

namespace Freestream.Numerics;

/// <summary>
/// ROS34PW2: a stiffly accurate, L-stable Rosenbrock W-method of order 3 with four stages and an embedded order-2
/// solution. A W-method keeps its order with any matrix W in place of the Jacobian, so W may be a block of it (only
/// the stiff components) and may be reused over several steps; only the stability of the stiff modes needs W to hold
/// their couplings.
/// </summary>
/// <remarks>
/// <para>Method: Rang &amp; Angermann, BIT Numer. Math. 45 (2005) 761, method ROS34PW2 (Table 4 of that paper):
/// γ = 0.435866521508459, with coefficients aᵢⱼ, γᵢⱼ, bᵢ, b̂ᵢ as given there. Each stage solves
/// (I − γhW) kᵢ = h f(tₙ + αᵢh, yₙ + Σⱼ aᵢⱼkⱼ) + hW Σⱼ γᵢⱼkⱼ + h²γᵢ ∂f/∂t, αᵢ = Σⱼ aᵢⱼ, γᵢ = γ + Σⱼ γᵢⱼ, and
/// y_{n+1} = yₙ + Σ bᵢkᵢ; the error estimate is Σ (bᵢ − b̂ᵢ) kᵢ. The ∂f/∂t term is the time column of W for the
/// autonomised system (y, t): order 3 would hold without it, but a stiff, non-autonomous component (a coupling
/// rate that changes with t) needs it for the error constant to stay small.</para>
/// <para>W: the Jacobian restricted to the given stiff components (rows and columns; zero elsewhere), with ∂f/∂t on
/// the same rows, formed by forward differences column by column (increment √(ε·max(10⁻⁵, |yⱼ|)) as in <see cref="Rodas4"/>) or taken
/// from an analytic Jacobian (the differences need only the stiff rows, which a caller may supply more cheaply than
/// the whole right-hand side), and refreshed after <see cref="JacobianReuseSteps"/> accepted steps or after a
/// rejection. With k stiff components the linear algebra is a k×k LU per step and the rest of the state is
/// advanced explicitly, so a large system with a small stiff block costs about four right-hand sides per step.</para>
/// <para>Error norm and step control as in <see cref="Rodas4"/> (weighted RMS, PI controller with k = 3). Dense
/// output: the cubic Hermite interpolant of (yₙ, fₙ, y_{n+1}, f_{n+1}) (Hairer, Nørsett &amp; Wanner I, §II.6,
/// eq. (6.7)), of the method's order.</para>
/// </remarks>
public sealed class Ros34Pw2 : AdaptiveOdeIntegrator
{
    private const double Gamma = 0.435866521508459;

    // Rang & Angermann (2005), ROS34PW2: aᵢⱼ (stage arguments).
    private const double A21 = 0.87173304301691801;
    private const double A31 = 0.84457060015369423, A32 = -0.11299064236484185;
    private const double A43 = 1.0;

    // γᵢⱼ (i > j; the coupling of earlier stages through W).
    private const double G21 = -0.87173304301691801;
    private const double G31 = -0.90338057013044082, G32 = 0.054180672388095326;
    private const double G41 = 0.24212380706095346, G42 = -1.2232505839045147, G43 = 0.54526025533510214;

    // Weights of the order-3 solution and of the embedded order-2 one.
    private const double B1 = 0.24212380706095346, B2 = -1.2232505839045147, B3 = 1.5452602553351020, B4 = 0.435866521508459;
    private const double BHat1 = 0.37810903145819369, BHat2 = -0.096042292212423178, BHat3 = 0.5, BHat4 = 0.21793326075422950;

    // Stage abscissae αᵢ = Σⱼ aᵢⱼ and the weights γᵢ = γ + Σⱼ γᵢⱼ of ∂f/∂t (γ₄ = 0 to round-off: stiffly accurate).
    private const double Alpha2 = A21, Alpha3 = A31 + A32, Alpha4 = A43;
    private const double TimeWeight1 = Gamma, TimeWeight2 = Gamma + G21, TimeWeight3 = Gamma + G31 + G32, TimeWeight4 = Gamma + G41 + G42 + G43;

    private readonly int[]? stiffComponents;
    private readonly OdeRightHandSide? stiffRows;

    /// <summary>Creates the integrator with W the full Jacobian (or a block of it, see the other constructor).</summary>
    public Ros34Pw2()
        : this(null)
    {
    }

    /// <summary>Creates the integrator with W the Jacobian restricted to <paramref name="stiffComponents"/> (null: all).</summary>
    /// <param name="stiffComponents">Distinct component indices that carry the stiffness.</param>
    /// <param name="jacobianReuseSteps">Accepted steps after which W is formed again (≥ 1).</param>
    /// <param name="stiffRows">
    /// Optional cheaper right-hand side for the finite-difference columns of W and for ∂f/∂t on the stiff rows: it must
    /// set the stiff components exactly as the full right-hand side does (other components may be left as they are).
    /// Without it every column costs a full evaluation.
    /// </param>
    public Ros34Pw2(IReadOnlyList<int>? stiffComponents, int jacobianReuseSteps = 1, OdeRightHandSide? stiffRows = null)
        : base(nameof(Ros34Pw2), embeddedOrder: 2, growthLimit: 6.0)
    {
        this.stiffRows = stiffRows;
        ArgumentOutOfRangeException.ThrowIfLessThan(jacobianReuseSteps, 1);
        if (stiffComponents is not null)
        {
            if (stiffComponents.Count == 0 || stiffComponents.Any(i => i < 0) || stiffComponents.Distinct().Count() != stiffComponents.Count)
            {
                throw new ArgumentException("stiff components must be distinct, non-negative indices (at least one)", nameof(stiffComponents));
            }

            this.stiffComponents = stiffComponents.ToArray();
        }

        JacobianReuseSteps = jacobianReuseSteps;
    }

    /// <summary>Accepted steps after which W is formed again.</summary>
    public int JacobianReuseSteps { get; }

    private protected override OdeStepper NewStepper(OdeRightHandSide rhs, OdeJacobian? jacobian, int n)
    {
        int[] stiff = stiffComponents ?? Enumerable.Range(0, n).ToArray();
        if (stiff.Any(i => i >= n))
        {
            throw new ArgumentException($"a stiff component index is ≥ the system size {n}");
        }

        return new Workspace(rhs, stiffRows ?? rhs, jacobian, n, stiff, JacobianReuseSteps);
    }

    /// <summary>All arrays of one integration, allocated once; F0 holds f(t, Y).</summary>
    private sealed class Workspace : OdeStepper
    {
        private readonly OdeRightHandSide rhs;
        private readonly OdeRightHandSide stiffRows;
        private readonly OdeJacobian? jacobian;
        private readonly int[] stiff;
        private readonly int reuseSteps;
        private readonly double[] w;
        private readonly double[]? fullJacobian;
        /// <summary>Σⱼ γᵢⱼ kⱼ on the stiff components only (W acts on nothing else).</summary>
        private readonly double[] coupling;
        private readonly DenseLu lu;
        private readonly double[] block;
        private readonly double[] timeDerivative;
        private int age;
        private bool needJacobian = true;

        public Workspace(OdeRightHandSide rhs, OdeRightHandSide stiffRows, OdeJacobian? jacobian, int n, int[] stiff, int reuseSteps)
            : base(n)
        {
            this.rhs = rhs;
            this.stiffRows = stiffRows;
            this.jacobian = jacobian;
            this.stiff = stiff;
            this.reuseSteps = reuseSteps;
            int m = stiff.Length;
            w = new double[m * m];
            fullJacobian = jacobian is null ? null : new double[n * n];
            coupling = new double[stiff.Length];
            lu = new DenseLu(m);
            block = new double[m];
            timeDerivative = new double[m];
            F0 = new double[n];
            FStage = new double[n];
            Error = new double[n];
            Zero = new double[n];
            K = StageVectors(4);
            DenseOutput = new HermiteDenseOutput(n);
        }

        public override double[] F => F0;

        public override double[] ScratchF => FStage;

        public override IDenseOutput Dense => DenseOutput;

        private double[] F0 { get; }

        private double[] FStage { get; }

        private double[] Error { get; }

        /// <summary>A zero vector: the base of the stage sums that have no y term.</summary>
        private double[] Zero { get; }

        private double[][] K { get; }

        private HermiteDenseOutput DenseOutput { get; }

        public override double TryStep(double t, double h, double tEnd, double[] atol, double rtol)
        {
            if (needJacobian)
            {
                FormW(t);
                needJacobian = false;
                age = 0;
            }

            Decompositions++;
            if (!FactorIterationMatrix(h))
            {
                return double.NaN;
            }

            ComputeStages(t, h);
            RhsCalls += 3;
            double error = OdeSupport.ErrorNorm(Error, Y, YNew, atol, rtol);
            if (!(error <= 1.0) && age > 0)
            {
                // A W formed at an earlier point may no longer hold the stiff couplings: form it afresh.
                needJacobian = true;
            }

            return error;
        }

        public override void Accept(double t, double tNew, double h)
        {
            if (DenseRequested)
            {
                DenseOutput.Start(Y, F0);
            }

            AdvanceState();
            rhs(tNew, Y, F0);
            RhsCalls++;
            DenseOutput.Set(t, tNew, h, Y, F0);
            age++;
            needJacobian |= age >= reuseSteps;
        }

        public override void CheckAccepted(double t, double h)
        {
            if (!OdeSupport.AllFinite(F0))
            {
                throw new OdeConvergenceException("Ros34Pw2: right-hand side is not finite at an accepted point", t, h);
            }
        }

        /// <summary>W = ∂f/∂y on the stiff rows and columns, by forward differences or from the analytic Jacobian.</summary>
        private void FormW(double t)
        {
            int m = stiff.Length;
            JacobianCount++;
            if (jacobian is not null)
            {
                jacobian(t, Y, fullJacobian);
                for (int r = 0; r < m; r++)
                {
                    for (int c = 0; c < m; c++)
                    {
                        w[r * m + c] = fullJacobian![stiff[r] * N + stiff[c]];
                    }
                }
            }
            else
            {
                DifferenceColumns(t);
            }

            double deltaT = OdeSupport.DifferenceIncrement(t);
            stiffRows(t + deltaT, Y, FStage);
            RhsCalls++;
            for (int r = 0; r < m; r++)
            {
                timeDerivative[r] = (FStage[stiff[r]] - F0[stiff[r]]) / deltaT;
            }
        }

        /// <summary>The stiff columns of ∂f/∂y on the stiff rows by forward differences.</summary>
        private void DifferenceColumns(double t)
        {
            int m = stiff.Length;
            for (int c = 0; c < m; c++)
            {
                int j = stiff[c];
                double saved = Y[j];
                double delta = OdeSupport.DifferenceIncrement(saved);
                Y[j] = saved + delta;
                delta = Y[j] - saved;
                stiffRows(t, Y, FStage);
                RhsCalls++;
                Y[j] = saved;
                for (int r = 0; r < m; r++)
                {
                    w[r * m + c] = (FStage[stiff[r]] - F0[stiff[r]]) / delta;
                }
            }
        }

        /// <summary>Factorises I − γhW on the stiff block.</summary>
        private bool FactorIterationMatrix(double h)
        {
            int m = stiff.Length;
            double[] a = lu.Matrix;
            double scale = -Gamma * h;
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = scale * w[i];
            }

            for (int i = 0; i < m; i++)
            {
                a[i * m + i] += 1;
            }

            return lu.Factor();
        }

        /// <summary>
        /// k = (I − γhW)⁻¹ (h f + hW v + h²γᵢ ∂f/∂t) in place in <paramref name="k"/>, which holds h f on entry;
        /// <paramref name="v"/> holds the stiff components of Σⱼ γᵢⱼ kⱼ (null for the first stage) and
        /// <paramref name="timeWeight"/> is γᵢ.
        /// </summary>
        private void Solve(double[] k, double[]? v, double h, double timeWeight)
        {
            int m = stiff.Length;
            for (int r = 0; r < m; r++)
            {
                double sum = v is null ? 0 : TensorPrimitives.Dot(w.AsSpan(r * m, m), v);
                block[r] = k[stiff[r]] + h * (sum + h * timeWeight * timeDerivative[r]);
            }

            lu.Solve(block);
            for (int r = 0; r < m; r++)
            {
                k[stiff[r]] = block[r];
            }
        }

        /// <summary>v = Σⱼ γⱼ kⱼ on the stiff components, over the stages given.</summary>
        private void Couple(ReadOnlySpan<double> weights, ReadOnlySpan<double[]> stages)
        {
            for (int c = 0; c < stiff.Length; c++)
            {
                int j = stiff[c];
                double sum = 0;
                for (int s = 0; s < weights.Length; s++)
                {
                    sum += weights[s] * stages[s][j];
                }

                coupling[c] = sum;
            }
        }

        /// <summary>The four stages; leaves y_{n+1} in YNew and the error estimate in Error.</summary>
        private void ComputeStages(double t, double h)
        {
            double[] y = Y, ys = YStage, v = coupling, zero = Zero;
            double[] k1 = K[0], k2 = K[1], k3 = K[2], k4 = K[3];

            TensorPrimitives.Multiply(F0, h, k1);
            Solve(k1, null, h, TimeWeight1);

            StageSum.Combine(ys, y, A21, k1);
            Couple([G21], [k1]);
            rhs(t + Alpha2 * h, ys, FStage);
            TensorPrimitives.Multiply(FStage, h, k2);
            Solve(k2, v, h, TimeWeight2);

            StageSum.Combine(ys, y, A31, k1, A32, k2);
            Couple([G31, G32], [k1, k2]);
            rhs(t + Alpha3 * h, ys, FStage);
            TensorPrimitives.Multiply(FStage, h, k3);
            Solve(k3, v, h, TimeWeight3);

            StageSum.Combine(ys, y, A43, k3);
            Couple([G41, G42, G43], [k1, k2, k3]);
            rhs(t + Alpha4 * h, ys, FStage);
            TensorPrimitives.Multiply(FStage, h, k4);
            Solve(k4, v, h, TimeWeight4);

            StageSum.Combine(YNew, y, B1, k1, B2, k2, B3, k3, B4, k4);
            StageSum.Combine(Error, zero, B1 - BHat1, k1, B2 - BHat2, k2, B3 - BHat3, k3, B4 - BHat4, k4);
        }
    }

    /// <summary>The cubic Hermite interpolant over the last accepted step.</summary>
    private sealed class HermiteDenseOutput : StepDenseOutput
    {
        private readonly double[] yStart;
        private readonly double[] fStart;
        private double[] yEnd;
        private double[] fEnd;
        private double step;

        public HermiteDenseOutput(int n)
            : base(n)
        {
            yStart = new double[n];
            fStart = new double[n];
            yEnd = yStart;
            fEnd = fStart;
        }

        /// <summary>Copies the state and slope at the start of the step being accepted.</summary>
        public void Start(double[] y, double[] f)
        {
            y.CopyTo(yStart, 0);
            f.CopyTo(fStart, 0);
        }

        /// <summary>Points the output at the accepted step ending at (<paramref name="y"/>, <paramref name="f"/>).</summary>
        public void Set(double tStart, double tEnd, double stepSize, double[] y, double[] f)
        {
            Set(tStart, tEnd, stepSize);
            step = stepSize;
            yEnd = y;
            fEnd = f;
        }

        protected override void Interpolate(double theta, Span<double> y)
        {
            for (int i = 0; i < yStart.Length; i++)
            {
                double difference = yEnd[i] - yStart[i];
                y[i] = (1 - theta) * yStart[i] + theta * yEnd[i]
                    + theta * (theta - 1) * ((1 - 2 * theta) * difference + (theta - 1) * step * fStart[i] + theta * step * fEnd[i]);
            }
        }
    }
}
