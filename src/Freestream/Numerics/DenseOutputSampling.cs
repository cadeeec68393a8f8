namespace Freestream.Numerics;

/// <summary>
/// Samples a backward ODE integration on the uniform nodes t_i = i h as the integrator passes them,
/// from the dense output of each accepted step (no interpolation between separately stored steps).
/// </summary>
public static class DenseOutputSampling
{
    /// <summary>
    /// Builds an <c>onStep</c> callback for an integration running towards smaller t: after each step it
    /// evaluates y(i h) for every node i ≤ <paramref name="lastNode"/> not yet visited that the step has
    /// reached (i h ≥ t_end of the step), in descending order, and hands (i, y) to <paramref name="store"/>.
    /// </summary>
    /// <param name="lastNode">Highest node to sample (the first one the integration reaches).</param>
    /// <param name="step">Node spacing h.</param>
    /// <param name="dimension">Number of unknowns n of the system.</param>
    /// <param name="store">Receives the node index and y at that node (the buffer is reused).</param>
    public static Action<IDenseOutput> DescendingUniformNodes(int lastNode, double step, int dimension, Action<int, double[]> store)
    {
        var buffer = new double[dimension];
        int next = lastNode;
        return dense =>
        {
            while (next >= 0 && next * step >= dense.TEnd)
            {
                dense.Evaluate(next * step, buffer);
                store(next, buffer);
                next--;
            }
        };
    }
}
