namespace Freestream.Numerics;

/// <summary>
/// Dormand–Prince 5(4): explicit seven-stage Runge–Kutta pair of order 5 with an embedded order-4
/// error estimate, first-same-as-last, for non-stiff systems.
/// </summary>
/// <remarks>
/// <para>Method: Dormand &amp; Prince, J. Comput. Appl. Math. 6 (1980) 19; coefficients as in Hairer,
/// Nørsett &amp; Wanner, Solving Ordinary Differential Equations I (2nd ed., Springer 1993), §II.5,
/// Table 5.2. The solution is propagated with the order-5 weights (local extrapolation); the
/// seventh stage f(t+h, y_{n+1}) is reused as the first stage of the next step (FSAL), so an accepted
/// step costs six right-hand side evaluations.</para>
/// <para>Error norm: weighted RMS √((1/n) Σ (eᵢ/sᵢ)²) of e = h Σ (bⱼ − b̂ⱼ) kⱼ, with
/// sᵢ = atolᵢ + rtol·max(|yₙᵢ|, |y_{n+1,i}|); a step is accepted when it is ≤ 1. Step sizes follow a
/// PI controller with k = 5 (<see cref="PiStepController"/>). An analytic Jacobian passed to
/// <see cref="AdaptiveOdeIntegrator.Integrate"/> is ignored: the method is explicit.</para>
/// <para>Dense output: the order-4 continuous extension of Shampine (Math. Comp. 46 (1986) 135), as given in
/// HNW I §II.6 (dense output of DOPRI5): y(tₙ + θh) = r₁ + θ(r₂ + (1−θ)(r₃ + θ(r₄ + (1−θ) r₅))).</para>
/// </remarks>
public sealed class DormandPrince54 : AdaptiveOdeIntegrator
{
    private const double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private const double A21 = 1.0 / 5;
    private const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    private const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private const double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784, B6 = 11.0 / 84;

    // bⱼ − b̂ⱼ.
    private const double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200, E6 = 22.0 / 525, E7 = -1.0 / 40;

    // Shampine's dense-output coefficients.
    private const double D1 = -12715105075.0 / 11282082432, D3 = 87487479700.0 / 32700410799, D4 = -10690763975.0 / 1880347072;
    private const double D5 = 701980252875.0 / 199316789632, D6 = -1453857185.0 / 822651844, D7 = 69997945.0 / 29380423;

    /// <summary>Creates the integrator (stateless: one instance may serve concurrent integrations).</summary>
    public DormandPrince54()
        : base(nameof(DormandPrince54), embeddedOrder: 4, growthLimit: 10.0)
    {
    }

    private protected override OdeStepper NewStepper(OdeRightHandSide rhs, OdeJacobian? jacobian, int n) => new Workspace(rhs, n);

    /// <summary>Stages 2–7; leaves y_{n+1} in YNew, f(t+h, y_{n+1}) in K[6] and the error estimate in Error.</summary>
    private static void ComputeStages(OdeRightHandSide rhs, double t, double h, double tEnd, Workspace w)
    {
        double[] y = w.Y, ys = w.YStage, k1 = w.K[0], k2 = w.K[1], k3 = w.K[2], k4 = w.K[3], k5 = w.K[4], k6 = w.K[5], k7 = w.K[6];

        StageSum.Combine(ys, y, h * A21, k1);
        rhs(t + C2 * h, ys, k2);
        StageSum.Combine(ys, y, h * A31, k1, h * A32, k2);
        rhs(t + C3 * h, ys, k3);
        StageSum.Combine(ys, y, h * A41, k1, h * A42, k2, h * A43, k3);
        rhs(t + C4 * h, ys, k4);
        StageSum.Combine(ys, y, h * A51, k1, h * A52, k2, h * A53, k3, h * A54, k4);
        rhs(t + C5 * h, ys, k5);
        StageSum.Combine(ys, y, h * A61, k1, h * A62, k2, h * A63, k3, h * A64, k4, h * A65, k5);
        rhs(tEnd, ys, k6);
        StageSum.Combine(w.YNew, y, h * B1, k1, h * B3, k3, h * B4, k4, h * B5, k5, h * B6, k6);
        rhs(tEnd, w.YNew, k7);
        StageSum.Combine(w.Error, w.Zero, h * E1, k1, h * E3, k3, h * E4, k4, h * E5, k5, h * E6, k6, h * E7, k7);
    }

    /// <summary>Stores r₁…r₅ of the dense output (before Y/YNew and K[0]/K[6] are swapped).</summary>
    private static void PrepareDense(double h, Workspace w)
    {
        double[] r1 = w.DenseOutput.R1, r2 = w.DenseOutput.R2, r3 = w.DenseOutput.R3, r4 = w.DenseOutput.R4, r5 = w.DenseOutput.R5;
        double[] k1 = w.K[0], k3 = w.K[2], k4 = w.K[3], k5 = w.K[4], k6 = w.K[5], k7 = w.K[6];
        for (int i = 0; i < w.N; i++)
        {
            double difference = w.YNew[i] - w.Y[i];
            double slopeDeviation = h * k1[i] - difference;
            r1[i] = w.Y[i];
            r2[i] = difference;
            r3[i] = slopeDeviation;
            r4[i] = difference - h * k7[i] - slopeDeviation;
            r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
        }
    }

    /// <summary>All arrays of one integration, allocated once; K[0] is the FSAL slope f(t, Y).</summary>
    private sealed class Workspace : OdeStepper
    {
        private readonly OdeRightHandSide rhs;

        public Workspace(OdeRightHandSide rhs, int n)
            : base(n)
        {
            this.rhs = rhs;
            Error = new double[n];
            Zero = new double[n];
            K = StageVectors(7);
            DenseOutput = new DopriDenseOutput(n);
        }

        public override double[] F => K[0];

        public override double[] ScratchF => K[1];

        public override IDenseOutput Dense => DenseOutput;

        /// <summary>The stage slopes k₁…k₇.</summary>
        public double[][] K { get; }

        public double[] Error { get; }

        /// <summary>A zero vector: the base of the error estimate's stage sum.</summary>
        public double[] Zero { get; }

        public DopriDenseOutput DenseOutput { get; }

        public override double TryStep(double t, double h, double tEnd, double[] atol, double rtol)
        {
            ComputeStages(rhs, t, h, tEnd, this);
            RhsCalls += 6;
            return OdeSupport.ErrorNorm(Error, Y, YNew, atol, rtol);
        }

        public override void Accept(double t, double tNew, double h)
        {
            if (DenseRequested)
            {
                PrepareDense(h, this);
            }

            AdvanceState();
            (K[0], K[6]) = (K[6], K[0]);
            DenseOutput.Set(t, tNew, h);
        }
    }

    /// <summary>Shampine's order-4 continuous extension over the last accepted step.</summary>
    private sealed class DopriDenseOutput : StepDenseOutput
    {
        public DopriDenseOutput(int n)
            : base(n)
        {
            R1 = new double[n];
            R2 = new double[n];
            R3 = new double[n];
            R4 = new double[n];
            R5 = new double[n];
        }

        public double[] R1 { get; }

        public double[] R2 { get; }

        public double[] R3 { get; }

        public double[] R4 { get; }

        public double[] R5 { get; }

        protected override void Interpolate(double theta, Span<double> y)
        {
            double theta1 = 1 - theta;
            for (int i = 0; i < R1.Length; i++)
            {
                y[i] = R1[i] + theta * (R2[i] + theta1 * (R3[i] + theta * (R4[i] + theta1 * R5[i])));
            }
        }
    }
}
