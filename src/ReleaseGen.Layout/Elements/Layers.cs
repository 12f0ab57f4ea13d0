namespace ReleaseGen.Layout;

/// <summary>Children drawn on top of each other at the same origin (e.g. a footer's left and right texts).</summary>
public sealed class Layers : Element
{
    private readonly List<Element> _layers;

    public Layers(params Element[] layers) => _layers = layers.ToList();

    public override IEnumerable<Element> Children => _layers;

    public override SpacePlan Measure(Size available)
    {
        var plans = _layers.Select(l => l.Measure(available)).ToList();
        if (plans.Any(p => p.IsWrap)) return SpacePlan.Wrap();
        if (plans.All(p => p.IsEmpty)) return SpacePlan.Empty();
        double w = plans.Max(p => p.Width), h = plans.Max(p => p.Height);
        return plans.Any(p => p.IsPartial) ? SpacePlan.Partial(w, h) : SpacePlan.Full(w, h);
    }

    public override void Draw(Size available)
    {
        foreach (var layer in _layers) layer.Draw(available);
    }
}

/// <summary>A vertical rule to the left of its child, as beside a block quote.</summary>
public sealed class LeftRule : ContainerElement
{
    public LeftRule(Element child, double gap, double thickness, Color color) : base(child)
    {
        Gap = gap; Thickness = thickness; Color = color;
    }

    public double Gap { get; }
    public double Thickness { get; }
    public Color Color { get; }

    private Size Inner(Size available) => new(Math.Max(1, available.Width - Gap), available.Height);

    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(Inner(available));
        return plan.Type is SpacePlanType.Wrap or SpacePlanType.Empty ? plan : plan with { Width = plan.Width + Gap };
    }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(Inner(available));
        if (plan.Type is SpacePlanType.FullRender or SpacePlanType.PartialRender)
        {
            Canvas.BeginArtifact();
            Canvas.DrawLine(Thickness / 2, 0, Thickness / 2, plan.Height, Thickness, Color);
            Canvas.EndArtifact();
        }
        DrawChild(Child, Gap, 0, Inner(available));
    }
}

/// <summary>
/// A bar in the left margin beside its child, <see cref="Offset"/> points left of the content's edge:
/// a blackline's change bar. The child keeps the full width; the bar follows it across pages.
/// </summary>
public sealed class MarginBar : ContainerElement
{
    public MarginBar(Element child, double offset, double thickness, Color color) : base(child)
    {
        Offset = offset; Thickness = thickness; Color = color;
    }

    public double Offset { get; }
    public double Thickness { get; }
    public Color Color { get; }

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.Type is SpacePlanType.FullRender or SpacePlanType.PartialRender)
        {
            Canvas.BeginArtifact();
            double x = -Offset + Thickness / 2;
            Canvas.DrawLine(x, 0, x, plan.Height, Thickness, Color);
            Canvas.EndArtifact();
        }
        Child.Draw(available);
    }
}
