namespace ReleaseGen.Layout;

/// <summary>Space around a child.</summary>
public sealed class Padding : ContainerElement
{
    public Padding(Element child, double left = 0, double top = 0, double right = 0, double bottom = 0) : base(child)
    {
        Left = left; Top = top; Right = right; Bottom = bottom;
    }

    public double Left { get; }
    public double Top { get; }
    public double Right { get; }
    public double Bottom { get; }

    private Size Inner(Size available)
        => new(Math.Max(0, available.Width - Left - Right), available.Height - Top - Bottom);

    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        var plan = Child.Measure(inner with { Height = Math.Max(0, inner.Height) });
        if (plan.IsEmpty) return plan;
        if (inner.Height < 0) return SpacePlan.Wrap();
        return plan.Type switch
        {
            SpacePlanType.Wrap => plan,
            SpacePlanType.Empty => plan,
            _ => plan with { Width = plan.Width + Left + Right, Height = plan.Height + Top + Bottom },
        };
    }

    public override void Draw(Size available) => DrawChild(Child, Left, Top, Inner(available));
}

/// <summary>
/// Keeps its child on one page: if it would be split, it moves to the next page instead, unless it is
/// already at the top of a page (then it has to be split, or it would never be drawn).
/// </summary>
public sealed class KeepTogether : ContainerElement
{
    public KeepTogether(Element child) : base(child) { }

    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.IsPartial && available.Height < Page.ContentSize.Height - 0.01) return SpacePlan.Wrap();
        return plan;
    }

    public override void Draw(Size available) => Child.Draw(available);
}

/// <summary>Ends the page: everything after it starts on the next page.</summary>
public sealed class PageBreak : Element
{
    private bool _done;

    protected override void OnResetState() => _done = false;

    public override SpacePlan Measure(Size available)
        => _done ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(Size available) => _done = true;
}

/// <summary>A horizontal rule across the available width.</summary>
public sealed class HorizontalRule : Element
{
    public HorizontalRule(double thickness, Color color) { Thickness = thickness; Color = color; }

    public double Thickness { get; }
    public Color Color { get; }

    public override SpacePlan Measure(Size available)
        => available.Height < Thickness ? SpacePlan.Wrap() : SpacePlan.Full(available.Width, Thickness);

    public override void Draw(Size available)
    {
        Canvas.BeginArtifact();
        Canvas.DrawLine(0, Thickness / 2, available.Width, Thickness / 2, Thickness, Color);
        Canvas.EndArtifact();
    }
}

/// <summary>
/// Makes what its child draws one logical structure element, opened where the child starts and
/// closed where it ends, across pages if the child is split.
/// </summary>
public sealed class Tagged : ContainerElement
{
    private bool _open;

    public Tagged(StructureTag tag, Element child) : base(child) => Tag = tag;

    public StructureTag Tag { get; }

    protected override void OnResetState() => _open = false;

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available)
    {
        if (!_open)
        {
            Canvas.BeginTag(Tag);
            _open = true;
        }
        Child.Draw(available);
        if (IsDone(Child, available.Width))
        {
            Canvas.EndTag();
            _open = false;
        }
    }
}

/// <summary>Adds an outline entry (bookmark) pointing at where its child is first drawn.</summary>
public sealed class Bookmark : ContainerElement
{
    private bool _added;

    public Bookmark(int level, string title, Element child) : base(child) { Level = level; Title = title; }

    public int Level { get; }
    public string Title { get; }

    protected override void OnResetState() => _added = false;

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available)
    {
        if (!_added)
        {
            Canvas.AddBookmark(Level, Title, 0);
            _added = true;
        }
        Child.Draw(available);
    }
}
