namespace Freestream.Distributions;

/// <summary>One population of a momentum spectrum (e.g. the cold equilibrium-decay and the hot late-decay peak, MT15).</summary>
/// <param name="PeakQ">Position of the maximum of the number per ln q, q³ f(q).</param>
/// <param name="NumberFraction">Fraction of all particles in this component, ∫q²f dq over its q range / total.</param>
/// <param name="MeanQ">⟨q⟩ of the component.</param>
/// <param name="LowerQ">Lower end of the component's q range (a dip of q³ f, or the table start).</param>
/// <param name="UpperQ">Upper end of the component's q range.</param>
public sealed record SpectrumComponent(double PeakQ, double NumberFraction, double MeanQ, double LowerQ, double UpperQ);
