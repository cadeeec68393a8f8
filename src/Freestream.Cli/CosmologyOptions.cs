namespace Freestream.Cli;

/// <summary>
/// The cosmology options (one per key of the TOML [cosmology] table, <see cref="CosmologyQuantities.Table"/>) that
/// <c>transfer</c>, <c>power</c> and <c>judge</c> take, over the Planck 2018 defaults.
/// </summary>
public sealed class CosmologyOptions
{
    private readonly IReadOnlyList<QuantityOption> options;

    /// <summary>Declares the options.</summary>
    /// <param name="withAliases">False where a former name (<c>--omega-h2</c>) means another quantity of the command.</param>
    public CosmologyOptions(bool withAliases = true)
    {
        options = [.. CosmologyQuantities.Table.Select(q => new QuantityOption(q, "cosmology of the spectra", withAliases))];
    }

    /// <summary>Adds every option.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in options)
        {
            option.AddTo(command);
        }
    }

    /// <summary>The cosmology: given values over Planck 2018, each range-checked by its declaration.</summary>
    public CosmologyParameters Read(ParseResult parse)
    {
        double Get(Numerics.Quantity quantity) => options.Single(o => o.Quantity == quantity).ValueOrDefault(parse);
        return new CosmologyParameters(
            Get(CosmologyQuantities.H),
            Get(CosmologyQuantities.OmegaBaryonH2),
            Get(CosmologyQuantities.OmegaDarkMatterH2),
            Get(CosmologyQuantities.SpectralIndex),
            Get(CosmologyQuantities.ScalarAmplitude),
            Get(CosmologyQuantities.EffectiveNeutrinoNumber),
            Get(CosmologyQuantities.CmbTemperatureK),
            Get(CosmologyQuantities.ReionizationOpticalDepth),
            Get(CosmologyQuantities.HeliumMassFraction),
            CosmologyParameters.Planck2018.PivotScaleInvMpc).Validated();
    }
}
