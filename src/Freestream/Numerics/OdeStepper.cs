namespace Freestream.Numerics;

/// <summary>
/// One method's part of an <see cref="AdaptiveOdeIntegrator"/> integration: the state, its work arrays (allocated
/// once per integration), the stages of a trial step with their error norm, and the dense output of the accepted step.
/// </summary>
internal abstract class OdeStepper
{
    /// <summary>Allocates the state vectors of an n-component system.</summary>
    protected OdeStepper(int n)
    {
        N = n;
        Y = new double[n];
        YNew = new double[n];
        YStage = new double[n];
    }

    /// <summary>Number of components.</summary>
    public int N { get; }

    /// <summary>The state y(t) at the start of the current step.</summary>
    public double[] Y { get; private set; }

    /// <summary>The trial solution y(t + h) of the last <see cref="TryStep"/>.</summary>
    public double[] YNew { get; private set; }

    /// <summary>Argument of the stage evaluations; a trial state for the starting-step estimate.</summary>
    public double[] YStage { get; }

    /// <summary>f(t, Y): the driver fills it at the initial point; the method keeps it current after accepted steps.</summary>
    public abstract double[] F { get; }

    /// <summary>Scratch vector of length n (a trial slope) for the starting-step estimate.</summary>
    public abstract double[] ScratchF { get; }

    /// <summary>The continuous extension over the last accepted step (kept current only when <see cref="DenseRequested"/>).</summary>
    public abstract IDenseOutput Dense { get; }

    /// <summary>
    /// Whether the caller reads <see cref="Dense"/> after each step; when not, a method skips preparing it (for the
    /// Dormand–Prince pair that is five vector combinations per step, a few per cent of a large system's step).
    /// </summary>
    public bool DenseRequested { get; set; }

    /// <summary>Right-hand side evaluations so far (the driver's and the method's).</summary>
    public int RhsCalls { get; set; }

    /// <summary>Jacobians formed so far.</summary>
    public int JacobianCount { get; protected set; }

    /// <summary>LU decompositions so far.</summary>
    public int Decompositions { get; protected set; }

    /// <summary>
    /// Computes a trial step of signed size <paramref name="h"/> from (t, Y) ending at <paramref name="tEnd"/>
    /// (t + h, or t1 exactly on the last step) and returns its error norm: ≤ 1 accepts it; NaN when the step
    /// could not be formed.
    /// </summary>
    public abstract double TryStep(double t, double h, double tEnd, double[] atol, double rtol);

    /// <summary>Makes the trial step the current state and points <see cref="Dense"/> at [t, tNew].</summary>
    public abstract void Accept(double t, double tNew, double h);

    /// <summary>Checks the new state before the next step (after <see cref="Accept"/> and the onStep callback).</summary>
    /// <exception cref="OdeConvergenceException">The method cannot continue from the accepted state.</exception>
    public virtual void CheckAccepted(double t, double h)
    {
    }

    /// <summary>Vectors of length <see cref="N"/>, one per stage.</summary>
    protected double[][] StageVectors(int stages)
    {
        var vectors = new double[stages][];
        for (int s = 0; s < stages; s++)
        {
            vectors[s] = new double[N];
        }

        return vectors;
    }

    /// <summary>Makes the trial solution the current state (the old state's array becomes the next trial's).</summary>
    protected void AdvanceState() => (Y, YNew) = (YNew, Y);
}
