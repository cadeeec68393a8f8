namespace Freestream.Numerics;

/// <summary>
/// The step loop shared by the adaptive one-step integrators (<see cref="DormandPrince54"/>, <see cref="Rodas4"/>):
/// argument checks, the starting step of Hairer, Nørsett &amp; Wanner (Solving ODEs I, §II.4), the step-count and
/// step-underflow guards, the last step fitted to end exactly at t1, acceptance when the weighted RMS error norm
/// (HNW I §II.4, eq. (4.11)) is ≤ 1, and PI step-size control (<see cref="PiStepController"/>). A method supplies
/// its stages, error estimate and dense output as an <see cref="OdeStepper"/>.
/// </summary>
public abstract class AdaptiveOdeIntegrator : IOdeIntegrator
{
    private protected AdaptiveOdeIntegrator(string name, int embeddedOrder, double growthLimit)
    {
        Name = name;
        EmbeddedOrder = embeddedOrder;
        GrowthLimit = growthLimit;
    }

    /// <summary>Method name in error messages.</summary>
    private protected string Name { get; }

    /// <summary>Order of the embedded (error-estimating) solution: the local error is ∝ h^(order+1).</summary>
    private protected int EmbeddedOrder { get; }

    /// <summary>Largest factor by which the step may grow after an accepted step.</summary>
    private protected double GrowthLimit { get; }

    /// <inheritdoc />
    public OdeStatistics Integrate(
        OdeRightHandSide rhs,
        double t0,
        Span<double> y,
        double t1,
        OdeOptions options,
        OdeJacobian? jacobian = null,
        Action<IDenseOutput>? onStep = null)
    {
        double[] atol = OdeSupport.Validate(rhs, t0, y, t1, options);
        if (t0 == t1)
        {
            return new OdeStatistics(0, 0, 0, 0, 0);
        }

        var stepper = NewStepper(rhs, jacobian, y.Length);
        stepper.DenseRequested = onStep is not null;
        y.CopyTo(stepper.Y);
        try
        {
            return Run(rhs, t0, t1, options, atol, onStep, stepper);
        }
        finally
        {
            stepper.Y.CopyTo(y);
        }
    }

    /// <summary>The work arrays and stages of one integration of an n-component system.</summary>
    private protected abstract OdeStepper NewStepper(OdeRightHandSide rhs, OdeJacobian? jacobian, int n);

    private OdeStatistics Run(
        OdeRightHandSide rhs, double t0, double t1, OdeOptions options, double[] atol,
        Action<IDenseOutput>? onStep, OdeStepper stepper)
    {
        double direction = Math.Sign(t1 - t0);
        int accepted = 0, rejected = 0;
        var controller = new PiStepController(EmbeddedOrder + 1, GrowthLimit);

        double t = t0;
        rhs(t, stepper.Y, stepper.F);
        stepper.RhsCalls++;
        if (!OdeSupport.AllFinite(stepper.F))
        {
            throw new OdeConvergenceException($"{Name}: right-hand side is not finite at the initial point", t, 0);
        }

        double h = OdeSupport.StartingStep(rhs, t0, stepper.Y, stepper.F, t1, options, atol, EmbeddedOrder, stepper.YStage, stepper.ScratchF);
        stepper.RhsCalls += options.InitialStep > 0 ? 0 : 1;
        bool lastFailureNonFinite = false;

        while (true)
        {
            OdeSupport.CheckStep(Name, accepted + rejected, options, t, h, lastFailureNonFinite);
            bool last = OdeSupport.FitLastStep(t, t1, direction, ref h);
            double tNew = last ? t1 : t + h;

            double error = stepper.TryStep(t, h, tNew, atol, options.RelativeTolerance);
            if (!(error <= 1.0))
            {
                rejected++;
                lastFailureNonFinite = !double.IsFinite(error);
                h *= controller.RejectedFactor(error);
                continue;
            }

            accepted++;
            lastFailureNonFinite = false;
            stepper.Accept(t, tNew, h);
            t = tNew;
            onStep?.Invoke(stepper.Dense);
            if (last)
            {
                break;
            }

            stepper.CheckAccepted(t, h);
            h = OdeSupport.LimitStep(h * controller.AcceptedFactor(error), direction, options);
        }

        return new OdeStatistics(accepted, rejected, stepper.RhsCalls, stepper.JacobianCount, stepper.Decompositions);
    }
}
