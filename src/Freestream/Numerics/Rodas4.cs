namespace Freestream.Numerics;

/// <summary>
/// RODAS: the stiffly accurate, L-stable Rosenbrock method of order 4 with six stages and an embedded
/// order-3 solution, for stiff systems (freeze-out, Boltzmann equations on momentum grids).
/// </summary>
/// <remarks>
/// <para>Method: Hairer &amp; Wanner, Solving Ordinary Differential Equations II (2nd ed., Springer 1996),
/// §VI.4 (RODAS, coefficient set "METH = 1" of their code rodas.f), implemented in the transformed
/// variables of §IV.7: with γ = 1/4 and J = ∂f/∂y(tₙ, yₙ), each stage solves
/// (1/(γh) I − J) uᵢ = f(tₙ + αᵢh, yₙ + Σⱼ aᵢⱼuⱼ) + Σⱼ (cᵢⱼ/h) uⱼ + γᵢ h ∂f/∂t,
/// and y_{n+1} = yₙ + Σⱼ a₆ⱼuⱼ + u₆. The last stage u₆ is the difference between the order-4 and the
/// embedded order-3 solutions and serves as the local error estimate.</para>
/// <para>Error norm: weighted RMS √((1/n) Σ (u₆ᵢ/sᵢ)²), sᵢ = atolᵢ + rtol·max(|yₙᵢ|, |y_{n+1,i}|); a step is
/// accepted when it is ≤ 1. Step sizes follow a PI controller with k = 4 (<see cref="PiStepController"/>).</para>
/// <para>Dense output: the order-3 continuous extension of RODAS (same source, coefficients D21…D35 of rodas.f),
/// y(tₙ + θh) = (1−θ) yₙ + θ [y_{n+1} + (1−θ)(Σⱼ d₂ⱼuⱼ + θ Σⱼ d₃ⱼuⱼ)].</para>
/// <para>Jacobian: the analytic one when given, otherwise forward differences column by column with
/// increment δⱼ = √(ε·max(10⁻⁵, |yⱼ|)) (as in rodas.f); ∂f/∂t always by a forward difference with
/// δ = √(ε·max(10⁻⁵, |t|)). J is formed once per accepted step (reused after a rejection); the matrix
/// (1/(γh) I − J) is factorised by <see cref="DenseLu"/>. All work arrays are allocated once per
/// <see cref="AdaptiveOdeIntegrator.Integrate"/> call: the step loop allocates nothing.</para>
/// </remarks>
public sealed class Rodas4 : AdaptiveOdeIntegrator
{
    private const double Gamma = 0.25;

    // Hairer & Wanner, rodas.f (METH = 1): stage abscissae αᵢ and ∂f/∂t weights γᵢ.
    private const double Alpha2 = 0.386, Alpha3 = 0.21, Alpha4 = 0.63;
    private const double Gamma1 = 0.25, Gamma2 = -0.1043, Gamma3 = 0.1035, Gamma4 = -0.3620000000000023e-01;

    // aᵢⱼ (stage arguments); a₆ⱼ = a₅ⱼ, a₆₅ = 1.
    private const double A21 = 0.1544000000000000e+01;
    private const double A31 = 0.9466785280815826e+00, A32 = 0.2557011698983284e+00;
    private const double A41 = 0.3314825187068521e+01, A42 = 0.2896124015972201e+01, A43 = 0.9986419139977817e+00;
    private const double A51 = 0.1221224509226641e+01, A52 = 0.6019134481288629e+01, A53 = 0.1253708332932087e+02, A54 = -0.6878860361058950e+00;

    // cᵢⱼ (coupling of earlier stages into the right-hand side of stage i).
    private const double C21 = -0.5668800000000000e+01;
    private const double C31 = -0.2430093356833875e+01, C32 = -0.2063599157091915e+00;
    private const double C41 = -0.1073529058151375e+00, C42 = -0.9594562251023355e+01, C43 = -0.2047028614809616e+02;
    private const double C51 = 0.7496443313967647e+01, C52 = -0.1024680431464352e+02, C53 = -0.3399990352819905e+02, C54 = 0.1170890893206160e+02;
    private const double C61 = 0.8083246795921522e+01, C62 = -0.7981132988064893e+01, C63 = -0.3152159432874371e+02, C64 = 0.1631930543123136e+02, C65 = -0.6058818238834054e+01;

    // Dense output coefficients d₂ⱼ, d₃ⱼ.
    private const double D21 = 0.1012623508344586e+02, D22 = -0.7487995877610167e+01, D23 = -0.3480091861555747e+02, D24 = -0.7992771707568823e+01, D25 = 0.1025137723295662e+01;
    private const double D31 = -0.6762803392801253e+00, D32 = 0.6087714651680015e+01, D33 = 0.1643084320892478e+02, D34 = 0.2476722511418386e+02, D35 = -0.6594389125716872e+01;

    /// <summary>Creates the integrator (stateless: one instance may serve concurrent integrations).</summary>
    public Rodas4()
        : base(nameof(Rodas4), embeddedOrder: 3, growthLimit: 6.0)
    {
    }

    private protected override OdeStepper NewStepper(OdeRightHandSide rhs, OdeJacobian? jacobian, int n) => new Workspace(rhs, jacobian, n);

    /// <summary>Forms J (analytic or by forward differences) and ∂f/∂t; returns the number of rhs calls used.</summary>
    private static int FormJacobian(OdeRightHandSide rhs, OdeJacobian? jacobian, double t, Workspace w)
    {
        int n = w.N;
        int calls = 0;
        if (jacobian is not null)
        {
            jacobian(t, w.Y, w.Jacobian);
        }
        else
        {
            for (int j = 0; j < n; j++)
            {
                double saved = w.Y[j];
                double delta = OdeSupport.DifferenceIncrement(saved);
                w.Y[j] = saved + delta;
                delta = w.Y[j] - saved;
                rhs(t, w.Y, w.FStage);
                calls++;
                w.Y[j] = saved;
                for (int i = 0; i < n; i++)
                {
                    w.Jacobian[i * n + j] = (w.FStage[i] - w.F0[i]) / delta;
                }
            }
        }

        double deltaT = OdeSupport.DifferenceIncrement(t);
        rhs(t + deltaT, w.Y, w.FStage);
        calls++;
        for (int i = 0; i < n; i++)
        {
            w.DfDt[i] = (w.FStage[i] - w.F0[i]) / deltaT;
        }

        return calls;
    }

    /// <summary>Builds (1/(γh) I − J) into the LU storage and factorises it.</summary>
    private static bool FactorIterationMatrix(Workspace w, double h)
    {
        int n = w.N;
        double[] m = w.Lu.Matrix;
        double diagonal = 1.0 / (Gamma * h);
        for (int k = 0; k < m.Length; k++)
        {
            m[k] = -w.Jacobian[k];
        }

        for (int i = 0; i < n; i++)
        {
            m[i * n + i] += diagonal;
        }

        return w.Lu.Factor();
    }

    /// <summary>The six stages; leaves y_{n+1} in YNew and the error estimate u₆ in U[5].</summary>
    private static void ComputeStages(OdeRightHandSide rhs, double t, double h, Workspace w)
    {
        int n = w.N;
        double[] y = w.Y, f0 = w.F0, ft = w.DfDt, ys = w.YStage, fs = w.FStage;
        double[] u1 = w.U[0], u2 = w.U[1], u3 = w.U[2], u4 = w.U[3], u5 = w.U[4], u6 = w.U[5];
        double inverseH = 1.0 / h;

        for (int i = 0; i < n; i++)
        {
            u1[i] = f0[i] + h * Gamma1 * ft[i];
        }

        w.Lu.Solve(u1);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A21 * u1[i];
        }

        rhs(t + Alpha2 * h, ys, fs);
        for (int i = 0; i < n; i++)
        {
            u2[i] = fs[i] + h * Gamma2 * ft[i] + C21 * u1[i] * inverseH;
        }

        w.Lu.Solve(u2);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A31 * u1[i] + A32 * u2[i];
        }

        rhs(t + Alpha3 * h, ys, fs);
        for (int i = 0; i < n; i++)
        {
            u3[i] = fs[i] + h * Gamma3 * ft[i] + (C31 * u1[i] + C32 * u2[i]) * inverseH;
        }

        w.Lu.Solve(u3);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A41 * u1[i] + A42 * u2[i] + A43 * u3[i];
        }

        rhs(t + Alpha4 * h, ys, fs);
        for (int i = 0; i < n; i++)
        {
            u4[i] = fs[i] + h * Gamma4 * ft[i] + (C41 * u1[i] + C42 * u2[i] + C43 * u3[i]) * inverseH;
        }

        w.Lu.Solve(u4);

        for (int i = 0; i < n; i++)
        {
            ys[i] = y[i] + A51 * u1[i] + A52 * u2[i] + A53 * u3[i] + A54 * u4[i];
        }

        rhs(t + h, ys, fs);
        for (int i = 0; i < n; i++)
        {
            u5[i] = fs[i] + (C51 * u1[i] + C52 * u2[i] + C53 * u3[i] + C54 * u4[i]) * inverseH;
        }

        w.Lu.Solve(u5);

        for (int i = 0; i < n; i++)
        {
            ys[i] += u5[i];
        }

        rhs(t + h, ys, fs);
        for (int i = 0; i < n; i++)
        {
            u6[i] = fs[i] + (C61 * u1[i] + C62 * u2[i] + C63 * u3[i] + C64 * u4[i] + C65 * u5[i]) * inverseH;
        }

        w.Lu.Solve(u6);

        for (int i = 0; i < n; i++)
        {
            w.YNew[i] = ys[i] + u6[i];
        }
    }

    /// <summary>Stores the dense-output polynomials of the accepted step (before Y and YNew are swapped).</summary>
    private static void PrepareDense(Workspace w)
    {
        double[] u1 = w.U[0], u2 = w.U[1], u3 = w.U[2], u4 = w.U[3], u5 = w.U[4];
        for (int i = 0; i < w.N; i++)
        {
            w.DenseOutput.YStart[i] = w.Y[i];
            w.DenseOutput.Cont3[i] = D21 * u1[i] + D22 * u2[i] + D23 * u3[i] + D24 * u4[i] + D25 * u5[i];
            w.DenseOutput.Cont4[i] = D31 * u1[i] + D32 * u2[i] + D33 * u3[i] + D34 * u4[i] + D35 * u5[i];
        }
    }

    /// <summary>All arrays of one integration, allocated once; F0 holds f(t, Y).</summary>
    private sealed class Workspace : OdeStepper
    {
        private readonly OdeRightHandSide rhs;
        private readonly OdeJacobian? jacobian;
        private bool needJacobian = true;

        public Workspace(OdeRightHandSide rhs, OdeJacobian? jacobian, int n)
            : base(n)
        {
            this.rhs = rhs;
            this.jacobian = jacobian;
            F0 = new double[n];
            DfDt = new double[n];
            FStage = new double[n];
            U = StageVectors(6);
            Jacobian = new double[n * n];
            Lu = new DenseLu(n);
            DenseOutput = new RodasDenseOutput(n);
        }

        public override double[] F => F0;

        public override double[] ScratchF => FStage;

        public override IDenseOutput Dense => DenseOutput;

        public double[] F0 { get; }

        public double[] DfDt { get; }

        public double[] FStage { get; }

        /// <summary>The stage increments u₁…u₆.</summary>
        public double[][] U { get; }

        public double[] Jacobian { get; }

        public DenseLu Lu { get; }

        public RodasDenseOutput DenseOutput { get; }

        /// <summary>Forms J once per accepted step (kept after a rejection), factorises (1/(γh) I − J), runs the stages.</summary>
        public override double TryStep(double t, double h, double tEnd, double[] atol, double rtol)
        {
            if (needJacobian)
            {
                RhsCalls += FormJacobian(rhs, jacobian, t, this);
                JacobianCount++;
                needJacobian = false;
            }

            Decompositions++;
            if (!FactorIterationMatrix(this, h))
            {
                return double.NaN;
            }

            ComputeStages(rhs, t, h, this);
            RhsCalls += 5;
            return OdeSupport.ErrorNorm(U[5], Y, YNew, atol, rtol);
        }

        /// <summary>Swaps in y_{n+1} and evaluates f there (RODAS is not first-same-as-last).</summary>
        public override void Accept(double t, double tNew, double h)
        {
            if (DenseRequested)
            {
                PrepareDense(this);
            }

            AdvanceState();
            DenseOutput.Set(t, tNew, h, Y);
            rhs(tNew, Y, F0);
            RhsCalls++;
            needJacobian = true;
        }

        public override void CheckAccepted(double t, double h)
        {
            if (!OdeSupport.AllFinite(F0))
            {
                throw new OdeConvergenceException("Rodas4: right-hand side is not finite at an accepted point", t, h);
            }
        }
    }

    /// <summary>The order-3 continuous extension of RODAS over the last accepted step.</summary>
    private sealed class RodasDenseOutput : StepDenseOutput
    {
        private double[] yEnd;

        public RodasDenseOutput(int n)
            : base(n)
        {
            YStart = new double[n];
            Cont3 = new double[n];
            Cont4 = new double[n];
            yEnd = YStart;
        }

        public double[] YStart { get; }

        public double[] Cont3 { get; }

        public double[] Cont4 { get; }

        /// <summary>Points the output at a new step ending at <paramref name="yEndArray"/> (the accepted state).</summary>
        public void Set(double tStart, double tEnd, double stepSize, double[] yEndArray)
        {
            Set(tStart, tEnd, stepSize);
            yEnd = yEndArray;
        }

        protected override void Interpolate(double theta, Span<double> y)
        {
            double theta1 = 1 - theta;
            for (int i = 0; i < YStart.Length; i++)
            {
                y[i] = theta1 * YStart[i] + theta * (yEnd[i] + theta1 * (Cont3[i] + theta * Cont4[i]));
            }
        }
    }
}
