namespace Freestream.Numerics;

/// <summary>
/// The exponential (integrating-factor) step of a linear relaxation equation dy/dt = Γ(t) (y_eq(t) − y), with Γ and y_eq
/// frozen at the middle of the step: y ← y + (y_eq − y)(1 − e^{−γ}), γ = ∫Γ dt over the step.
/// </summary>
/// <remarks>
/// Exact for constant coefficients, unconditionally stable (0 ≤ 1 − e^{−γ} &lt; 1 for any γ ≥ 0, so y never overshoots
/// y_eq however stiff the step), and second order in the step for smooth Γ(t) and y_eq(t) (midpoint rule in γ and y_eq;
/// convergence test in LinearRelaxationTests). For an equation without coupling between components it is a quadrature:
/// y(t) = y(t₀) e^{−τ} + ∫ Γ y_eq e^{−(τ(t) − τ(t′))} dt′ with the optical depth τ = ∫Γ dt evaluated by the midpoint rule.
/// Used by the Dodelson–Widrow and Shi–Fuller production solvers (docs/architecture.md, "How the production solvers
/// integrate").
/// </remarks>
public static class LinearRelaxation
{
    /// <summary>The change of y over one step: (y_eq − y)(1 − e^{−γ}), with γ = Γ Δt ≥ 0 the step's optical depth.</summary>
    public static double Change(double value, double equilibrium, double exponent) =>
        (equilibrium - value) * -double.ExpM1(-exponent);
}
