namespace ReleaseGen.Layout;

/// <summary>
/// A list item: a label (bullet or number) hanging in an indent to the left of its body. The body may
/// continue on the next page; the label is drawn once, beside the first line.
/// </summary>
public sealed class ListItem : Element
{
    private bool _labelDrawn;

    public ListItem(TextBlock label, Element body, double indent)
    {
        Label = label;
        Body = body;
        Indent = indent;
    }

    public TextBlock Label { get; }
    public Element Body { get; }
    public double Indent { get; }

    /// <summary>False for a label and body that are not a list item (a footnote inside a Note): only the label is tagged, as Lbl.</summary>
    public bool IsListItem { get; init; } = true;

    public override IEnumerable<Element> Children => [Label, Body];

    protected override void OnResetState() => _labelDrawn = false;

    private Size BodySize(Size available) => new(Math.Max(1, available.Width - Indent), available.Height);

    public override SpacePlan Measure(Size available)
    {
        var plan = Body.Measure(BodySize(available));
        return plan.Type is SpacePlanType.Wrap or SpacePlanType.Empty
            ? plan
            : plan with { Width = plan.Width + Indent };
    }

    public override void Draw(Size available)
    {
        // LI and LBody stay open across a page break until the body is complete.
        if (!_labelDrawn)
        {
            if (IsListItem) Canvas.BeginTag(StructureTag.LI);
            Canvas.BeginTag(StructureTag.Lbl);
            Label.DrawComplete(Math.Max(Indent - 4, Label.PreferredWidth())); // a label never wraps
            Canvas.EndTag();
            if (IsListItem) Canvas.BeginTag(StructureTag.LBody);
            _labelDrawn = true;
        }
        var size = BodySize(available);
        DrawChild(Body, Indent, 0, size);
        if (IsDone(Body, size.Width) && IsListItem)
        {
            Canvas.EndTag();
            Canvas.EndTag();
        }
    }
}
