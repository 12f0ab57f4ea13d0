namespace ReleaseGen.Layout;

/// <summary>A width and a height in points (1/72 inch).</summary>
public readonly record struct Size(double Width, double Height)
{
    public static Size Zero => new(0, 0);
}

/// <summary>Page margins in points.</summary>
public readonly record struct Margins(double Left, double Top, double Right, double Bottom)
{
    public static Margins All(double value) => new(value, value, value, value);
}

/// <summary>An RGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);
    public static Color White => new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c>.</summary>
    public static Color FromHex(string hex)
    {
        var s = hex.TrimStart('#');
        if (s.Length != 6) throw new FormatException($"Colour '{hex}' is not #rrggbb.");
        return new Color(
            Convert.ToByte(s[..2], 16), Convert.ToByte(s[2..4], 16), Convert.ToByte(s[4..], 16));
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}

/// <summary>Standard page sizes in points.</summary>
public static class PageSizes
{
    public static Size Letter => new(612, 792);
    public static Size A4 => new(595.28, 841.89);
}
