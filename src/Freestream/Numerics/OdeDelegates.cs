namespace Freestream.Numerics;

/// <summary>
/// Right-hand side f(t, y) of the first-order system dy/dt = f(t, y). Implementations write f into
/// <paramref name="dydt"/> (same length as <paramref name="y"/>) and must not allocate: integrators
/// call it many times per step.
/// </summary>
/// <param name="t">Independent variable.</param>
/// <param name="y">State at <paramref name="t"/>; must not be modified.</param>
/// <param name="dydt">Receives f(t, y).</param>
public delegate void OdeRightHandSide(double t, ReadOnlySpan<double> y, Span<double> dydt);

/// <summary>
/// Jacobian ∂f/∂y of an <see cref="OdeRightHandSide"/>, written row-major into an n×n span:
/// <c>jacobian[i * n + j] = ∂f_i/∂y_j</c>. Every element must be written (zeros included).
/// </summary>
/// <param name="t">Independent variable.</param>
/// <param name="y">State at <paramref name="t"/>; must not be modified.</param>
/// <param name="jacobian">Receives the n×n Jacobian, row-major.</param>
public delegate void OdeJacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian);
