namespace ReleaseGen.Layout;

/// <summary>What an element answers when asked how it would use the space offered to it.</summary>
public enum SpacePlanType
{
    /// <summary>Nothing fits: move the element to the next page.</summary>
    Wrap,
    /// <summary>Part fits; the rest goes to the following pages.</summary>
    PartialRender,
    /// <summary>All that remains fits.</summary>
    FullRender,
    /// <summary>Nothing left to draw (already drawn, or no content).</summary>
    Empty,
}

/// <summary>The answer of <see cref="Element.Measure"/>: a type and the space that would be used.</summary>
public readonly record struct SpacePlan(SpacePlanType Type, double Width, double Height)
{
    public static SpacePlan Wrap() => new(SpacePlanType.Wrap, 0, 0);
    public static SpacePlan Empty() => new(SpacePlanType.Empty, 0, 0);
    public static SpacePlan Full(double width, double height) => new(SpacePlanType.FullRender, width, height);
    public static SpacePlan Partial(double width, double height) => new(SpacePlanType.PartialRender, width, height);

    public bool IsWrap => Type == SpacePlanType.Wrap;
    public bool IsEmpty => Type == SpacePlanType.Empty;
    public bool IsFull => Type == SpacePlanType.FullRender;
    public bool IsPartial => Type == SpacePlanType.PartialRender;
}
