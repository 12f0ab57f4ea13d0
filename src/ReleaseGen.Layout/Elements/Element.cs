namespace ReleaseGen.Layout;

/// <summary>
/// A layout element, built the QuestPDF way: <see cref="Measure"/> answers, without side effects, how
/// the element would use the space offered; <see cref="Draw"/> draws what fits and commits the
/// pagination state so that the next page continues where this one stopped.
/// </summary>
public abstract class Element
{
    private LayoutServices? _services;

    protected LayoutServices Services
        => _services ?? throw new InvalidOperationException($"{GetType().Name} was not initialized.");

    protected Canvas Canvas => Services.Canvas;
    protected ITextMeasurer Measurer => Services.Measurer;
    protected PageContext Page => Services.Page;

    /// <summary>The direct children, for initialization and state resets.</summary>
    public virtual IEnumerable<Element> Children => [];

    /// <summary>Gives this element and its descendants their services.</summary>
    public void Initialize(LayoutServices services)
    {
        _services = services;
        foreach (var child in Children) child.Initialize(services);
    }

    /// <summary>Forgets pagination state (for a new pass, or a repeated header).</summary>
    public void ResetState()
    {
        OnResetState();
        foreach (var child in Children) child.ResetState();
    }

    protected virtual void OnResetState() { }

    /// <summary>How this element would use <paramref name="available"/>. Must not change any state.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin and commits state.</summary>
    public abstract void Draw(Size available);

    /// <summary>True once <paramref name="element"/> has nothing left to draw.</summary>
    protected static bool IsDone(Element element, double width) => element.Measure(new Size(width, 0)).IsEmpty;

    /// <summary>Draws <paramref name="child"/> with the canvas origin moved by (dx, dy).</summary>
    protected void DrawChild(Element child, double dx, double dy, Size available)
    {
        Canvas.Translate(dx, dy);
        try { child.Draw(available); }
        finally { Canvas.Translate(-dx, -dy); }
    }
}

/// <summary>An element that wraps one child.</summary>
public abstract class ContainerElement : Element
{
    protected ContainerElement(Element child) => Child = child;

    public Element Child { get; }

    public override IEnumerable<Element> Children => [Child];
}

/// <summary>Nothing: takes no space.</summary>
public sealed class EmptyElement : Element
{
    public override SpacePlan Measure(Size available) => SpacePlan.Empty();
    public override void Draw(Size available) { }
}
