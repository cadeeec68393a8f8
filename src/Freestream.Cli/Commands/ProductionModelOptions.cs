using System.CommandLine;
using Freestream.Production;

namespace Freestream.Cli.Commands;

/// <summary>
/// The production-model options that commands downstream of production (<c>judge</c>) accept with the same
/// names and meanings as <c>produce</c>: scalar decay (<c>--scalar-mass-gev --lambda --yukawa</c>, optionally
/// with DW conversion on top through <c>--sin2-2theta</c>) or pure Dodelson–Widrow (<c>--sin2-2theta</c> with
/// <c>--sterile-mass-kev</c>).
/// </summary>
public sealed class ProductionModelOptions
{
    private readonly Option<double?> scalarMass = new("--scalar-mass-gev") { Description = "Scalar-decay model: scalar mass m_S in GeV (> 0); with --lambda and --yukawa" };
    private readonly Option<double?> lambda = new("--lambda") { Description = "Scalar-decay model: Higgs-portal coupling λ (dimensionless, > 0)" };
    private readonly Option<double?> yukawa = new("--yukawa") { Description = "Scalar-decay model: Yukawa coupling y of S → NN (dimensionless, > 0)" };
    private readonly Option<double?> mixing = new("--sin2-2theta")
    {
        Description = "Active–sterile mixing sin²2θ (dimensionless, in (0, 1)): Dodelson–Widrow production (with --sterile-mass-kev), or DW on top of the scalar-decay model",
    };

    private readonly Option<string> flavour = new("--flavour") { Description = "Active flavour of the mixing: e, mu or tau", DefaultValueFactory = _ => "mu" };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(scalarMass);
        command.Options.Add(lambda);
        command.Options.Add(yukawa);
        command.Options.Add(mixing);
        command.Options.Add(flavour);
    }

    /// <summary>True when any production-model option was given.</summary>
    public bool IsGiven(ParseResult parse) =>
        parse.GetValue(scalarMass) is not null || parse.GetValue(lambda) is not null || parse.GetValue(yukawa) is not null || parse.GetValue(mixing) is not null;

    /// <summary>
    /// Runs the production model; the mass is <paramref name="sterileMassKeV"/> when given, otherwise the one
    /// on the iso-abundance condition Ω h² = <paramref name="omegaH2"/> (scalar decay only).
    /// </summary>
    public (MomentumDistribution Distribution, double MassKeV, string Label) Produce(ParseResult parse, double? sterileMassKeV, double omegaH2)
    {
        var active = ProduceDodelsonWidrowCommand.ParseFlavour(parse.GetValue(flavour) ?? "mu");
        double? s2 = parse.GetValue(mixing) is double m ? OptionChecks.InRange(m, double.Epsilon, 1.0 - 1e-12, "--sin2-2theta") : null;
        bool scalar = parse.GetValue(scalarMass) is not null || parse.GetValue(lambda) is not null || parse.GetValue(yukawa) is not null;
        if (!scalar)
        {
            double mass = sterileMassKeV ?? throw new UsageException("--sterile-mass-kev: required for Dodelson–Widrow production with --sin2-2theta (mass in keV, > 0)");
            var dw = DodelsonWidrowModel.Produce(mass, s2!.Value, active);
            return (dw.Distribution, mass, $"Dodelson–Widrow {OptionChecks.Format(mass)} keV, sin²2θ = {OptionChecks.Format(s2.Value)} ({active.ShortName()})");
        }

        double mS = OptionChecks.Positive(parse.GetValue(scalarMass) ?? throw new UsageException("--scalar-mass-gev: required for the scalar-decay model (GeV, > 0)"), "--scalar-mass-gev");
        double l = OptionChecks.Positive(parse.GetValue(lambda) ?? throw new UsageException("--lambda: required for the scalar-decay model (dimensionless, > 0)"), "--lambda");
        double y = OptionChecks.Positive(parse.GetValue(yukawa) ?? throw new UsageException("--yukawa: required for the scalar-decay model (dimensionless, > 0)"), "--yukawa");
        if (sterileMassKeV is double fixedMass && fixedMass * 1e-6 >= mS / 2)
        {
            throw UsageException.OutOfRange("--sterile-mass-kev", $"< m_S/2 = {OptionChecks.Format(mS / 2 * 1e6)} keV", OptionChecks.Format(fixedMass));
        }

        var result = new ScalarDecaySolver().Solve(new ScalarDecayModel(mS, l, y, sterileMassKeV: sterileMassKeV), omegaH2);
        string label = $"scalar decay m_S = {OptionChecks.Format(mS)} GeV, λ = {OptionChecks.Format(l)}, y = {OptionChecks.Format(y)}";
        if (s2 is double sin2TwoTheta)
        {
            var combined = ScalarDecayWithMixing.Solve(result, sin2TwoTheta, active, sterileMassKeV, omegaH2);
            return (combined.Distribution, combined.MassKeV, $"{label} + DW sin²2θ = {OptionChecks.Format(sin2TwoTheta)}, m_N = {OptionChecks.Format(combined.MassKeV)} keV");
        }

        return (result.Distribution, result.SterileMassKeV, $"{label}, m_N = {OptionChecks.Format(result.SterileMassKeV)} keV");
    }
}
