using System.Text;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream constraints list|figure</c>: every entry of the constraint sets with its source, and the figure of
/// their thermal-relic-equivalent bounds on one axis (docs/constraints.md; the same figure as <c>freestream figure
/// constraints</c>, which draws the sets of its run file).
/// </summary>
public sealed class ConstraintsCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("constraints", "The constraint sets the verdicts are judged against: list their bounds with sources, or draw them on one thermal-mass axis");
        command.Subcommands.Add(BuildList());
        command.Subcommands.Add(BuildFigure());
        return command;
    }

    private static Argument<string[]> SetsArgument() => new("SET")
    {
        Description = "Sets to show: current, kmt2017 or JSON files (default: every committed set)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static List<ConstraintSet> Sets(ParseResult parse, Argument<string[]> argument)
    {
        var names = parse.GetValue(argument) is { Length: > 0 } given ? given : [.. ConstraintSet.Names];
        return [.. names.Select(ConstraintsOption.Load)];
    }

    private static Command BuildList()
    {
        var sets = SetsArgument();
        var command = new Command("list", "Every entry of the sets: criterion, mapping, thresholds, CL, paper (arXiv id and location) and whether it was verified") { sets };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var chosen = Sets(parse, sets);
            var json = new JsonArray([.. chosen.Select(s => (JsonNode)s.ToJson())]);
            var text = new StringBuilder();
            foreach (var set in chosen)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{set.Label}: {set.Title}");
                foreach (var e in set.Entries)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Criterion,-13} {ConstraintMappings.Name(e.Mapping),-19} {OptionChecks.Format(e.Strict)}/{OptionChecks.Format(e.Conservative)} {e.Unit,-10} {e.Citation}");
                }
            }

            context.Emit(json, () => text.ToString().TrimEnd());
            return 0;
        });
        return command;
    }

    private static Command BuildFigure()
    {
        var sets = SetsArgument();
        var command = new Command("figure", $"Draw the thermal-relic-equivalent bounds of the sets on one mass axis: constraints.png ({FigureCommand.Dpi} dpi) and .svg in --out DIR (as 'figure constraints')") { sets };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var chosen = Sets(parse, sets);
            var directory = context.OutDirectory ?? throw new UsageException("--out: required: the folder of constraints.png and constraints.svg");
            using var output = new OutputDirectory(directory);
            ConstraintFigure.Write(chosen, Path.Combine(output.Staging.FullName, ConstraintFigure.FileStem), FigureCommand.Dpi);
            var written = output.Commit();
            context.Emit(new JsonObject { ["files"] = new JsonArray([.. written.Select(f => (JsonNode)JsonValue.Create(f)!)]) }, () => "Wrote: " + string.Join(", ", written));
            return 0;
        });
        return command;
    }
}
