namespace Freestream.Cli.Commands;

/// <summary>
/// The production-model options that commands downstream of production (<c>judge</c>) accept with the same
/// names and meanings as <c>produce</c>: scalar decay (<c>--scalar-mass-gev --lambda --yukawa</c>, optionally
/// with DW conversion on top through <c>--sin2-2theta</c>), pure Dodelson–Widrow (<c>--sin2-2theta</c> with
/// <c>--sterile-mass-kev</c>), or Shi–Fuller (those two with <c>--lepton-asymmetry-l6</c> or <c>--solve-asymmetry</c>).
/// </summary>
public sealed class ProductionModelOptions
{
    private readonly QuantityOption scalarMass = new(ProductionQuantities.ScalarMassGeV, "scalar-decay model, with --lambda and --yukawa");
    private readonly QuantityOption lambda = new(ProductionQuantities.Lambda, "scalar-decay model");
    private readonly QuantityOption yukawa = new(ProductionQuantities.Yukawa, "scalar-decay model");
    private readonly QuantityOption mixing = new(ProductionQuantities.Sin2TwoTheta, "Dodelson–Widrow production (with --sterile-mass-kev), or DW on top of the scalar-decay model");
    private readonly QuantityOption asymmetryL6 = new(ProductionQuantities.LeptonAsymmetryL6, "Shi–Fuller production (with --sin2-2theta and --sterile-mass-kev); other conventions: 'produce shi-fuller'");

    private readonly Option<bool> solveAsymmetry = new("--solve-asymmetry")
    {
        Description = "Shi–Fuller production (with --sin2-2theta and --sterile-mass-kev): the initial asymmetry that gives Ω h² = --omega-dm-h2",
    };

    private readonly Option<string> flavour = ProduceDodelsonWidrowCommand.FlavourOption("of the mixing");

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new[] { scalarMass, lambda, yukawa, mixing, asymmetryL6 })
        {
            option.AddTo(command);
        }

        command.Options.Add(solveAsymmetry);
        command.Options.Add(flavour);
    }

    /// <summary>The active–sterile mixing sin²2θ of the model (null without --sin2-2theta, e.g. the scalar-decay N alone).</summary>
    public double? Mixing(ParseResult parse) => mixing.Value(parse);

    /// <summary>True when any production-model option was given.</summary>
    public bool IsGiven(ParseResult parse) =>
        scalarMass.IsGiven(parse) || lambda.IsGiven(parse) || yukawa.IsGiven(parse) || mixing.IsGiven(parse)
        || asymmetryL6.IsGiven(parse) || parse.GetValue(solveAsymmetry);

    /// <summary>
    /// Runs the production model; the mass is <paramref name="sterileMassKeV"/> when given, otherwise the one
    /// on the iso-abundance condition Ω h² = <paramref name="omegaH2"/> (scalar decay only).
    /// </summary>
    public (MomentumDistribution Distribution, double MassKeV, string Label) Produce(ParseResult parse, double? sterileMassKeV, double omegaH2)
    {
        var active = ProduceDodelsonWidrowCommand.ReadFlavour(parse, flavour);
        double? s2 = mixing.Value(parse);
        bool scalar = scalarMass.IsGiven(parse) || lambda.IsGiven(parse) || yukawa.IsGiven(parse);
        bool resonant = asymmetryL6.IsGiven(parse) || parse.GetValue(solveAsymmetry);
        if (resonant)
        {
            return ShiFuller(parse, scalar, sterileMassKeV, s2, active, omegaH2);
        }

        if (!scalar)
        {
            double mass = sterileMassKeV ?? throw new UsageException($"--sterile-mass-kev: required for Dodelson–Widrow production with --sin2-2theta ({ProductionQuantities.SterileMassKeV.Range.Describe("keV")})");
            var dw = DodelsonWidrowModel.Produce(mass, s2!.Value, active);
            return (dw.Distribution, mass, $"Dodelson–Widrow {OptionChecks.Format(mass)} keV, sin²2θ = {OptionChecks.Format(s2.Value)} ({active.ShortName()})");
        }

        double mS = scalarMass.Required(parse, "for the scalar-decay model");
        double l = lambda.Required(parse, "for the scalar-decay model");
        double y = yukawa.Required(parse, "for the scalar-decay model");
        if (sterileMassKeV is double fixedMass && fixedMass * 1e-6 >= mS / 2)
        {
            throw UsageException.OutOfRange("--sterile-mass-kev", $"< m_S/2 = {OptionChecks.Format(mS / 2 * 1e6)} keV", OptionChecks.Format(fixedMass));
        }

        var result = new ScalarDecaySolver().Solve(new ScalarDecayModel(mS, l, y, sterileMassKeV: sterileMassKeV), omegaH2);
        if (result.Validity != ScalarDecayValidity.Valid)
        {
            throw new InvalidOperationException(result.ValidityReason); // never judge an impossible point (exit code 1)
        }

        string label = $"scalar decay m_S = {OptionChecks.Format(mS)} GeV, λ = {OptionChecks.Format(l)}, y = {OptionChecks.Format(y)}";
        if (s2 is double sin2TwoTheta)
        {
            var combined = ScalarDecayWithMixing.Solve(result, sin2TwoTheta, active, sterileMassKeV, omegaH2);
            return (combined.Distribution, combined.MassKeV, $"{label} + DW sin²2θ = {OptionChecks.Format(sin2TwoTheta)}, m_N = {OptionChecks.Format(combined.MassKeV)} keV");
        }

        return (result.Distribution, result.SterileMassKeV, $"{label}, m_N = {OptionChecks.Format(result.SterileMassKeV)} keV");
    }

    /// <summary>Shi–Fuller production from a given L₆, or with L solved for Ω h² = <paramref name="omegaH2"/>.</summary>
    private (MomentumDistribution Distribution, double MassKeV, string Label) ShiFuller(ParseResult parse, bool scalar, double? sterileMassKeV, double? s2, ActiveNeutrinoFlavour active, double omegaH2)
    {
        if (scalar)
        {
            throw new UsageException("--lepton-asymmetry-l6/--solve-asymmetry: Shi–Fuller production takes --sterile-mass-kev and --sin2-2theta, not the scalar-decay options");
        }

        double mass = ProductionQuantities.ShiFullerSterileMassKeV.Check(
            sterileMassKeV ?? throw new UsageException($"--sterile-mass-kev: required for Shi–Fuller production ({ProductionQuantities.ShiFullerSterileMassKeV.Range.Describe("keV")})"));
        double mixingValue = s2 ?? throw new UsageException($"--sin2-2theta: required for Shi–Fuller production ({ProductionQuantities.Sin2TwoTheta.Range.Describe()})");
        double? l6 = asymmetryL6.Value(parse);
        if (l6 is not null && parse.GetValue(solveAsymmetry))
        {
            throw new UsageException("--lepton-asymmetry-l6: --solve-asymmetry finds the asymmetry; do not give one");
        }

        ShiFullerResult run;
        try
        {
            run = l6 is double given
                ? ShiFullerModel.Produce(mass, mixingValue, LeptonAsymmetry.FromL6(given), active)
                : ShiFullerModel.AsymmetryForOmegaH2(mass, mixingValue, omegaH2, active);
        }
        catch (ShiFullerTargetException ex)
        {
            throw new UsageException($"{(ex.Failure == ShiFullerTargetFailure.OverproducedWithoutAsymmetry ? "--sin2-2theta" : "--omega-dm-h2")}: {ex.Reason}");
        }

        return (run.Distribution, mass, $"Shi–Fuller {OptionChecks.Format(mass)} keV, sin²2θ = {OptionChecks.Format(mixingValue)}, L₆ = {OptionChecks.Format(run.InitialAsymmetry.L6)} ({active.ShortName()}), ⟨q⟩ = {OptionChecks.Format(run.MeanQ)}");
    }
}
