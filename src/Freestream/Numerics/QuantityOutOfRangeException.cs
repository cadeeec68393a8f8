namespace Freestream.Numerics;

/// <summary>
/// A value outside the declared range of a <see cref="Quantity"/>: the one bad-input error of options and TOML keys.
/// Its message is one line naming where the value came from (<see cref="GivenAs"/>: an option such as
/// <c>--sin2-2theta</c> or a TOML key such as <c>[scan] lambda</c>; the option when unknown), the allowed range
/// with open and closed ends written as such, and the value: "--sin2-2theta: must be in (0, 1), got 1".
/// </summary>
public sealed class QuantityOutOfRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the error for <paramref name="value"/> of <paramref name="quantity"/>.</summary>
    public QuantityOutOfRangeException(Quantity quantity, double value, string? givenAs = null)
        : base(quantity?.Key, value, null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Quantity = quantity;
        Value = value;
        GivenAs = givenAs ?? quantity.CliOption;
    }

    /// <summary>The quantity whose range was violated.</summary>
    public Quantity Quantity { get; }

    /// <summary>The rejected value.</summary>
    public double Value { get; }

    /// <summary>Where the value was given: an option or a TOML key (with its file).</summary>
    public string GivenAs { get; }

    /// <inheritdoc />
    public override string Message => $"{GivenAs}: must be {Quantity.Range.Describe(Quantity.Unit)}, got {QuantityRange.Format(Value)}";

    /// <summary>The same error naming another source of the value (e.g. the TOML key instead of the option).</summary>
    public QuantityOutOfRangeException As(string givenAs) => new(Quantity, Value, givenAs);
}
