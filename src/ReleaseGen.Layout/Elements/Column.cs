namespace ReleaseGen.Layout;

/// <summary>
/// Children stacked vertically with <see cref="Spacing"/> between them. A child marked
/// keep-with-next (a heading) is moved to the next page with its follower when the follower cannot
/// start on this page, so no heading is left at the bottom of a page.
/// </summary>
public sealed class Column : Element
{
    private readonly List<Element> _items = [];
    private readonly List<bool> _keepWithNext = [];
    private readonly List<double> _spaceBefore = [];
    private int _index;

    public Column(double spacing = 0) => Spacing = spacing;

    public double Spacing { get; }

    public override IEnumerable<Element> Children => _items;

    public int Count => _items.Count;

    /// <summary>
    /// Adds a child. <paramref name="spaceBefore"/> is extra space above it, dropped when the child
    /// starts a page (a heading at the top of a page sits on the top margin).
    /// </summary>
    public Column Add(Element element, bool keepWithNext = false, double spaceBefore = 0)
    {
        _items.Add(element);
        _keepWithNext.Add(keepWithNext);
        _spaceBefore.Add(spaceBefore);
        return this;
    }

    protected override void OnResetState() => _index = 0;

    private readonly record struct Placement(int Index, double Y, SpacePlan Plan);

    /// <summary>
    /// Decides, without side effects, which children go on this page and where (into <paramref name="placed"/>
    /// when given: measuring needs only the result, and is asked far more often than drawing).
    /// </summary>
    private SpacePlan Plan(Size available, List<Placement>? placed)
    {
        double y = 0, width = 0;
        bool allDone = true;
        bool anyContent = false;
        bool atPageTop = available.Height >= Page.ContentSize.Height - 0.01;

        for (int i = _index; i < _items.Count; i++)
        {
            bool first = !anyContent;
            double gap = first ? (atPageTop ? 0 : _spaceBefore[i]) : Spacing + _spaceBefore[i];
            var room = new Size(available.Width, available.Height - y - gap);
            var plan = room.Height < 0 ? SpacePlan.Wrap() : _items[i].Measure(room);

            if (plan.IsEmpty)
            {
                placed?.Add(new Placement(i, y, plan));
                continue;
            }
            if (plan.IsWrap)
            {
                allDone = false;
                break;
            }

            if (plan.IsFull && _keepWithNext[i] && (!atPageTop || anyContent))
            {
                var next = NextFollowerPlan(i, available.Width, room.Height - plan.Height);
                if (next is { IsWrap: true })
                {
                    allDone = false;
                    break;
                }
            }

            y += gap;
            placed?.Add(new Placement(i, y, plan));
            anyContent = true;
            y += plan.Height;
            width = Math.Max(width, plan.Width);
            if (plan.IsPartial)
            {
                allDone = false;
                break;
            }
        }

        if (!allDone)
            return anyContent ? SpacePlan.Partial(width, y) : SpacePlan.Wrap();
        return anyContent ? SpacePlan.Full(width, y) : SpacePlan.Empty();
    }

    private SpacePlan? NextFollowerPlan(int i, double width, double height)
    {
        for (int j = i + 1; j < _items.Count; j++)
        {
            double room = height - Spacing - _spaceBefore[j];
            if (room < 0) return SpacePlan.Wrap();
            var plan = _items[j].Measure(new Size(width, room));
            if (!plan.IsEmpty) return plan;
        }
        return null;
    }

    public override SpacePlan Measure(Size available) => Plan(available, placed: null);

    public override void Draw(Size available)
    {
        var placed = new List<Placement>();
        Plan(available, placed);
        foreach (var p in placed)
        {
            if (p.Plan.IsEmpty)
            {
                if (p.Index == _index) _index++;
                continue;
            }
            DrawChild(_items[p.Index], 0, p.Y, new Size(available.Width, available.Height - p.Y));
            if (p.Plan.IsFull) _index = p.Index + 1;
        }
    }
}
