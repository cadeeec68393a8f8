namespace Freestream.Numerics;

/// <summary>
/// One method's part of an <see cref="AdaptiveOdeIntegrator"/> integration: the state, its work arrays (allocated
/// once per integration), the stages of a trial step with their error norm, and the dense output of the accepted step.
/// </summary>
internal abstract class OdeStepper
{
    /// <summary>The state y(t) at the start of the current step.</summary>
    public abstract double[] Y { get; }

    /// <summary>f(t, Y): the driver fills it at the initial point; the method keeps it current after accepted steps.</summary>
    public abstract double[] F { get; }

    /// <summary>Scratch vector of length n (a trial state) for the starting-step estimate.</summary>
    public abstract double[] ScratchY { get; }

    /// <summary>Scratch vector of length n (a trial slope) for the starting-step estimate.</summary>
    public abstract double[] ScratchF { get; }

    /// <summary>The continuous extension over the last accepted step.</summary>
    public abstract IDenseOutput Dense { get; }

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
}
