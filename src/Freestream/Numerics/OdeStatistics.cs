namespace Freestream.Numerics;

/// <summary>Work counters of one <see cref="IOdeIntegrator.Integrate"/> call.</summary>
/// <param name="AcceptedSteps">Steps whose error estimate passed the tolerance test.</param>
/// <param name="RejectedSteps">Steps repeated with a smaller step size.</param>
/// <param name="RhsEvaluations">Calls of the right-hand side, including those for finite-difference Jacobians.</param>
/// <param name="JacobianEvaluations">Jacobians formed (analytic calls or finite-difference approximations).</param>
/// <param name="Decompositions">LU decompositions of the iteration matrix (0 for explicit methods).</param>
public sealed record OdeStatistics(int AcceptedSteps, int RejectedSteps, int RhsEvaluations, int JacobianEvaluations, int Decompositions);
