using ReleaseGen.Model;

namespace ReleaseGen.Templating.Functions;

/// <summary>
/// The one place where template arguments become numbers and numbers are rounded. Every function
/// accepts decimal, int, long, double (and the other CLR numeric types) or a <see cref="Figure"/>
/// (its <see cref="Figure.Value"/>; its metric's decimals are the default decimals).
/// Rounding is always <see cref="MidpointRounding.AwayFromZero"/> (0.5 -> 1, 2.5 -> 3, -2.5 -> -3).
/// </summary>
internal static class Numbers
{
    /// <summary>The value of a number or a figure, as decimal; anything else is an <see cref="ArgumentException"/> naming the function.</summary>
    public static decimal ToDecimal(object? value, string function, string parameter = "value") => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double d => FromDouble(d, function, parameter),
        float f => FromDouble(f, function, parameter),
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        System.Numerics.BigInteger bi when bi >= (System.Numerics.BigInteger)decimal.MinValue && bi <= (System.Numerics.BigInteger)decimal.MaxValue => (decimal)bi,
        Figure f => f.Value,
        null => throw new ArgumentException($"{function}: {parameter} is null; expected a number or a figure."),
        _ => throw new ArgumentException($"{function}: {parameter} is a {value.GetType().Name} ('{value}'); expected a number (decimal, int, long, double) or a figure."),
    };

    /// <summary>The value as printed: a figure's value rounded to its metric's decimals; a plain number as is.</summary>
    public static decimal ToPrinted(object? value, string function, string parameter = "value") =>
        value is Figure f ? f.Rounded : ToDecimal(value, function, parameter);

    /// <summary>
    /// The default decimals of a value: a figure's metric decimals; 0 for integers; for a decimal or a
    /// double, its significant decimals (8.80 -> 1, 8.8 -> 1, 3 -> 0), at most 10.
    /// </summary>
    public static int DefaultDecimals(object? value, string function)
    {
        switch (value)
        {
            case Figure f:
                return f.Decimals;
            case decimal or double or float:
                var d = ToDecimal(value, function);
                var normalized = d / 1.0000000000000000000000000000m; // drops trailing zeros
                var scale = (int)normalized.Scale;
                return Math.Min(scale, 10);
            default:
                return 0;
        }
    }

    /// <summary>The decimals to use: the explicit argument when given, else the value's default.</summary>
    public static int Decimals(int? decimals, object? value, string function)
    {
        if (decimals is { } d)
        {
            if (d is < 0 or > 10) throw new ArgumentException($"{function}: decimals must be between 0 and 10, not {d}.");
            return d;
        }
        return DefaultDecimals(value, function);
    }

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds and formats with group separators: 1040257 -> "1,040,257"; 8.75 with 1 -> "8.8".</summary>
    public static string Format(decimal value, int decimals, LanguageSettings language) =>
        language.FormatNumber(Round(value, decimals), decimals);

    /// <summary>Like <see cref="Format"/> but drops an all-zero fraction: 7.0 -> "7", 2.2 -> "2.2".</summary>
    public static string FormatTrimmed(decimal value, int decimals, LanguageSettings language)
    {
        var rounded = Round(value, decimals);
        return language.FormatNumber(rounded, rounded == decimal.Truncate(rounded) ? 0 : decimals);
    }

    private static decimal FromDouble(double d, string function, string parameter)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 7.9e28)
            throw new ArgumentException($"{function}: {parameter} {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a finite number.");
        return (decimal)d;
    }
}

/// <summary>A relative change between two values, from the values as printed.</summary>
internal static class Change
{
    /// <summary>
    /// (current - prior) / |prior| x 100, from the printed (rounded) values of figures. A zero prior
    /// with a non-zero current is not comparable: <see cref="ArgumentException"/>. Both zero: 0.
    /// </summary>
    public static decimal Percent(object? current, object? prior, string function)
    {
        var c = Numbers.ToPrinted(current, function, "current");
        var p = Numbers.ToPrinted(prior, function, "prior");
        if (p == 0m)
        {
            if (c == 0m) return 0m;
            throw new ArgumentException($"{function}: not comparable: the prior value is zero, so a percent change is undefined (current {c.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }
        return (c - p) / Math.Abs(p) * 100m;
    }

    /// <summary>
    /// Whether a percent change means nothing in prose: a zero prior with a non-zero current, a change of
    /// sign, or a change larger than the language's <see cref="LanguageSettings.NotMeaningfulAbovePercent"/>.
    /// </summary>
    public static bool NotMeaningful(object? current, object? prior, string function, LanguageSettings language)
    {
        var c = Numbers.ToPrinted(current, function, "current");
        var p = Numbers.ToPrinted(prior, function, "prior");
        if (p == 0m) return c != 0m;
        if (c != 0m && Math.Sign(c) != Math.Sign(p)) return true;
        return Math.Abs((c - p) / Math.Abs(p) * 100m) > language.NotMeaningfulAbovePercent;
    }

    /// <summary>+1 higher, -1 lower, 0 unchanged (|change| below the language's threshold; or both zero).</summary>
    public static int Direction(object? current, object? prior, string function, LanguageSettings language)
    {
        var c = Numbers.ToPrinted(current, function, "current");
        var p = Numbers.ToPrinted(prior, function, "prior");
        if (p == 0m) return Math.Sign(c);
        var pct = Percent(current, prior, function);
        return Math.Abs(pct) < language.UnchangedThresholdPercent ? 0 : Math.Sign(pct);
    }
}
