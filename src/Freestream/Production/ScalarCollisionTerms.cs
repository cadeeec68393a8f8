using System.Numerics;
using System.Runtime.InteropServices;

namespace Freestream.Production;

/// <summary>
/// The collision term of f_S on the S nodes at one temperature, written as
/// C_j = a_j − (L_j[f] + d_j) f_j: gain a_j (independent of f_S), loss rate L_j[f] linear in f_S
/// (annihilation and inverse h-decay), and decay rate d_j = Γ_S m_S/E_j (docs/physics/scalar_decay.md §3).
/// </summary>
/// <remarks>
/// Regime I uses the closed-form moment of §3.2; its quadrature Σ w_k k²/E_k f_k is spectrally accurate, so
/// the detailed-balance identity a_j = f_eq,j L_j[f_eq] holds to ~10⁻¹⁰.
/// Regimes II/III use the kernel K_jk = (k/E_k)(𝒲(s₊) − 𝒲(s₋)) w_k /(32π²E_j p_j) for both gain
/// (a_j = Σ_k K_jk e^{−(E_j+E_k)/T}) and loss (L_j = Σ_k K_jk f_k), so equilibrium is an exact fixed point
/// of the discrete equations. The h ↔ SS loss uses piecewise-linear (in E) weights over the partner range,
/// row-normalised so that f_eq is again an exact fixed point (while T resolves the grid), with the closed-form gain.
/// </remarks>
internal sealed class ScalarCollisionTerms
{
    private readonly ScalarDecayModel model;
    private readonly ComovingMomentumGrid grid;
    private readonly BrokenPhaseAnnihilationTable? table;
    private readonly int n;
    private readonly double[] momentum;
    private readonly double[] energy;
    private readonly double[] equilibrium;
    private readonly double[] gain;
    private readonly double[] decay;
    private readonly double[] kernel;
    private readonly double[] momentWeight;
    private readonly double[] symmetricPrefactor;
    private ScalarDecayRegime regime;

    public ScalarCollisionTerms(ScalarDecayModel model, ComovingMomentumGrid grid, double maxBrokenPhaseTemperatureGeV)
    {
        this.model = model;
        this.grid = grid;
        n = grid.ScalarCount;
        momentum = new double[n];
        energy = new double[n];
        equilibrium = new double[n];
        gain = new double[n];
        decay = new double[n];
        kernel = new double[n * n];
        momentWeight = new double[n];
        symmetricPrefactor = new double[n];
        if (model.ElectroweakTemperatureGeV > 0)
        {
            double kMax = grid.Xi[grid.ScalarStart + n - 1] * maxBrokenPhaseTemperatureGeV;
            double eMax = Math.Sqrt(kMax * kMax + model.ScalarMassGeV * model.ScalarMassGeV);
            double higgsWidth = HiggsSectorParameters.HiggsWidthGeV + ScalarDecayWidths.HiggsToScalars(model.Lambda, model.ScalarMassGeV);
            table = new BrokenPhaseAnnihilationTable(model.Lambda, model.ScalarMassGeV, higgsWidth, 4 * eMax * eMax);
        }
    }

    /// <summary>Number of S nodes.</summary>
    public int Count => n;

    /// <summary>Gain a_j per unit time (GeV).</summary>
    public ReadOnlySpan<double> Gain => gain;

    /// <summary>Decay rate d_j = Γ_S m_S/E_j (GeV).</summary>
    public ReadOnlySpan<double> Decay => decay;

    /// <summary>e^{−E_j/T}.</summary>
    public ReadOnlySpan<double> Equilibrium => equilibrium;

    /// <summary>Energies E_j in GeV at the prepared temperature.</summary>
    public ReadOnlySpan<double> Energy => energy;

    /// <summary>
    /// Evaluates the rates at temperature T with physical momenta p_j = ξ_j T̃ (T̃ = T (g*s(T)/g*s(T_ref))^{1/3}).
    /// With <paramref name="collisions"/> false only the decay rates are set (production over).
    /// </summary>
    public void Prepare(ScalarDecayRegime currentRegime, double temperatureGeV, double comovingTemperatureGeV, bool collisions)
    {
        regime = currentRegime;
        double mS = model.ScalarMassGeV;
        double width = model.ScalarWidthGeV;
        for (int j = 0; j < n; j++)
        {
            double p = grid.Xi[grid.ScalarStart + j] * comovingTemperatureGeV;
            momentum[j] = p;
            energy[j] = Math.Sqrt(p * p + mS * mS);
            equilibrium[j] = Math.Exp(-energy[j] / temperatureGeV);
            decay[j] = width * mS / energy[j];
            gain[j] = 0;
        }

        if (!collisions)
        {
            return;
        }

        if (regime == ScalarDecayRegime.I)
        {
            PrepareSymmetricPhase(temperatureGeV);
        }
        else
        {
            PrepareBrokenPhase();
            for (int j = 0; j < n; j++)
            {
                gain[j] = Dot(kernel.AsSpan(j * n, n), equilibrium) * equilibrium[j];
            }

            if (regime == ScalarDecayRegime.III)
            {
                AddHiggsDecay(temperatureGeV);
            }
        }
    }

    /// <summary>Loss rates L_j[f] (GeV) of annihilation and inverse decay for the occupation f on the S nodes.</summary>
    public void LossRates(ReadOnlySpan<double> f, Span<double> loss)
    {
        if (regime == ScalarDecayRegime.I)
        {
            double moment = 0;
            for (int k = 0; k < n; k++)
            {
                moment += momentWeight[k] * f[k];
            }

            for (int j = 0; j < n; j++)
            {
                loss[j] = symmetricPrefactor[j] * moment;
            }

            return;
        }

        for (int j = 0; j < n; j++)
        {
            loss[j] = Dot(kernel.AsSpan(j * n, n), f);
        }
    }

    /// <summary>Σ_k row_k x_k, vectorised (the matrix–vector products are the inner loop of the implicit annihilation step).</summary>
    private static double Dot(ReadOnlySpan<double> row, ReadOnlySpan<double> x)
    {
        double sum = 0;
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var rowVectors = MemoryMarshal.Cast<double, Vector<double>>(row);
            var xVectors = MemoryMarshal.Cast<double, Vector<double>>(x[..row.Length]);
            var partial = Vector<double>.Zero;
            for (int v = 0; v < rowVectors.Length; v++)
            {
                partial += rowVectors[v] * xVectors[v];
            }

            sum = Vector.Sum(partial);
            k = rowVectors.Length * Vector<double>.Count;
        }

        for (; k < row.Length; k++)
        {
            sum += row[k] * x[k];
        }

        return sum;
    }

    private void PrepareSymmetricPhase(double temperatureGeV)
    {
        double lambda = model.Lambda;
        for (int j = 0; j < n; j++)
        {
            double k = momentum[j];
            momentWeight[j] = k * k * k * grid.LogStep / energy[j];
            symmetricPrefactor[j] = ScalarDecayRatesSymmetricPhase.Prefactor(lambda, energy[j]);
            gain[j] = ScalarDecayRatesSymmetricPhase.Gain(lambda, model.ScalarMassGeV, energy[j], temperatureGeV);
        }
    }

    private void PrepareBrokenPhase()
    {
        double m2 = model.ScalarMassGeV * model.ScalarMassGeV;
        double logStep = grid.LogStep;
        var t = table!;
        Span<double> sPlus = n <= 512 ? stackalloc double[n] : new double[n];
        Span<double> sMinus = n <= 512 ? stackalloc double[n] : new double[n];
        for (int j = 0; j < n; j++)
        {
            double pj = momentum[j];
            double ej = energy[j];
            for (int k = j; k < n; k++)
            {
                double pk = momentum[k];
                double product = ej * energy[k] + pj * pk;
                sPlus[k - j] = 2 * m2 + 2 * product;
                sMinus[k - j] = 2 * m2 + 2 * m2 * (pj * pj + pk * pk + m2) / product;
            }

            // Row j from the diagonal on, 𝒲(s₊) − 𝒲(s₋), then mirrored into column j.
            var row = kernel.AsSpan(j * n + j, n - j);
            t.Differences(sMinus[..(n - j)], sPlus[..(n - j)], row);
            for (int k = j + 1; k < n; k++)
            {
                kernel[k * n + j] = row[k - j];
            }
        }

        for (int j = 0; j < n; j++)
        {
            double rowFactor = 1 / (32 * Math.PI * Math.PI * energy[j] * momentum[j]);
            int row = j * n;
            for (int k = 0; k < n; k++)
            {
                double pk = momentum[k];
                kernel[row + k] *= rowFactor * pk * pk * logStep / energy[k];
            }
        }
    }

    /// <summary>
    /// Adds h ↔ SS: the closed-form gain, and the loss ∫f_S dE over the partner range with piecewise-linear
    /// weights in E, normalised row by row to the equilibrium value. The normalisation (exact over quadrature
    /// of ∫e^{−E/T} dE) is limited to [½, 2]: once T is far below the E spacing of the nodes the quadrature cannot
    /// resolve e^{−E/T}, h ↔ SS is Boltzmann-suppressed anyway, and the plain quadrature of ∫f_S dE is the right loss.
    /// </summary>
    private void AddHiggsDecay(double temperatureGeV)
    {
        double mS = model.ScalarMassGeV;
        double lambda = model.Lambda;
        Span<double> weights = n <= 512 ? stackalloc double[n] : new double[n];
        for (int j = 0; j < n; j++)
        {
            gain[j] += ScalarDecayRatesHiggsDecay.Gain(lambda, mS, momentum[j], energy[j], temperatureGeV);
            var (low, high) = ScalarDecayRatesHiggsDecay.HiggsEnergyRange(momentum[j], energy[j], mS);
            double a = low - energy[j];
            double b = high - energy[j];
            weights.Clear();
            PiecewiseLinearWeights(a, b, weights);
            double normalisation = 0;
            for (int k = 0; k < n; k++)
            {
                if (weights[k] > 0)
                {
                    normalisation += weights[k] * Math.Exp(Math.Min(700, -(energy[k] - a) / temperatureGeV));
                }
            }

            if (normalisation <= 0)
            {
                continue;
            }

            double exactOverQuadrature = Math.Clamp(temperatureGeV * -double.ExpM1(-(b - a) / temperatureGeV) / normalisation, 0.5, 2);
            double scale = ScalarDecayRatesHiggsDecay.Prefactor(lambda, momentum[j], energy[j]) * exactOverQuadrature;
            int row = j * n;
            for (int k = 0; k < n; k++)
            {
                kernel[row + k] += scale * weights[k];
            }
        }
    }

    /// <summary>Weights w_k with ∫_a^b f(E) dE ≈ Σ w_k f_k for f linear in E between nodes, constant below the first node, zero above the last.</summary>
    private void PiecewiseLinearWeights(double a, double b, Span<double> weights)
    {
        double mS = model.ScalarMassGeV;
        double first = energy[0];
        if (a < first)
        {
            weights[0] += Math.Max(0, Math.Min(b, first) - Math.Max(a, mS));
        }

        for (int k = 0; k < n - 1; k++)
        {
            double e0 = energy[k];
            double e1 = energy[k + 1];
            if (e1 <= a)
            {
                continue;
            }

            if (e0 >= b)
            {
                break;
            }

            double c = Math.Max(a, e0);
            double d = Math.Min(b, e1);
            double h = e1 - e0;
            weights[k] += ((e1 - c) * (e1 - c) - (e1 - d) * (e1 - d)) / (2 * h);
            weights[k + 1] += ((d - e0) * (d - e0) - (c - e0) * (c - e0)) / (2 * h);
        }
    }
}
