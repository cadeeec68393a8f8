using System.Globalization;
using Freestream.Numerics;
using MathNet.Numerics;
using MathNet.Numerics.RootFinding;
using static Freestream.Cosmology.RecombinationConstants;

namespace Freestream.Cosmology;

/// <summary>
/// Thermal history of the baryons: free-electron fraction, Thomson opacity, optical depth, matter
/// temperature and sound speed, tabulated once on a uniform grid in ln(1+z) and interpolated by cubic
/// Hermite polynomials (O(1), allocation-free accessors for the perturbation solver).
/// </summary>
/// <remarks>
/// Saha equilibrium of H, He I and He II above <see cref="ThermodynamicsSettings.RateEquationStartTemperatureK"/>;
/// below it the RECFAST rate equations for hydrogen, neutral helium and the matter temperature
/// (Seager, Sasselov &amp; Scott 1999, astro-ph/9909275; RECFAST 1.5: Wong, Moss &amp; Scott 2008,
/// arXiv:0711.1357) integrated with the stiff <see cref="Rodas4"/>; He III → He II stays in Saha
/// equilibrium. Reionisation is the CAMB/CLASS tanh in (1+z)^{3/2} (see <see cref="Reionization"/>) with its
/// midpoint found so that the optical depth up to its start equals
/// <see cref="CosmologyParameters.ReionizationOpticalDepth"/>; the matter temperature is then re-evolved
/// with the reionised electron fraction (Compton coupling only, no photo-heating, as CLASS by default).
/// </remarks>
public sealed class Thermodynamics
{
    private readonly double step;
    private readonly double maxLogRedshift;
    private readonly double heliumFraction;
    private readonly double heliumMassFraction;
    private readonly double cmbTemperatureK;
    private readonly double opacityToday;
    private readonly double fullIonization;
    private readonly UniformHermiteTable logFreeElectronFraction;
    private readonly UniformHermiteTable logBaryonTemperature;
    private readonly UniformHermiteTable opticalDepth;
    private readonly double opticalDepthSlopeAtMax;
    private readonly double opticalDepthLogSlopeAtMax;

    private Thermodynamics(
        double step,
        double maxLogRedshift,
        double heliumFraction,
        double heliumMassFraction,
        double cmbTemperatureK,
        double opacityToday,
        UniformHermiteTable logFreeElectronFraction,
        UniformHermiteTable logBaryonTemperature,
        UniformHermiteTable opticalDepth,
        double opticalDepthLogSlopeAtMax)
    {
        this.step = step;
        this.maxLogRedshift = maxLogRedshift;
        this.heliumFraction = heliumFraction;
        this.heliumMassFraction = heliumMassFraction;
        this.cmbTemperatureK = cmbTemperatureK;
        this.opacityToday = opacityToday;
        fullIonization = 1.0 + 2.0 * heliumFraction;
        this.logFreeElectronFraction = logFreeElectronFraction;
        this.logBaryonTemperature = logBaryonTemperature;
        this.opticalDepth = opticalDepth;
        opticalDepthSlopeAtMax = opticalDepth.LastSlope;
        this.opticalDepthLogSlopeAtMax = opticalDepthLogSlopeAtMax;
    }

    /// <summary>Redshift z_* of the maximum of the visibility function g(τ) = κ' e^{−κ} (CLASS's z_rec).</summary>
    public double RecombinationRedshift { get; private init; }

    /// <summary>
    /// Redshift at which the optical depth of recombination alone (reionisation left out) equals 1:
    /// the z_* of CAMB and of the Planck parameter tables (Planck 2018 VI, arXiv:1807.06209, table 2: 1089.92).
    /// </summary>
    public double OpticalDepthUnityRedshift { get; private init; }

    /// <summary>Midpoint z_re of the tanh hydrogen reionisation (0 when τ_reio = 0: no reionisation).</summary>
    public double ReionizationRedshift { get; private init; }

    /// <summary>Start of reionisation z_re + start factor × Δz (CLASS's definition); τ_reio = κ(this).</summary>
    public double ReionizationStartRedshift { get; private init; }

    /// <summary>
    /// Baryon drag redshift z_d where τ_d(z) = ∫ κ'/R dτ = 1, R = 3ρ_b/(4ρ_γ) (Hu &amp; Sugiyama 1996; the
    /// definition of CAMB and of the Planck tables).
    /// </summary>
    public double DragRedshift { get; private init; }

    /// <summary>Helium-to-hydrogen number ratio f_He = Y_p/(3.9715 (1 − Y_p)).</summary>
    public double HeliumFraction => heliumFraction;

    /// <summary>
    /// Computes the thermal history.
    /// </summary>
    /// <param name="cosmology">Physical inputs (ω_b, Y_p, T_CMB, τ_reio).</param>
    /// <param name="hubbleInvMpc">
    /// H(z)/c in 1/Mpc of the full background, as a function of z. Called once per grid node (≈ 13 800 times
    /// at the default settings) and interpolated in ln H between nodes.
    /// </param>
    /// <param name="settings">Precision and model knobs; null for <see cref="ThermodynamicsSettings.Default"/>.</param>
    /// <returns>The tabulated history.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter or setting is out of range, or τ_reio cannot be reached.</exception>
    /// <exception cref="ArgumentException">H(z) is not positive and finite.</exception>
    public static Thermodynamics Compute(
        CosmologyParameters cosmology,
        Func<double, double> hubbleInvMpc,
        ThermodynamicsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cosmology);
        ArgumentNullException.ThrowIfNull(hubbleInvMpc);
        cosmology.Validated();
        settings = (settings ?? ThermodynamicsSettings.Default).Validated();

        double y = cosmology.HeliumMassFraction;
        double heliumFraction = y / (HeliumToHydrogenMass * (1.0 - y));
        double hydrogenDensityToday = (1.0 - y) * cosmology.OmegaBaryonH2 * CriticalDensityOverH2 / HydrogenMass;
        double t0 = cosmology.CmbTemperatureK;

        double maxLogRedshift = Math.Log(1.0 + settings.MaxRedshift);
        int n = (int)Math.Ceiling(maxLogRedshift / settings.LogRedshiftStep) + 1;
        double h = maxLogRedshift / (n - 1);

        // H is sampled once on the grid and interpolated in ln H: the rate equations and the reionisation
        // quadrature then cost the same whatever the cost of the caller's H(z).
        var hubbleNodes = SampleHubble(hubbleInvMpc, n, h);
        var logHubble = UniformHermiteTable.FromValues(h, Log(hubbleNodes));
        double HubbleOfLogRedshift(double u) => Math.Exp(logHubble.Evaluate(u));

        var equations = new RecombinationRateEquations(HubbleOfLogRedshift, hydrogenDensityToday, heliumFraction, t0, settings.Scheme);
        var recombination = new double[n];
        var temperatureRatio = new double[n];
        double startLogRedshift = Math.Log(settings.RateEquationStartTemperatureK / t0);
        int firstSahaNode = FillSaha(recombination, temperatureRatio, h, startLogRedshift, hydrogenDensityToday, heliumFraction, t0);
        IntegrateRateEquations(equations, recombination, temperatureRatio, h, firstSahaNode - 1, startLogRedshift,
            hydrogenDensityToday, heliumFraction, t0, settings.RelativeTolerance);

        var logRecombination = Log(recombination);
        var recombinationTable = UniformHermiteTable.FromValues(h, logRecombination);

        // κ' = a n_e σ_T = x_e n_H0 σ_T (1+z)² in 1/Mpc.
        double opacityToday = hydrogenDensityToday * ThomsonCrossSection * Megaparsec;
        Reionization? reionization = FindReionization(
            cosmology.ReionizationOpticalDepth, recombinationTable, HubbleOfLogRedshift, opacityToday, heliumFraction, settings);

        var electrons = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z = Math.Exp(i * h) - 1.0;
            electrons[i] = reionization is null ? recombination[i] : reionization.FreeElectronFraction(z, recombination[i]);
        }

        if (reionization is not null)
        {
            ReevolveTemperature(equations, reionization, recombinationTable, temperatureRatio, h, t0, settings.RelativeTolerance);
        }

        var logElectrons = Log(electrons);
        var logTemperature = new double[n];
        for (int i = 0; i < n; i++)
        {
            logTemperature[i] = Math.Log(temperatureRatio[i] * t0) + i * h;
        }

        // dκ/du = (1+z) κ'/(H/c); also without reionisation (for z_*) and weighted by 1/R (baryon drag).
        double baryonToPhotonToday = 3.0 * cosmology.OmegaBaryonH2 * CriticalDensityOverH2
            * SpeedOfLight * SpeedOfLight / (4.0 * RadiationConstant * t0 * t0 * t0 * t0);
        var depthRate = new double[n];
        var depthRateNoReionization = new double[n];
        var dragRate = new double[n];
        for (int i = 0; i < n; i++)
        {
            double onePlusZ = Math.Exp(i * h);
            double perElectron = opacityToday * onePlusZ * onePlusZ * onePlusZ / hubbleNodes[i];
            depthRate[i] = electrons[i] * perElectron;
            depthRateNoReionization[i] = recombination[i] * perElectron;
            dragRate[i] = depthRate[i] * onePlusZ / baryonToPhotonToday;
        }

        var depth = new UniformHermiteTable(h, CumulativeIntegral(h, depthRate), depthRate);
        var depthNoReionization = new UniformHermiteTable(h, CumulativeIntegral(h, depthRateNoReionization), depthRateNoReionization);
        var drag = new UniformHermiteTable(h, CumulativeIntegral(h, dragRate), dragRate);
        double logSlopeAtMax = Math.Log(depthRate[n - 1] / depthRate[n - 2]) / h;

        var electronTable = UniformHermiteTable.FromValues(h, logElectrons);
        return new Thermodynamics(
            h, maxLogRedshift, heliumFraction, y, t0, opacityToday,
            electronTable, UniformHermiteTable.FromValues(h, logTemperature), depth, logSlopeAtMax)
        {
            RecombinationRedshift = VisibilityPeak(electronTable, depth, h, n),
            OpticalDepthUnityRedshift = CrossingRedshift(depthNoReionization, 1.0),
            DragRedshift = CrossingRedshift(drag, 1.0),
            ReionizationRedshift = reionization?.Redshift ?? 0.0,
            ReionizationStartRedshift = reionization?.StartRedshift ?? 0.0,
        };
    }

    /// <summary>Free-electron fraction x_e = n_e/n_H (can exceed 1: helium electrons).</summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double FreeElectronFraction(double z)
    {
        double u = Math.Log(1.0 + z);
        return u >= maxLogRedshift ? fullIonization : Math.Exp(logFreeElectronFraction.Evaluate(u));
    }

    /// <summary>Thomson opacity κ' = dκ/dτ = a n_e σ_T in 1/Mpc (comoving; τ conformal time).</summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double ThomsonOpacityInvMpc(double z)
    {
        double onePlusZ = 1.0 + z;
        return opacityToday * FreeElectronFraction(z) * onePlusZ * onePlusZ;
    }

    /// <summary>
    /// Logarithmic slope d ln κ'/d ln(1+z). With ℋ = aH/c: κ'' ≡ dκ'/dτ = −ℋ κ' × (this), so that
    /// τ_c'/τ_c = ℋ × (this) for τ_c = 1/κ'.
    /// </summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double ThomsonOpacityLogDerivative(double z)
    {
        double u = Math.Log(1.0 + z);
        return u >= maxLogRedshift ? 2.0 : 2.0 + logFreeElectronFraction.Derivative(u);
    }

    /// <summary>Baryon (matter) temperature T_b in K.</summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double BaryonTemperatureK(double z)
    {
        double u = Math.Log(1.0 + z);
        return u >= maxLogRedshift ? cmbTemperatureK * (1.0 + z) : Math.Exp(logBaryonTemperature.Evaluate(u));
    }

    /// <summary>
    /// Baryon sound speed squared in units of c²: c_s² = (k_B T_b/μ m_H c²)(1 − (1/3) d ln T_b/d ln a),
    /// μ⁻¹ = (1 − Y_p)(1 + x_e) + Y_p/3.9715 (Ma &amp; Bertschinger 1995, eq. 68; CLASS uses the same form).
    /// While Compton scattering on the reionised electrons heats the gas (z ≈ 7–9), d ln T_b/d ln a &gt; 3 and
    /// the value is slightly negative (≈ −7e-13 for Planck 2018).
    /// </summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double BaryonSoundSpeedSquared(double z)
    {
        double u = Math.Log(1.0 + z);
        double temperature;
        double logSlope;
        double xe;
        if (u >= maxLogRedshift)
        {
            temperature = cmbTemperatureK * (1.0 + z);
            logSlope = 1.0;
            xe = fullIonization;
        }
        else
        {
            temperature = Math.Exp(logBaryonTemperature.Evaluate(u));
            logSlope = logBaryonTemperature.Derivative(u);
            xe = Math.Exp(logFreeElectronFraction.Evaluate(u));
        }

        double inverseMu = (1.0 - heliumMassFraction) * (1.0 + xe) + heliumMassFraction / HeliumToHydrogenMass;
        return Boltzmann * temperature * inverseMu / (HydrogenMass * SpeedOfLight * SpeedOfLight) * (1.0 + logSlope / 3.0);
    }

    /// <summary>
    /// Everything a perturbation right-hand side needs at one redshift, with one table lookup per quantity
    /// (cheaper than the separate accessors; allocation-free).
    /// </summary>
    /// <param name="z">Redshift (≥ 0).</param>
    /// <returns>x_e, κ', d ln κ'/d ln(1+z), T_b and c_s² at z.</returns>
    public ThermodynamicsSample Sample(double z)
    {
        double onePlusZ = 1.0 + z;
        double u = Math.Log(onePlusZ);
        double xe;
        double logSlope;
        double temperature;
        double temperatureLogSlope;
        if (u >= maxLogRedshift)
        {
            xe = fullIonization;
            logSlope = 0.0;
            temperature = cmbTemperatureK * onePlusZ;
            temperatureLogSlope = 1.0;
        }
        else
        {
            xe = Math.Exp(logFreeElectronFraction.Evaluate(u, out logSlope));
            temperature = Math.Exp(logBaryonTemperature.Evaluate(u, out temperatureLogSlope));
        }

        double inverseMu = (1.0 - heliumMassFraction) * (1.0 + xe) + heliumMassFraction / HeliumToHydrogenMass;
        return new ThermodynamicsSample(
            xe,
            opacityToday * xe * onePlusZ * onePlusZ,
            2.0 + logSlope,
            temperature,
            Boltzmann * temperature * inverseMu / (HydrogenMass * SpeedOfLight * SpeedOfLight) * (1.0 + temperatureLogSlope / 3.0));
    }

    /// <summary>Optical depth κ(z) = ∫ κ' dτ between today and z (reionisation included).</summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double OpticalDepth(double z)
    {
        double u = Math.Log(1.0 + z);
        if (u < maxLogRedshift)
        {
            return opticalDepth.Evaluate(u);
        }

        // Beyond the table dκ/du is a power of (1+z) (radiation era, full ionisation).
        double excess = u - maxLogRedshift;
        return opticalDepth.LastValue + opticalDepthSlopeAtMax * double.ExpM1(opticalDepthLogSlopeAtMax * excess) / opticalDepthLogSlopeAtMax;
    }

    /// <summary>Visibility function g = κ' e^{−κ} in 1/Mpc (probability density of last scattering in τ).</summary>
    /// <param name="z">Redshift (≥ 0).</param>
    public double VisibilityFunctionInvMpc(double z) => ThomsonOpacityInvMpc(z) * Math.Exp(-OpticalDepth(z));

    /// <summary>Spacing of the internal grid in ln(1+z).</summary>
    public double LogRedshiftStep => step;

    private static double[] SampleHubble(Func<double, double> hubbleInvMpc, int n, double h)
    {
        var nodes = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z = Math.Exp(i * h) - 1.0;
            double value = hubbleInvMpc(z);
            if (!double.IsFinite(value) || value <= 0.0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"hubbleInvMpc must be positive and finite, got {value} at z = {z}"), nameof(hubbleInvMpc));
            }

            nodes[i] = value;
        }

        return nodes;
    }

    private static int FillSaha(
        double[] electrons, double[] temperatureRatio, double h, double startLogRedshift,
        double hydrogenDensityToday, double heliumFraction, double t0)
    {
        int first = (int)Math.Ceiling(startLogRedshift / h);
        for (int i = first; i < electrons.Length; i++)
        {
            double onePlusZ = Math.Exp(i * h);
            double density = hydrogenDensityToday * onePlusZ * onePlusZ * onePlusZ;
            electrons[i] = SahaEquilibrium.FreeElectronFraction(t0 * onePlusZ, density, heliumFraction, out _, out _);
            temperatureRatio[i] = 1.0;
        }

        return first;
    }

    private static void IntegrateRateEquations(
        RecombinationRateEquations equations, double[] electrons, double[] temperatureRatio, double h, int lastNode,
        double startLogRedshift, double hydrogenDensityToday, double heliumFraction, double t0, double relativeTolerance)
    {
        double onePlusZ = Math.Exp(startLogRedshift);
        SahaEquilibrium.FreeElectronFraction(
            t0 * onePlusZ, hydrogenDensityToday * onePlusZ * onePlusZ * onePlusZ, heliumFraction, out double xH, out double xHe);
        var state = new[] { xH, xHe, 1.0 };
        var options = new OdeOptions
        {
            RelativeTolerance = relativeTolerance,
            AbsoluteTolerances = [1e-4 * relativeTolerance, 1e-4 * relativeTolerance, 1e-2 * relativeTolerance],
            MaxStep = 0.05,
        };

        new Rodas4().Integrate(
            equations.Derivatives,
            startLogRedshift,
            state,
            0.0,
            options,
            onStep: DenseOutputSampling.DescendingUniformNodes(lastNode, h, state.Length, (node, y) =>
            {
                electrons[node] = y[0] + heliumFraction * y[1];
                temperatureRatio[node] = y[2];
            }));
    }

    private static Reionization? FindReionization(
        double targetDepth,
        UniformHermiteTable recombination,
        Func<double, double> hubbleOfLogRedshift,
        double opacityToday,
        double heliumFraction,
        ThermodynamicsSettings settings)
    {
        if (targetDepth == 0.0)
        {
            return null;
        }

        double DepthMinusTarget(double redshift) =>
            ReionizationDepth(new Reionization(redshift, heliumFraction, settings), recombination, hubbleOfLogRedshift, opacityToday) - targetDepth;

        const double lowest = 0.0;
        const double highest = 200.0;
        double minimum = DepthMinusTarget(lowest) + targetDepth;
        double maximum = DepthMinusTarget(highest) + targetDepth;
        if (targetDepth < minimum || targetDepth > maximum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(CosmologyParameters.ReionizationOpticalDepth),
                targetDepth,
                string.Create(CultureInfo.InvariantCulture, $"ReionizationOpticalDepth must be 0 or lie in [{minimum:G4}, {maximum:G4}] (tanh reionisation with 0 ≤ z_reio ≤ {highest} for this cosmology), got {targetDepth}"));
        }

        double redshift = Brent.FindRoot(DepthMinusTarget, lowest, highest, 1e-10, 200);
        return new Reionization(redshift, heliumFraction, settings);
    }

    /// <summary>Optical depth between z = 0 and the start of reionisation, by adaptive Gauss–Kronrod quadrature.</summary>
    private static double ReionizationDepth(
        Reionization reionization, UniformHermiteTable recombination, Func<double, double> hubbleOfLogRedshift, double opacityToday)
    {
        double Integrand(double z)
        {
            double u = Math.Log(1.0 + z);
            double xe = reionization.FreeElectronFraction(z, Math.Exp(recombination.Evaluate(u)));
            return opacityToday * xe * (1.0 + z) * (1.0 + z) / hubbleOfLogRedshift(u);
        }

        double end = reionization.StartRedshift;
        double middle = Math.Min(reionization.Redshift, end);
        return Integrate.GaussKronrod(Integrand, 0.0, middle, 1e-12, 20)
            + Integrate.GaussKronrod(Integrand, middle, end, 1e-12, 20);
    }

    private static void ReevolveTemperature(
        RecombinationRateEquations equations, Reionization reionization, UniformHermiteTable recombination,
        double[] temperatureRatio, double h, double t0, double relativeTolerance)
    {
        double start = Math.Log(1.0 + reionization.StartRedshift);
        var ratioTable = UniformHermiteTable.FromValues(h, temperatureRatio);
        var state = new[] { ratioTable.Evaluate(start) };
        var options = new OdeOptions { RelativeTolerance = relativeTolerance, AbsoluteTolerance = 1e-2 * relativeTolerance, MaxStep = 0.02 };
        new Rodas4().Integrate(
            (u, y, dydu) =>
            {
                double onePlusZ = Math.Exp(u);
                double z = onePlusZ - 1.0;
                double xe = reionization.FreeElectronFraction(z, Math.Exp(recombination.Evaluate(u)));
                dydu[0] = equations.TemperatureRatioDerivative(y[0], xe, t0 * onePlusZ, equations.HubbleRatePerSecond(u));
            },
            start,
            state,
            0.0,
            options,
            onStep: DenseOutputSampling.DescendingUniformNodes(
                (int)Math.Floor(start / h), h, state.Length, (node, y) => temperatureRatio[node] = y[0]));
    }

    /// <summary>
    /// Cumulative integral F(u_i) = ∫_0^{u_i} f du of a tabulated f, cell by cell with the Hermite
    /// (Euler–Maclaurin) rule h(f₀ + f₁)/2 + h²(f₀' − f₁')/12, exact for cubics.
    /// </summary>
    private static double[] CumulativeIntegral(double h, double[] f)
    {
        var slope = UniformHermiteTable.FiniteDifferenceSlopes(h, f);
        var total = new double[f.Length];
        for (int i = 1; i < f.Length; i++)
        {
            total[i] = total[i - 1] + 0.5 * h * (f[i - 1] + f[i]) + h * h * (slope[i - 1] - slope[i]) / 12.0;
        }

        return total;
    }

    /// <summary>Redshift where a monotonically increasing tabulated F(u) crosses <paramref name="level"/>.</summary>
    private static double CrossingRedshift(UniformHermiteTable table, double level)
    {
        double upper = table.MaxArgument;
        if (table.Evaluate(upper) < level || table.Evaluate(0.0) > level)
        {
            return double.NaN;
        }

        double lower = 0.0;
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lower + upper);
            if (table.Evaluate(mid) < level)
            {
                lower = mid;
            }
            else
            {
                upper = mid;
            }
        }

        return Math.Exp(0.5 * (lower + upper)) - 1.0;
    }

    /// <summary>
    /// Global maximum of g(τ) = κ' e^{−κ} (recombination, not the reionisation bump): the largest node
    /// value, refined by the root of dg/du = 0 ⇔ d ln κ'/du = dκ/du (u = ln(1+z)) in the two adjacent cells.
    /// </summary>
    private static double VisibilityPeak(UniformHermiteTable logElectrons, UniformHermiteTable depth, double h, int n)
    {
        int best = 1;
        double bestLogG = double.NegativeInfinity;
        for (int i = 1; i < n - 1; i++)
        {
            double u = i * h;
            double logG = logElectrons.Evaluate(u) + 2.0 * u - depth.Evaluate(u);
            if (logG > bestLogG)
            {
                bestLogG = logG;
                best = i;
            }
        }

        double Condition(double u) => 2.0 + logElectrons.Derivative(u) - depth.Derivative(u);
        double root = Brent.FindRoot(Condition, (best - 1) * h, (best + 1) * h, 1e-12, 200);
        return Math.Exp(root) - 1.0;
    }

    private static double[] Log(double[] values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = Math.Log(values[i]);
        }

        return result;
    }
}
